import { buttonClass } from "./ui";

/** Edit and Delete for one entry of a list; `what` ends both names for screen readers ("Edit fact: Two kids"). */
export function RowActions({ what, deleting, onEdit, onDelete }: { what: string; deleting: boolean; onEdit: () => void; onDelete: () => void }) {
  return (
    <>
      <button type="button" className={buttonClass("ghost", "shrink-0 px-3")} onClick={onEdit}>
        Edit<span className="sr-only"> {what}</span>
      </button>
      <button type="button" disabled={deleting} className={buttonClass("ghost", "shrink-0 px-3 text-red-600 dark:text-red-400")} onClick={onDelete}>
        Delete<span className="sr-only"> {what}</span>
      </button>
    </>
  );
}
