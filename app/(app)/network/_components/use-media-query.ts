"use client";

import { useCallback, useSyncExternalStore } from "react";

export const PREFERS_DARK = "(prefers-color-scheme: dark)";
export const PREFERS_REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

/** Whether a media query matches now, following changes; false while rendering on the server. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
