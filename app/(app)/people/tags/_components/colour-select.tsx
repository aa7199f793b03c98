"use client";

import { inputBase } from "@/app/_components/ui";
import { TAG_COLOURS, type TagColour } from "@/db/schema/vocabulary";
import { TAG_PALETTE } from "../../_components/tag-chip";

/** A labelled choice of palette colour, with a swatch of the current one. */
export function ColourSelect({ id, label, value, disabled, onChange }: { id: string; label: string; value: TagColour; disabled?: boolean; onChange: (colour: TagColour) => void }) {
  return (
    <span className="inline-flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <span aria-hidden="true" className={`h-4 w-4 shrink-0 rounded-full ${TAG_PALETTE[value].swatch}`} />
      <select id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as TagColour)} className={`${inputBase} w-28`}>
        {TAG_COLOURS.map((colour) => (
          <option key={colour} value={colour}>
            {TAG_PALETTE[colour].label}
          </option>
        ))}
      </select>
    </span>
  );
}
