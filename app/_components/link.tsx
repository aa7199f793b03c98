"use client";

import NextLink, { useLinkStatus } from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A link that fetches its page ahead when someone reaches for it: a pointer over it, a finger on
 * it, keyboard focus. Next's own links fetch every page whose link scrolls into view, so one look
 * at the list of people sent some thirty requests for pages nobody opened, and the phone spent its
 * first seconds decoding the answers instead of answering the first tap.
 */
export function Link({ onMouseEnter, onTouchStart, onFocus, ...props }: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  const [wanted, setWanted] = useState(false);
  return (
    <NextLink
      {...props}
      // null is Next's default prefetch: from here it fetches the page as it would have on sight.
      prefetch={wanted ? null : false}
      onMouseEnter={(event) => {
        setWanted(true);
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        setWanted(true);
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        setWanted(true);
        onFocus?.(event);
      }}
    />
  );
}

/**
 * A mark inside a link that shows once the page it opens has been on its way for a moment (a
 * quick one never flashes it): for places whose pages show no loading state of their own.
 */
export function PendingMark({ className }: { className: string }) {
  const { pending } = useLinkStatus();
  return <span aria-hidden="true" className={`${className} transition-opacity ${pending ? "animate-pulse opacity-100 delay-150" : "opacity-0"}`} />;
}
