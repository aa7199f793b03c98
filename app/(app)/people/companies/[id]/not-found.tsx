import { Link } from "@/app/_components/link";
import { buttonClass, EmptyState } from "@/app/_components/ui";

export default function CompanyNotFound() {
  return (
    <EmptyState title="Company not found" actions={<Link href="/people/companies" className={buttonClass("primary")}>Back to companies</Link>}>
      It may have been deleted, or the link is wrong.
    </EmptyState>
  );
}
