import { UserInputError } from "@/server/errors";
import { blueskyAdapter } from "./bluesky";
import { feedAdapter } from "./feed";
import { githubAdapter } from "./github";
import { mastodonAdapter } from "./mastodon";
import { originOf } from "./origin";
import type { SourceAdapter, SourceKind, SourcesConfig } from "./types";
import { websiteAdapter } from "./website";

export const adapters: Record<SourceKind, SourceAdapter> = {
  mastodon: mastodonAdapter,
  bluesky: blueskyAdapter,
  github: githubAdapter,
  feed: feedAdapter,
  website: websiteAdapter,
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  mastodon: "Mastodon",
  bluesky: "Bluesky",
  github: "GitHub",
  feed: "Feed",
  website: "Website",
};

/** The canonical input for a kind, or a UserInputError saying what to type. */
export function parseSourceInput(kind: SourceKind, input: string, config: SourcesConfig): string {
  if (input.trim() === "") throw new UserInputError(`Type the ${SOURCE_KIND_LABELS[kind]} account or address to link.`);
  return adapters[kind].parseInput(input, config);
}

/** The host a source's requests go to: the key for per-host concurrency and pacing. */
export function sourceHost(kind: SourceKind, input: string, config: SourcesConfig): string {
  switch (kind) {
    case "mastodon":
      return new URL(originOf(input.replace(/^@[^@]+@/, ""), config)).host;
    case "bluesky":
      return new URL(config.blueskyAppViewUrl).host;
    case "github":
      return new URL(config.githubApiUrl).host;
    case "feed":
    case "website":
      return new URL(input).host;
  }
}

/** How long after a sync the next one is due. Profiles change slowly; posts less slowly. */
export const SYNC_INTERVAL_MS: Record<SourceKind, number> = {
  mastodon: 60 * 60 * 1000,
  bluesky: 60 * 60 * 1000,
  github: 2 * 60 * 60 * 1000,
  feed: 2 * 60 * 60 * 1000,
  website: 24 * 60 * 60 * 1000,
};

/** How long a sync the user started may take before the scheduler takes the source up again. */
export const SYNC_LEASE_MS = 10 * 60 * 1000;

/** After the nth failure in a row: 15 min, 30 min, 1 h … at most a day. */
export function retryDelayMs(failures: number): number {
  return Math.min(24 * 60 * 60 * 1000, 15 * 60 * 1000 * 2 ** Math.max(0, failures - 1));
}
