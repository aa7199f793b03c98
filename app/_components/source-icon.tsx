import type { ReactNode } from "react";
import type { SourceKind } from "@/db/schema/vocabulary";

const PATHS: Record<SourceKind, ReactNode> = {
  // A speech bubble with an "m": Mastodon's mark, reduced to lines.
  mastodon: (
    <>
      <path d="M6 4h12a2 2 0 0 1 2 2v7a3 3 0 0 1-3 3h-4a3 3 0 0 0 3 3h-5a5 5 0 0 1-5-5V6a2 2 0 0 1 2-2z" />
      <path d="M9 13V9.5a1.5 1.5 0 0 1 3 0V12m0-2.5a1.5 1.5 0 0 1 3 0V13" />
    </>
  ),
  // A butterfly.
  bluesky: (
    <>
      <path d="M12 11C10.5 7.5 7.5 4.5 5 4.5c-1.2 0-2 .8-2 2.2 0 1.6.8 4.6 2.6 5.1 1.4.4 2.9.2 3.9-.3-2 1-3.4 2.6-1.9 4.3 1.8 2 3.5.2 4.4-2.8z" />
      <path d="M12 11c1.5-3.5 4.5-6.5 7-6.5 1.2 0 2 .8 2 2.2 0 1.6-.8 4.6-2.6 5.1-1.4.4-2.9.2-3.9-.3 2 1 3.4 2.6 1.9 4.3-1.8 2-3.5.2-4.4-2.8z" />
    </>
  ),
  github: (
    <path d="M9 19c-4.3 1.4-4.3-2.5-6-3m12 5v-3.5c0-1 .1-1.4-.5-2 2.8-.3 5.5-1.4 5.5-6a4.6 4.6 0 0 0-1.3-3.2 4.2 4.2 0 0 0-.1-3.2s-1.1-.3-3.5 1.3a12.3 12.3 0 0 0-6.2 0C6.5 2.8 5.4 3.1 5.4 3.1a4.2 4.2 0 0 0-.1 3.2A4.6 4.6 0 0 0 4 9.5c0 4.6 2.7 5.7 5.5 6-.6.6-.6 1.2-.5 2V21" />
  ),
  // The feed waves.
  feed: (
    <>
      <circle cx="5.5" cy="18.5" r="1.5" />
      <path d="M4 11a9 9 0 0 1 9 9" />
      <path d="M4 4a16 16 0 0 1 16 16" />
    </>
  ),
  // A globe.
  website: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18" />
      <path d="M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z" />
    </>
  ),
};

/** A small line icon for a kind of linked profile; decorative, so put the kind's name beside it. */
export function SourceIcon({ kind, className = "h-5 w-5" }: { kind: SourceKind; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className={`shrink-0 ${className}`} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      {PATHS[kind]}
    </svg>
  );
}
