import { SourceHttp } from "./http";
import { adapters, parseSourceInput } from "./registry";
import { emptyProfile, type ProfileSnapshot, type RemoteState, type SourceKind, type SourcesConfig, type SourceSuggestion } from "./types";

export interface ProbeResult {
  kind: SourceKind;
  profile: ProfileSnapshot;
  updates: { externalId: string; url: string | null; publishedAt: string; text: string; html: string; isRepost: boolean }[];
  state: RemoteState;
  stateReason: string | null;
  suggestions: SourceSuggestion[];
}

/**
 * Fetches a source once, as a first sync would (same adapter, same safe fetch), and returns what
 * it found without storing anything: for users debugging a source, and for black-box checks.
 */
export async function probeSource(kind: SourceKind, rawInput: string, config: SourcesConfig, limit: number): Promise<ProbeResult> {
  const input = parseSourceInput(kind, rawInput, config);
  const adapter = adapters[kind];
  const context = { http: new SourceHttp({ allowPrivateNetwork: config.allowPrivateNetwork }), config, limit };
  const source = { input, cursor: null };
  const profile = await adapter.fetchProfile(context, source);
  const { updates } = profile.state === "ok" ? await adapter.fetchUpdates(context, source, profile.carry) : { updates: [] };
  return {
    kind,
    profile: profile.profile ?? emptyProfile(),
    updates: updates
      .toSorted((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
      .slice(0, limit)
      .map(({ externalId, url, publishedAt, text, html, isRepost }) => ({ externalId, url, publishedAt: new Date(publishedAt).toISOString(), text, html, isRepost })),
    state: profile.state,
    stateReason: profile.stateReason,
    suggestions: profile.suggestions.map(({ kind: suggestedKind, input: suggestedInput }) => ({ kind: suggestedKind, input: suggestedInput })),
  };
}
