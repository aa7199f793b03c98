"use client";

import { useEffect, useRef, type RefObject } from "react";

/** A ref for a <dialog> that shows it as a modal while `open` is true and closes it otherwise. */
export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) node.showModal();
    if (!open && node.open) node.close();
  }, [open]);
  return dialog;
}
