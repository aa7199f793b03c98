// The fixed vocabularies of a relationship record. Plain constants with no imports, so the
// database schema, the services and the browser all read the same lists.

export const INTERACTION_CHANNELS = ["in_person", "call", "video", "message", "email", "social", "event", "other"] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];

/** The contexts a tie can span; multiplexity counts the distinct ones. */
export const TIE_CONTEXTS = ["work", "family", "friendship", "learning", "community", "hobby", "other"] as const;
export type TieContext = (typeof TIE_CONTEXTS)[number];

/** Who started an interaction. */
export const INITIATORS = ["me", "them", "mutual"] as const;
export type Initiator = (typeof INITIATORS)[number];

/** How well a contact knows me, 1 (knows my name) to 4 (knows me well). */
export const KNOWS_ME_LEVELS = [1, 2, 3, 4] as const;
export type KnowsMeLevel = (typeof KNOWS_ME_LEVELS)[number];

export const CIRCLE_PURPOSES = ["learning", "mission", "business", "idea", "personal"] as const;
export type CirclePurpose = (typeof CIRCLE_PURPOSES)[number];

export const CIRCLE_TYPES = ["social", "professional", "development"] as const;
export type CircleType = (typeof CIRCLE_TYPES)[number];

export const CONTRIBUTION_KINDS = ["intro", "advice", "help", "referral", "gift", "other"] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

export const CONTRIBUTION_DIRECTIONS = ["given", "received"] as const;
export type ContributionDirection = (typeof CONTRIBUTION_DIRECTIONS)[number];

/** The industry a company is in: a fixed list, so diversity is measured over a known domain. */
export const INDUSTRIES = ["tech", "finance", "health", "education", "retail", "media", "law", "public", "research", "manufacturing", "energy", "hospitality", "nonprofit", "arts", "other"] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const INDUSTRY_LABELS: Record<Industry, string> = {
  tech: "Technology",
  finance: "Finance",
  health: "Health",
  education: "Education",
  retail: "Retail",
  media: "Media",
  law: "Law",
  public: "Public sector",
  research: "Research",
  manufacturing: "Manufacturing",
  energy: "Energy",
  hospitality: "Hospitality",
  nonprofit: "Non-profit",
  arts: "Arts",
  other: "Other",
};

/** Why a company is on the user's list of targets. */
export const COMPANY_TARGETS = ["work_for", "collaborate"] as const;
export type CompanyTarget = (typeof COMPANY_TARGETS)[number];

export const NOTIFICATION_KINDS = ["due", "birthday", "job_change", "target_company", "moved_city"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A place picked from the offline gazetteer; kept whole so proximity needs no lookup. */
export interface Place {
  /** The gazetteer's id for the place. */
  id: string;
  name: string;
  /** First-level division (state, region, county), when the gazetteer knows it. */
  region: string | null;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  country: string;
  latitude: number;
  longitude: number;
}

/** Changes seen on linked profiles that become cards in the feed (and notifications). */
export const LIFE_EVENT_KINDS = ["job_change", "target_company", "moved_city"] as const;
export type LifeEventKind = (typeof LIFE_EVENT_KINDS)[number];

/** The kinds of profile elsewhere that can be linked to a contact. */
export const SOURCE_KINDS = ["mastodon", "bluesky", "github", "feed", "website"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What the far end says about a linked account (an adapter's verdict). */
export const REMOTE_STATES = ["ok", "gone", "suspended", "moved", "not_found"] as const;
export type RemoteState = (typeof REMOTE_STATES)[number];

/** A linked source's state as the user sees it: the remote state, or syncing, or an error with a reason. */
export const SOURCE_STATES = ["pending", "syncing", "error", ...REMOTE_STATES] as const;
export type SourceState = (typeof SOURCE_STATES)[number];

/** The colours a tag can take; the UI maps each name to its light and dark classes. */
export const TAG_COLOURS = ["stone", "red", "amber", "emerald", "teal", "sky", "indigo", "violet", "pink", "rose"] as const;
export type TagColour = (typeof TAG_COLOURS)[number];
