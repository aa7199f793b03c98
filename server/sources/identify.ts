import type { SourceSuggestion } from "./types";

const GITHUB_HOSTS = new Set(["github.com", "www.github.com"]);
const BLUESKY_HOSTS = new Set(["bsky.app", "www.bsky.app"]);
/** Sites that use `/@name` paths but are not on the fediverse. */
const NOT_FEDIVERSE_HOSTS = new Set(["medium.com", "youtube.com", "www.youtube.com", "m.youtube.com", "tiktok.com", "www.tiktok.com"]);

/** First path segments on github.com that are pages of GitHub itself, not a person. */
const GITHUB_RESERVED = new Set([
  "about", "account", "apps", "blog", "codespaces", "collections", "contact", "customer-stories", "dashboard",
  "enterprise", "events", "explore", "features", "gist", "issues", "join", "login", "logout", "marketplace",
  "new", "notifications", "orgs", "organizations", "pricing", "pulls", "readme", "search", "security",
  "sessions", "settings", "signup", "site", "sponsors", "stars", "team", "topics", "trending", "users",
]);

const GITHUB_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
const BLUESKY_HANDLE = /^(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z](?:[a-z\d-]{0,61}[a-z\d])?$/i;
const BLUESKY_DID = /^did:(?:plc|web):[a-z\d._:%-]+$/i;
const FEDIVERSE_USER = /^[a-z\d_](?:[a-z\d_.-]*[a-z\d_])?$/i;
const FEDIVERSE_HOST = /^[a-z\d.-]+\.[a-z\d-]+(?::\d+)?$|^[\d.]+(?::\d+)?$|^localhost(?::\d+)?$/i;

/** The path's segments, ignoring a trailing slash; undefined for an empty segment inside the path (`/a//b`). */
function segments(url: URL): string[] | undefined {
  const parts = url.pathname.replace(/\/$/, "").split("/").slice(1);
  if (parts.some((part) => part === "")) return undefined;
  try {
    return parts.map((part) => decodeURIComponent(part));
  } catch {
    return undefined;
  }
}

function github(parts: string[]): SourceSuggestion | undefined {
  const [login] = parts;
  if (parts.length !== 1 || !login || !GITHUB_LOGIN.test(login) || GITHUB_RESERVED.has(login.toLowerCase())) return undefined;
  return { kind: "github", input: login };
}

function bluesky(parts: string[]): SourceSuggestion | undefined {
  const [first, handle] = parts;
  if (parts.length !== 2 || first !== "profile" || !handle) return undefined;
  const bare = handle.replace(/^@/, "");
  if (BLUESKY_DID.test(bare)) return { kind: "bluesky", input: bare };
  return BLUESKY_HANDLE.test(bare) ? { kind: "bluesky", input: bare.toLowerCase() } : undefined;
}

function mastodon(host: string, parts: string[]): SourceSuggestion | undefined {
  if (NOT_FEDIVERSE_HOSTS.has(host)) return undefined;
  let user: string | undefined;
  let userHost = host;
  if (parts.length === 1 && parts[0]?.startsWith("@")) {
    // `/@ana` on its own server, or `/@ana@other.example`: a remote account seen from this server.
    const pieces = parts[0].slice(1).split("@");
    if (pieces.length > 2) return undefined;
    user = pieces[0];
    if (pieces[1] !== undefined) userHost = pieces[1].toLowerCase();
  } else if (parts.length === 2 && parts[0] === "users") {
    user = parts[1];
  }
  if (!user || !FEDIVERSE_USER.test(user) || !FEDIVERSE_HOST.test(userHost)) return undefined;
  return { kind: "mastodon", input: `@${user}@${userHost}` };
}

/**
 * The linked-source kind a profile URL belongs to, from its shape alone (no network):
 * `https://github.com/ana`, `https://bsky.app/profile/ana.example`, and, as a heuristic,
 * `https://host/@ana` or `https://host/users/ana` for the fediverse. Undefined for anything else
 * (a repository, a post, an organisation, a plain website).
 */
export function identifyProfileUrl(url: string): SourceSuggestion | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if ((parsed.protocol !== "https:" && parsed.protocol !== "http:") || parsed.username || parsed.password) return undefined;
  const parts = segments(parsed);
  if (!parts || parts.length === 0) return undefined;
  const host = parsed.hostname.toLowerCase();
  if (GITHUB_HOSTS.has(host)) return github(parts);
  if (BLUESKY_HOSTS.has(host)) return bluesky(parts);
  return mastodon(parsed.host.toLowerCase(), parts);
}
