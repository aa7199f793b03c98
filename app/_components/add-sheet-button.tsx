"use client";

import { useState, type ReactNode } from "react";
import { Sheet } from "./sheet";
import { buttonClass, PlusSign } from "./ui";

/** A "+ New thing" button that opens a sheet of the same title; `children` gets the function that closes it. */
export function AddSheetButton({ label, variant = "primary", children }: { label: string; variant?: "primary" | "secondary"; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <button type="button" className={buttonClass(variant)} onClick={() => setOpen(true)}>
        <PlusSign /> {label}
      </button>
      <Sheet open={open} title={label} onClose={close}>
        {children(close)}
      </Sheet>
    </>
  );
}
