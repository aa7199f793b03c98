import type { CirclePurpose, CircleType } from "@/db/schema/vocabulary";
import { CIRCLE_CADENCES } from "@/server/circles/schemas";

export const PURPOSE_LABELS: Record<CirclePurpose, string> = {
  learning: "Learning",
  mission: "Mission",
  business: "Business",
  idea: "Idea",
  personal: "Family / personal",
};

export const TYPE_LABELS: Record<CircleType, string> = {
  social: "Social",
  professional: "Professional",
  development: "Development",
};

const CADENCE_LABELS: Record<(typeof CIRCLE_CADENCES)[number], string> = {
  7: "Every week",
  14: "Every two weeks",
  30: "Every month",
  60: "Every two months",
  90: "Every three months",
  180: "Every six months",
  365: "Every year",
};

export const CADENCE_OPTIONS = CIRCLE_CADENCES.map((days) => ({ days, label: CADENCE_LABELS[days] }));

export function cadenceLabel(days: number): string {
  return CADENCE_LABELS[days as keyof typeof CADENCE_LABELS] ?? `Every ${days} days`;
}

/** Suggestions for the free-text style fields. */
export const STYLE_SUGGESTIONS = {
  place: ["Lisbon", "Online", "Office", "Home", "Campus", "Café"],
  space: ["Discord", "Slack", "WhatsApp group", "Meetup", "Signal group", "Email list"],
  pace: ["Weekly", "Monthly", "Quarterly", "Yearly", "When it happens"],
} as const;
