import type { KeyboardEvent } from "react";

/** A keydown handler that runs `cancel` on Escape: the way out of a form shown in place of what it edits. */
export function cancelOnEscape(cancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    }
  };
}
