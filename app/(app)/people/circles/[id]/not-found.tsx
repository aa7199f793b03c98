import { Link } from "@/app/_components/link";
import { buttonClass, EmptyState } from "@/app/_components/ui";

export default function CircleNotFound() {
  return (
    <EmptyState title="Circle not found" actions={<Link href="/people/circles" className={buttonClass("primary")}>Back to circles</Link>}>
      It may have been deleted, or the link is wrong.
    </EmptyState>
  );
}
