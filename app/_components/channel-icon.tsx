import type { ReactNode } from "react";
import type { Initiator, InteractionChannel, TieContext } from "@/db/schema/vocabulary";

export const CHANNEL_LABELS: Record<InteractionChannel, string> = {
  in_person: "In person",
  call: "Call",
  video: "Video",
  message: "Message",
  email: "Email",
  social: "Social media",
  event: "Event",
  other: "Other",
};

/** The channel as it reads inside a sentence: "Logged a call with Ada." */
export const CHANNEL_PHRASES: Record<InteractionChannel, string> = {
  in_person: "a meeting in person",
  call: "a call",
  video: "a video call",
  message: "a message",
  email: "an email",
  social: "a social media exchange",
  event: "an event",
  other: "an interaction",
};

export const CONTEXT_LABELS: Record<TieContext, string> = {
  work: "Work",
  family: "Family",
  friendship: "Friendship",
  learning: "Learning",
  community: "Community",
  hobby: "Hobby",
  other: "Other",
};

export const INITIATOR_LABELS: Record<Initiator, string> = {
  me: "I reached out",
  them: "They reached out",
  mutual: "Mutual",
};

const PATHS: Record<InteractionChannel, ReactNode> = {
  in_person: (
    <>
      <circle cx="9" cy="8" r="3" />
      <path d="M3 20a6 6 0 0 1 12 0" />
      <circle cx="17" cy="9" r="2.5" />
      <path d="M16.5 14a5 5 0 0 1 4.5 5" />
    </>
  ),
  call: <path d="M5 3h3l2 5-2.5 1.5a11 11 0 0 0 6 6L15 13l5 2v3a2 2 0 0 1-2 2A15 15 0 0 1 3 5a2 2 0 0 1 2-2z" />,
  video: (
    <>
      <rect x="2" y="6" width="13" height="12" rx="2" />
      <path d="m15 10 6-3.5v11L15 14" />
    </>
  ),
  message: <path d="M5 4h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H10l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />,
  email: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3 7 9 6 9-6" />
    </>
  ),
  social: (
    <>
      <circle cx="12" cy="12" r="4" />
      <path d="M16 8v5a2.5 2.5 0 0 0 5 0v-1a9 9 0 1 0-3.5 7.1" />
    </>
  ),
  event: (
    <>
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </>
  ),
  other: (
    <>
      <circle cx="5" cy="12" r="1.5" />
      <circle cx="12" cy="12" r="1.5" />
      <circle cx="19" cy="12" r="1.5" />
    </>
  ),
};

/** A small line icon for a channel; decorative, so put the label beside it. */
export function ChannelIcon({ channel, className = "h-5 w-5" }: { channel: InteractionChannel; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={`shrink-0 ${className}`} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      {PATHS[channel]}
    </svg>
  );
}
