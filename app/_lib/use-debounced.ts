"use client";

import { useEffect, useState } from "react";

/** The value once it has stopped changing for `delay` ms: what a search box queries while the user types. */
export function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}
