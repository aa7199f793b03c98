"use client";

import { useState } from "react";
import { Sheet } from "@/app/_components/sheet";
import { buttonClass } from "@/app/_components/ui";
import type { Participant } from "@/server/interactions/service";
import { InteractionForm } from "../../_components/interaction-form";

/** Opens the full interaction form with this contact already taking part. */
export function InteractionsLogButton({ contact }: { contact: Participant }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => setOpen(true)}>
        Log interaction
      </button>
      <Sheet open={open} title={`Log with ${contact.displayName}`} onClose={() => setOpen(false)}>
        <InteractionForm contacts={[contact]} onDone={() => setOpen(false)} />
      </Sheet>
    </>
  );
}
