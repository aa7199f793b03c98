import { Link } from "@/app/_components/link";
import { buttonClass, EmptyState } from "@/app/_components/ui";

export default function TopicNotFound() {
  return (
    <EmptyState title="Topic not found" actions={<Link href="/people/topics" className={buttonClass("primary")}>Back to topics</Link>}>
      It may have been deleted, or the link is wrong.
    </EmptyState>
  );
}
