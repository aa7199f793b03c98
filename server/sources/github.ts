import { z } from "zod";
import { UserInputError } from "@/server/errors";
import { sanitizeHtml, textToHtml } from "./html";
import { parseRetryAfter, rateLimitWaitMs, SourceRateLimitedError, SourceUnavailableError, type SourceResponse } from "./http";
import { identifyProfileUrl } from "./identify";
import { parseWebUrl } from "./origin";
import type { AdapterContext, Json, ProfileSnapshot, ProfileStepResult, SourceAdapter, SourceRef, SourceSuggestion, SourcesConfig, StatusUpdate, UpdatesStepResult } from "./types";

/** Where people see GitHub pages; the API answers with API URLs, the updates link here. */
const GITHUB_WEB = "https://github.com";
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
const REPO_NAME = /^[\w.-]+\/[\w.-]+$/;
const TWITTER_NAME = /^\w{1,15}$/;
const INVALID_INPUT = "Type a GitHub username like octocat, or the profile's address.";
/** GitHub keeps at most 300 public events per user. */
const MAX_EVENTS = 300;
const DETAIL_CHARS = 280;

// ---------------------------------------------------------------------------------------------
// Input

/** `octocat`, `@octocat`, `github.com/octocat`, `https://github.com/octocat/` → `octocat`. */
export function parseGitHubInput(input: string): string {
  const trimmed = input.trim();
  if (LOGIN.test(trimmed.replace(/^@/, ""))) return trimmed.replace(/^@/, "").toLowerCase();
  // Anything else must be the address of a profile page (not a repository, not a page of GitHub's own).
  const url = /[./]/.test(trimmed) ? parseWebUrl(trimmed) : undefined;
  const found = url ? identifyProfileUrl(url.href) : undefined;
  if (found?.kind === "github" && LOGIN.test(found.input)) return found.input.toLowerCase();
  throw new UserInputError(INVALID_INPUT);
}

// ---------------------------------------------------------------------------------------------
// Requests

function apiBase(config: SourcesConfig): string {
  return config.githubApiUrl.replace(/\/+$/, "");
}

function requestHeaders(config: SourcesConfig): Record<string, string> {
  const headers: Record<string, string> = { "x-github-api-version": "2022-11-28" };
  if (config.githubToken) headers.authorization = `Bearer ${config.githubToken}`;
  return headers;
}

async function get(context: AdapterContext, url: string, conditional = true): Promise<SourceResponse> {
  const response = await context.http.get(url, { accept: "application/vnd.github+json", headers: requestHeaders(context.config), conditional });
  throwIfRefused(response, url);
  return response;
}

/** GitHub says "rate limit exceeded" with a 403 as often as with a 429; SourceHttp only knows the 429. */
function throwIfRefused(response: SourceResponse, url: string): void {
  const host = new URL(url).host;
  if (response.status === 403 || response.status === 429) {
    const wait = rateLimitWaitMs(response.headers) ?? parseRetryAfter(response.headers["retry-after"]);
    if (wait !== undefined) throw new SourceRateLimitedError(host, Math.max(wait, 1000));
  }
  if (response.status === 401) throw new SourceUnavailableError("GitHub refused the token in KITH_GITHUB_TOKEN (HTTP 401); replace it or remove it.");
  if (response.status === 403) throw new SourceUnavailableError(`GitHub refused to answer (HTTP 403: ${errorMessage(response)}); Kith will try again later.`);
}

function errorMessage(response: SourceResponse): string {
  try {
    const body = JSON.parse(response.text()) as unknown;
    if (body && typeof body === "object" && "message" in body && typeof body.message === "string") return body.message;
  } catch {
    // Not JSON: fall through.
  }
  return "no reason given";
}

function pollIntervalSeconds(response: SourceResponse): number | null {
  const value = Number(response.headers["x-poll-interval"]);
  return Number.isInteger(value) && value > 0 ? value : null;
}

// ---------------------------------------------------------------------------------------------
// Cursor and carry

/** What a GitHub source remembers between syncs. */
export interface GitHubCursor {
  /** The account's numeric id: it survives renames, so a vanished login can be told apart from a renamed one. */
  userId: number | null;
  /** The newest event already returned; later syncs return only events above it. */
  newestEventId: string | null;
  /** GitHub's X-Poll-Interval for the events: the scheduler should not poll more often than this. */
  pollIntervalSeconds: number | null;
}

function field(value: Json | undefined, key: string): Json | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? value[key] : undefined;
}

export function readCursor(value: Json | undefined): GitHubCursor {
  const userId = field(value, "userId");
  const newest = field(value, "newestEventId");
  const poll = field(value, "pollIntervalSeconds");
  return {
    userId: typeof userId === "number" ? userId : null,
    newestEventId: typeof newest === "string" && /^\d+$/.test(newest) ? newest : null,
    pollIntervalSeconds: typeof poll === "number" ? poll : null,
  };
}

function cursorJson(cursor: GitHubCursor): Json {
  return { userId: cursor.userId, newestEventId: cursor.newestEventId, pollIntervalSeconds: cursor.pollIntervalSeconds };
}

// ---------------------------------------------------------------------------------------------
// Profile

const userSchema = z.object({
  login: z.string(),
  id: z.number(),
  html_url: z.string().nullish(),
  avatar_url: z.string().nullish(),
  name: z.string().nullish(),
  company: z.string().nullish(),
  blog: z.string().nullish(),
  location: z.string().nullish(),
  bio: z.string().nullish(),
  twitter_username: z.string().nullish(),
});
type GitHubUser = z.infer<typeof userSchema>;

function readUser(response: SourceResponse): GitHubUser {
  const parsed = userSchema.safeParse(response.json<unknown>());
  if (!parsed.success) throw new SourceUnavailableError("GitHub answered with a profile Kith cannot read; Kith will try again later.");
  return parsed.data;
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function httpUrl(value: string | null | undefined): string | null {
  if (!value || !URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
}

/** GitHub keeps the blog field as typed: often `example.com` with no scheme. */
export function normalizeBlog(blog: string | null | undefined): string | null {
  const trimmed = text(blog);
  if (!trimmed) return null;
  const url = parseWebUrl(trimmed);
  if (!url || url.username || url.password) return null;
  return url.href;
}

export function profileFromUser(user: GitHubUser): ProfileSnapshot {
  const links: string[] = [];
  const blog = normalizeBlog(user.blog);
  if (blog) links.push(blog);
  const twitter = text(user.twitter_username)?.replace(/^@/, "");
  if (twitter && TWITTER_NAME.test(twitter)) links.push(`https://twitter.com/${twitter}`);
  return {
    displayName: text(user.name),
    handle: user.login,
    url: httpUrl(user.html_url) ?? `${GITHUB_WEB}/${user.login}`,
    avatarUrl: httpUrl(user.avatar_url),
    bio: text(user.bio),
    location: text(user.location),
    // GitHub shows organisations as "@github"; people also write plain "Acme Corp".
    company: text(text(user.company)?.replace(/^@/, "")),
    title: null,
    links: [...new Set(links)],
    verifiedLinks: [],
  };
}

function suggestionsFromUser(user: GitHubUser): SourceSuggestion[] {
  const blog = normalizeBlog(user.blog);
  if (!blog) return [];
  // A blog field that is really a Mastodon or Bluesky profile is better linked as that.
  const profile = identifyProfileUrl(blog);
  return [profile && profile.kind !== "github" ? profile : { kind: "website", input: blog }];
}

interface Carry {
  login: string;
  userId: number | null;
}

function carryJson(carry: Carry): Json {
  return { login: carry.login, userId: carry.userId };
}

const nothing = (state: ProfileStepResult["state"], stateReason: string, suggestions: SourceSuggestion[] = []): ProfileStepResult => ({
  state,
  stateReason,
  profile: null,
  suggestions,
  carry: null,
});

/**
 * The login answers 404, or now belongs to another account: look the old account up by its id
 * (GET /user/{id} follows renames) to tell a rename from a deletion.
 */
async function vanished(context: AdapterContext, login: string, userId: number | null): Promise<ProfileStepResult> {
  if (userId === null) return nothing("not_found", `No GitHub account is called ${login}.`);
  const response = await get(context, `${apiBase(context.config)}/user/${userId}`, false);
  if (response.status === 200) {
    const renamed = readUser(response);
    if (renamed.login.toLowerCase() !== login) {
      return nothing("moved", `renamed to ${renamed.login} on GitHub`, [{ kind: "github", input: renamed.login.toLowerCase() }]);
    }
  }
  if (response.status === 404 || response.status === 200) return nothing("gone", `The GitHub account ${login} was deleted.`);
  throw new SourceUnavailableError(`GitHub answered ${response.status} for ${login}; Kith will try again later.`);
}

async function fetchProfile(context: AdapterContext, source: SourceRef): Promise<ProfileStepResult> {
  const login = parseGitHubInput(source.input);
  const cursor = readCursor(source.cursor);
  const response = await get(context, `${apiBase(context.config)}/users/${login}`);
  if (response.notModified) return { state: "ok", stateReason: null, profile: null, suggestions: [], carry: carryJson({ login, userId: cursor.userId }) };
  if (response.status === 404) return vanished(context, login, cursor.userId);
  if (response.status !== 200) throw new SourceUnavailableError(`GitHub answered ${response.status} for ${login}; Kith will try again later.`);
  const user = readUser(response);
  if (cursor.userId !== null && user.id !== cursor.userId) return vanished(context, login, cursor.userId);
  return {
    state: "ok",
    stateReason: null,
    profile: profileFromUser(user),
    suggestions: suggestionsFromUser(user),
    carry: carryJson({ login, userId: user.id }),
  };
}

// ---------------------------------------------------------------------------------------------
// Events

const eventSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  type: z.string().nullish(),
  repo: z.object({ name: z.string() }).nullish(),
  payload: z.record(z.string(), z.unknown()).nullish(),
  created_at: z.string(),
});
export type GitHubEvent = z.infer<typeof eventSchema>;

function readEvents(response: SourceResponse): GitHubEvent[] {
  const body = response.json<unknown>();
  if (!Array.isArray(body)) throw new SourceUnavailableError("GitHub answered with activity Kith cannot read; Kith will try again later.");
  // One odd event should not cost the others.
  return body.flatMap((item) => {
    const parsed = eventSchema.safeParse(item);
    return parsed.success && /^\d+$/.test(parsed.data.id) && !Number.isNaN(Date.parse(parsed.data.created_at)) ? [parsed.data] : [];
  });
}

/** Numeric ids as strings, compared without losing precision. */
export function compareEventIds(a: string, b: string): number {
  const x = a.replace(/^0+/, "");
  const y = b.replace(/^0+/, "");
  return x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0;
}

type Record_ = Record<string, unknown>;
const record = (value: unknown): Record_ | undefined => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record_) : undefined);
const str = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value : undefined);
const int = (value: unknown): number | undefined => (typeof value === "number" && Number.isInteger(value) ? value : undefined);

/** A piece of an update's sentence: plain words, or words linking somewhere. */
type Part = string | { text: string; href: string | null };

interface Summary {
  parts: Part[];
  url: string | null;
  /** Plain text shown under the sentence (commit messages, the first lines of an issue). */
  detail: string | null;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function clip(value: string | undefined, chars = DETAIL_CHARS): string | null {
  const trimmed = value?.replace(/\r\n/g, "\n").trim();
  if (!trimmed) return null;
  return trimmed.length > chars ? `${trimmed.slice(0, chars - 1).trimEnd()}…` : trimmed;
}

function pathSegments(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function branchOf(ref: string | undefined): string | undefined {
  return ref?.replace(/^refs\/(?:heads|tags)\//, "");
}

const pluralCommits = (count: number) => `${count} commit${count === 1 ? "" : "s"}`;

function push(payload: Record_, repo: Part, repoUrl: string | null): Summary {
  const commits = Array.isArray(payload.commits) ? payload.commits.map(record).filter((commit) => commit !== undefined) : [];
  const count = int(payload.size) ?? (commits.length > 0 ? commits.length : undefined);
  const branch = branchOf(str(payload.ref));
  const head = str(payload.head);
  const before = str(payload.before);
  let url = repoUrl;
  if (repoUrl && head) url = before && !/^0+$/.test(before) ? `${repoUrl}/compare/${before.slice(0, 12)}...${head.slice(0, 12)}` : `${repoUrl}/commit/${head}`;
  const messages = commits.map((commit) => str(commit.message)?.split("\n")[0]?.trim()).filter((message) => message !== undefined && message !== "");
  return {
    parts: [count === undefined ? "pushed to " : `pushed ${pluralCommits(count)} to `, repo, branch ? ` on ${branch}` : ""],
    url,
    detail: clip(messages.join("\n"), DETAIL_CHARS * 2),
  };
}

function create(payload: Record_, repo: Part, repoUrl: string | null, verb: "created" | "deleted"): Summary {
  const refType = str(payload.ref_type) ?? "repository";
  const ref = str(payload.ref);
  if (refType === "repository" || !ref) return { parts: [`${verb} repository `, repo], url: repoUrl, detail: verb === "created" ? clip(str(payload.description)) : null };
  const refUrl = verb === "created" && repoUrl ? `${repoUrl}/tree/${pathSegments(ref)}` : repoUrl;
  return { parts: [`${verb} ${refType} `, { text: ref, href: refUrl }, " in ", repo], url: refUrl, detail: null };
}

/** "#12" linking to the issue, its title after the repository. */
function numbered(what: "issue" | "pull request", item: Record_ | undefined, number: number | undefined, repoUrl: string | null): { link: Part; url: string | null; title: string | undefined } {
  const n = int(item?.number) ?? number;
  const url = httpUrl(str(item?.html_url)) ?? (repoUrl && n !== undefined ? `${repoUrl}/${what === "issue" ? "issues" : "pull"}/${n}` : null);
  return { link: { text: n === undefined ? "" : `#${n}`, href: url }, url, title: str(item?.title) };
}

function withTitle(parts: Part[], title: string | undefined): Part[] {
  return title ? [...parts, `: ${title}`] : parts;
}

function summarize(event: GitHubEvent): Summary {
  const payload = event.payload ?? {};
  const name = event.repo?.name;
  const repoUrl = name && REPO_NAME.test(name) ? `${GITHUB_WEB}/${name}` : null;
  const repo: Part = { text: name ?? "a repository", href: repoUrl };
  const action = str(payload.action);
  switch (event.type) {
    case "PushEvent":
      return push(payload, repo, repoUrl);
    case "CreateEvent":
      return create(payload, repo, repoUrl, "created");
    case "DeleteEvent":
      return create(payload, repo, repoUrl, "deleted");
    case "IssuesEvent": {
      const issue = numbered("issue", record(payload.issue), undefined, repoUrl);
      return { parts: withTitle([`${action ?? "updated"} issue `, issue.link, " in ", repo], issue.title), url: issue.url, detail: action === "opened" ? clip(str(record(payload.issue)?.body)) : null };
    }
    case "PullRequestEvent": {
      const pr = record(payload.pull_request);
      const merged = action === "closed" && (pr?.merged === true || typeof pr?.merged_at === "string");
      const link = numbered("pull request", pr, int(payload.number), repoUrl);
      return { parts: withTitle([`${merged ? "merged" : (action ?? "updated")} pull request `, link.link, " in ", repo], link.title), url: link.url, detail: action === "opened" ? clip(str(pr?.body)) : null };
    }
    case "IssueCommentEvent": {
      const issue = record(payload.issue);
      const link = numbered(issue?.pull_request ? "pull request" : "issue", issue, undefined, repoUrl);
      const comment = record(payload.comment);
      return {
        parts: withTitle([`commented on ${issue?.pull_request ? "pull request" : "issue"} `, link.link, " in ", repo], link.title),
        url: httpUrl(str(comment?.html_url)) ?? link.url,
        detail: clip(str(comment?.body)),
      };
    }
    case "PullRequestReviewEvent":
    case "PullRequestReviewCommentEvent": {
      const link = numbered("pull request", record(payload.pull_request), undefined, repoUrl);
      const note = record(event.type === "PullRequestReviewEvent" ? payload.review : payload.comment);
      const approved = str(note?.state)?.toLowerCase() === "approved";
      const verb = event.type === "PullRequestReviewCommentEvent" ? "commented on" : approved ? "approved" : "reviewed";
      return { parts: withTitle([`${verb} pull request `, link.link, " in ", repo], link.title), url: httpUrl(str(note?.html_url)) ?? link.url, detail: clip(str(note?.body)) };
    }
    case "CommitCommentEvent": {
      const comment = record(payload.comment);
      return { parts: ["commented on a commit in ", repo], url: httpUrl(str(comment?.html_url)) ?? repoUrl, detail: clip(str(comment?.body)) };
    }
    case "WatchEvent":
      return { parts: ["starred ", repo], url: repoUrl, detail: null };
    case "ForkEvent": {
      const forkee = record(payload.forkee);
      const fork = str(forkee?.full_name);
      const forkUrl = httpUrl(str(forkee?.html_url)) ?? (fork && REPO_NAME.test(fork) ? `${GITHUB_WEB}/${fork}` : null);
      return { parts: fork ? ["forked ", repo, " to ", { text: fork, href: forkUrl }] : ["forked ", repo], url: forkUrl ?? repoUrl, detail: null };
    }
    case "ReleaseEvent": {
      const release = record(payload.release);
      const tag = str(release?.tag_name);
      const label = str(release?.name)?.trim() ?? tag ?? "a release";
      const url = httpUrl(str(release?.html_url)) ?? (repoUrl && tag ? `${repoUrl}/releases/tag/${encodeURIComponent(tag)}` : repoUrl);
      return { parts: [`${action === "published" || action === "released" || !action ? "released" : `${action} release`} `, { text: label, href: url }, " of ", repo], url, detail: clip(str(release?.body)) };
    }
    case "PublicEvent":
      return { parts: ["made ", repo, " public"], url: repoUrl, detail: null };
    case "MemberEvent": {
      const member = str(record(payload.member)?.login);
      return { parts: [`${action ?? "added"} ${member ?? "someone"} as a collaborator on `, repo], url: repoUrl, detail: null };
    }
    case "GollumEvent":
      return { parts: ["edited the wiki of ", repo], url: repoUrl ? `${repoUrl}/wiki` : null, detail: null };
    default: {
      // "SponsorshipEvent" → "sponsorship activity in owner/repo"
      const words = (event.type ?? "").replace(/Event$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().trim();
      return { parts: [`${words || "new"} activity in `, repo], url: repoUrl, detail: null };
    }
  }
}

export function updateFromEvent(event: GitHubEvent): StatusUpdate {
  const summary = summarize(event);
  const sentence = summary.parts.map((part) => (typeof part === "string" ? part : part.text)).join("");
  const sentenceHtml = summary.parts.map((part) => (typeof part === "string" ? escapeHtml(part) : part.href ? `<a href="${escapeHtml(part.href)}">${escapeHtml(part.text)}</a>` : escapeHtml(part.text))).join("");
  return {
    externalId: event.id,
    url: summary.url,
    publishedAt: new Date(event.created_at).toISOString(),
    editedAt: null,
    text: summary.detail ? `${sentence}\n\n${summary.detail}` : sentence,
    html: sanitizeHtml(`<p>${sentenceHtml}</p>${summary.detail ? textToHtml(summary.detail) : ""}`, GITHUB_WEB),
    isRepost: false,
    media: [],
  };
}

/** The rel="next" URL of a Link header, if it stays on the API's origin. */
export function nextLink(link: string | undefined, base: string): string | null {
  const match = link?.split(",").map((piece) => /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(piece.trim())).find((found) => found?.[2]?.split(/\s+/).includes("next"));
  const href = match?.[1];
  if (!href || !URL.canParse(href, base)) return null;
  const url = new URL(href, base);
  return url.origin === new URL(base).origin ? url.href : null;
}

function readCarry(carry: Json, source: SourceRef): Carry {
  const login = field(carry, "login");
  const userId = field(carry, "userId");
  return {
    login: typeof login === "string" && LOGIN.test(login) ? login : parseGitHubInput(source.input),
    userId: typeof userId === "number" ? userId : readCursor(source.cursor).userId,
  };
}

async function fetchUpdates(context: AdapterContext, source: SourceRef, carry: Json): Promise<UpdatesStepResult> {
  const previous = readCursor(source.cursor);
  const { login, userId } = readCarry(carry, source);
  const limit = Math.max(1, Math.floor(context.limit));
  const base = apiBase(context.config);
  const first = await get(context, `${base}/users/${login}/events/public?per_page=${Math.min(100, limit)}`);
  const poll = pollIntervalSeconds(first) ?? previous.pollIntervalSeconds;
  const unchanged: GitHubCursor = { ...previous, userId, pollIntervalSeconds: poll };
  // 404: the account vanished between the two steps; the next profile step will say so.
  if (first.notModified || first.status === 404) return { updates: [], cursor: cursorJson(unchanged) };
  if (first.status !== 200) throw new SourceUnavailableError(`GitHub answered ${first.status} for ${login}'s activity; Kith will try again later.`);

  const isNew = (event: GitHubEvent) => previous.newestEventId === null || compareEventIds(event.id, previous.newestEventId) > 0;
  const found = new Map<string, GitHubEvent>();
  let response = first;
  for (let seen = 0; ; ) {
    const events = readEvents(response);
    seen += events.length;
    for (const event of events) if (isNew(event)) found.set(event.id, event);
    // Events come newest first: once a page reaches what we already have, older pages hold nothing new.
    const next = nextLink(response.headers.link, base);
    if (!next || found.size >= limit || events.some((event) => !isNew(event)) || events.length === 0 || seen >= MAX_EVENTS) break;
    response = await get(context, next, false);
    if (response.status !== 200) break;
  }

  const newest = [...found.values()].sort((a, b) => compareEventIds(b.id, a.id)).slice(0, limit);
  const newestId = newest[0]?.id ?? previous.newestEventId;
  return { updates: newest.map(updateFromEvent), cursor: cursorJson({ ...unchanged, newestEventId: newestId }) };
}

export const githubAdapter: SourceAdapter = {
  kind: "github",
  parseInput: (input) => parseGitHubInput(input),
  fetchProfile,
  fetchUpdates,
};
