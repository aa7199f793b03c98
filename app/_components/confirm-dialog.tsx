"use client";

import { useId, type ReactNode } from "react";
import { useModalDialog } from "@/app/_lib/use-modal-dialog";
import { buttonClass } from "./ui";

/** A modal question with Cancel focused first; Escape and Cancel close it. */
export function ConfirmDialog({ open, title, children, confirmLabel, busy, onConfirm, onCancel }: { open: boolean; title: string; children: ReactNode; confirmLabel: string; busy?: boolean; onConfirm: () => void; onCancel: () => void }) {
  const dialog = useModalDialog(open);
  const titleId = useId();

  return (
    <dialog ref={dialog} onCancel={onCancel} aria-labelledby={titleId} className="m-auto w-[calc(100%-2rem)] max-w-md rounded-2xl bg-white p-5 text-stone-900 shadow-xl backdrop:bg-black/40 dark:bg-stone-900 dark:text-stone-100">
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-2 text-sm text-stone-600 dark:text-stone-400">{children}</div>
      <div className="mt-5 flex justify-end gap-2">
        <button type="button" autoFocus className={buttonClass("secondary")} onClick={onCancel}>
          Cancel
        </button>
        <button type="button" disabled={busy} className={buttonClass("danger")} onClick={onConfirm}>
          {busy ? "Working…" : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
