import type { RemoteState, SourceKind } from "@/db/schema/vocabulary";
import type { SourceHttp } from "./http";

export type { RemoteState, SourceKind };

/** A JSON value: what travels between Inngest steps and what a source keeps as its cursor. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** What a source says about the person, normalized across kinds. Unknown fields are null. */
export interface ProfileSnapshot {
  displayName: string | null;
  /** The handle as people write it: `@ana@example.social`, `ana.bsky.social`, `ana` (GitHub). */
  handle: string | null;
  /** The profile's public page. */
  url: string | null;
  avatarUrl: string | null;
  /** Plain text. */
  bio: string | null;
  location: string | null;
  company: string | null;
  title: string | null;
  /** Every link the profile gives (absolute http(s) URLs, no duplicates). */
  links: string[];
  /** The links the far end itself has verified as the same person (Mastodon's verified fields). */
  verifiedLinks: string[];
}

export interface MediaLink {
  url: string;
  /** The author's description; null when they gave none. */
  alt: string | null;
  kind: "image" | "video" | "audio" | "link";
}

/** One post, entry or event, normalized. */
export interface StatusUpdate {
  /** Stable per source: the same post always has the same id, so a re-sync never duplicates it. */
  externalId: string;
  url: string | null;
  /** ISO 8601. */
  publishedAt: string;
  /** ISO 8601, when the far end says the post was edited. */
  editedAt: string | null;
  /** Plain text, for previews and search. */
  text: string;
  /** Sanitised HTML (server/sources/html.ts), safe to render as is. */
  html: string;
  isRepost: boolean;
  media: MediaLink[];
}

/** Another source the same person seems to have, found on this one (rel=me, a feed link, a GitHub blog). */
export interface SourceSuggestion {
  kind: SourceKind;
  /** What the user would type to link it. */
  input: string;
  /** True when both sides link to each other (two-way rel=me). */
  verified?: boolean;
}

/** The source as an adapter sees it: what the user linked, and what the last sync left behind. */
export interface SourceRef {
  /** The canonical input, as parseInput returned it. */
  input: string;
  /** The adapter's own bookmark from the last sync (since id, cursor…); null before the first. */
  cursor: Json;
}

export interface ProfileStepResult {
  state: RemoteState;
  /** Why, in words a user understands, when state is not ok ("moved to @ana@new.example"). */
  stateReason: string | null;
  /** Null when the far end said "not modified", or when there is nothing to know (gone, not found). */
  profile: ProfileSnapshot | null;
  suggestions: SourceSuggestion[];
  /** Whatever fetchUpdates needs from this step (an account id, already-parsed entries). JSON only. */
  carry: Json;
}

export interface UpdatesStepResult {
  /** Newest first or not: the order does not matter. At most `limit`. */
  updates: StatusUpdate[];
  /** The bookmark for the next sync; return the old one unchanged when nothing moved. */
  cursor: Json;
}

export interface SourcesConfig {
  blueskyAppViewUrl: string;
  githubApiUrl: string;
  githubToken: string | undefined;
  allowPrivateNetwork: boolean;
}

export interface AdapterContext {
  http: SourceHttp;
  config: SourcesConfig;
  /** Most updates to return; the first sync of a source takes this many, later ones what is new. */
  limit: number;
}

export interface SourceAdapter {
  kind: SourceKind;
  /**
   * The canonical form of what the user typed (trimmed, lower-cased where the far end is
   * case-insensitive, a URL made absolute), or a UserInputError saying what to type instead.
   * Pure: no network.
   */
  parseInput(input: string, config: SourcesConfig): string;
  fetchProfile(context: AdapterContext, source: SourceRef): Promise<ProfileStepResult>;
  /** Not called when fetchProfile's state is not "ok". */
  fetchUpdates(context: AdapterContext, source: SourceRef, carry: Json): Promise<UpdatesStepResult>;
}

export const emptyProfile = (): ProfileSnapshot => ({
  displayName: null,
  handle: null,
  url: null,
  avatarUrl: null,
  bio: null,
  location: null,
  company: null,
  title: null,
  links: [],
  verifiedLinks: [],
});
