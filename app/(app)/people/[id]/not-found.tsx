import { Link } from "@/app/_components/link";
import { buttonClass, EmptyState } from "@/app/_components/ui";

export default function ContactNotFound() {
  return (
    <EmptyState title="Contact not found" actions={<Link href="/people" className={buttonClass("primary")}>Back to people</Link>}>
      It may have been deleted, or the link is wrong.
    </EmptyState>
  );
}
