import { buttonClass } from "./ui";

/**
 * The last row of a form: a message about the whole form when there is one, then the way out and
 * the submit button, which says what it is doing while the request runs.
 */
export function FormActions({
  submitLabel,
  pendingLabel = "Saving…",
  pending,
  onCancel,
  cancelLabel = "Cancel",
  inline = false,
  danger = false,
  error,
}: {
  submitLabel: string;
  pendingLabel?: string;
  pending: boolean;
  onCancel: () => void;
  cancelLabel?: string;
  /** A quieter way out, for a form in place on a page rather than in a sheet. */
  inline?: boolean;
  danger?: boolean;
  error?: string;
}) {
  return (
    <>
      {error && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass(inline ? "ghost" : "secondary")} onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="submit" disabled={pending} className={buttonClass(danger ? "danger" : "primary")}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </>
  );
}
