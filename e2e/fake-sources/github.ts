import type { IncomingMessage, ServerResponse } from "node:http";
import { sendCacheable, type FakeHandler, type FakeServer } from "./server";

/**
 * A fake GitHub REST API (the part Kith reads): GET /users/{login}, GET /user/{id} (what GitHub
 * uses to follow renames), GET /users/{login}/events/public and /user/{id}/events/public with
 * page-based pagination and Link headers (GitHub's own next links use the /user/{id} form), at
 * most 300 events (a page beyond answers 422 as GitHub does). Every answer carries GitHub's
 * rate-limit headers (x-ratelimit-limit/remaining/reset/used/resource); an exhausted limit answers
 * 403 (or 429) with GitHub's body. Bodies carry ETag and Last-Modified (304 on a match) and the
 * events X-Poll-Interval. Avatars are served by the fake itself (/avatars/u/{id}) so nothing
 * reaches the internet; html_url fields point at https://github.com as the real ones do.
 *
 * Seeded by default (pass `{ seed: false }` for an empty fake), for the e2e runs:
 * - `sofia-lindqvist` (id 5550001): "Sofia Lindqvist", company "@kith-labs", blog "sofia-lindqvist.example/notes"
 *   (no scheme, as GitHub stores it), Twitter "sofia_builds", an emoji and HTML-looking text in the bio, and 8
 *   public events of the common kinds (push, create, issue, merged pull request, comment with a <script>, star,
 *   release, fork).
 * - `zhang-wei-42` (id 5550002): name "张伟", every optional field null or "" and no events.
 * Link them as `sofia-lindqvist` / `https://github.com/zhang-wei-42` with KITH_GITHUB_API_URL at the fake's origin.
 */

export interface FakeGitHubUser {
  id: number;
  login: string;
  type: "User" | "Organization";
  name: string | null;
  company: string | null;
  blog: string;
  location: string | null;
  email: string | null;
  hireable: boolean | null;
  bio: string | null;
  twitter_username: string | null;
  public_repos: number;
  followers: number;
  following: number;
  created_at: string;
  updated_at: string;
}

export interface FakeGitHubEvent {
  id: string;
  type: string;
  /** `owner/repo` */
  repo: string;
  payload: Record<string, unknown>;
  created_at: string;
}

export type NewEvent = Omit<FakeGitHubEvent, "id" | "created_at"> & { created_at?: string };

export interface FakeGitHubRateLimit {
  limit: number;
  remaining: number;
  /** Epoch seconds. */
  reset: number;
  /** The status an exhausted limit answers with: GitHub uses both. */
  status: 403 | 429;
}

export interface FakeGitHubState {
  users: FakeGitHubUser[];
  /** Events by user id, newest first. */
  events: Map<number, FakeGitHubEvent[]>;
  rateLimit: FakeGitHubRateLimit;
  pollIntervalSeconds: number;
  addUser(user: Partial<FakeGitHubUser> & { login: string }): FakeGitHubUser;
  /** Changes fields and bumps updated_at, as an edit on github.com does. */
  editUser(login: string, patch: Partial<Omit<FakeGitHubUser, "id">>): FakeGitHubUser;
  renameUser(login: string, newLogin: string): FakeGitHubUser;
  deleteUser(login: string): void;
  /** Adds an event as the newest, with the next id and (unless given) a created_at after the others. */
  addEvent(login: string, event: NewEvent): FakeGitHubEvent;
  /** The next requests get 403 (or 429) with remaining 0 until the reset, resetInSeconds from now. */
  exhaustRateLimit(options?: { resetInSeconds?: number; status?: 403 | 429 }): void;
  refillRateLimit(): void;
}

const GITHUB_WEB = "https://github.com";
const MAX_EVENTS = 300;
/** A 1×1 PNG. */
const AVATAR = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

const now = () => Math.floor(Date.now() / 1000);

function repoId(name: string): number {
  let hash = 7;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) % 900_000_000;
  return 100_000_000 + hash;
}

export function fakeGitHub(options: { seed?: boolean; rateLimit?: number; basePath?: string } = {}): { handler: FakeHandler; state: FakeGitHubState } {
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  let nextUserId = 5_550_001;
  let nextEventId = 41_000_000_000;
  let clock = Date.parse("2026-10-01T09:00:00Z");
  const limit = options.rateLimit ?? 5000;

  const find = (login: string) => state.users.find((user) => user.login.toLowerCase() === login.toLowerCase());
  const mustFind = (login: string) => {
    const user = find(login);
    if (!user) throw new Error(`fake GitHub has no user ${login}`);
    return user;
  };

  const state: FakeGitHubState = {
    users: [],
    events: new Map(),
    rateLimit: { limit, remaining: limit, reset: now() + 3600, status: 403 },
    pollIntervalSeconds: 60,
    addUser(user) {
      const created: FakeGitHubUser = {
        id: nextUserId++,
        type: "User",
        name: null,
        company: null,
        blog: "",
        location: null,
        email: null,
        hireable: null,
        bio: null,
        twitter_username: null,
        public_repos: 0,
        followers: 0,
        following: 0,
        created_at: "2019-03-02T10:11:12Z",
        updated_at: "2026-09-01T08:00:00Z",
        ...user,
      };
      state.users.push(created);
      state.events.set(created.id, []);
      return created;
    },
    editUser(login, patch) {
      const user = mustFind(login);
      const updatedAt = new Date(Math.max(Date.parse(user.updated_at) + 1000, Date.now())).toISOString().replace(/\.\d{3}Z$/, "Z");
      Object.assign(user, patch, { updated_at: patch.updated_at ?? updatedAt });
      return user;
    },
    renameUser(login, newLogin) {
      return state.editUser(login, { login: newLogin });
    },
    deleteUser(login) {
      const user = mustFind(login);
      state.users.splice(state.users.indexOf(user), 1);
      state.events.delete(user.id);
    },
    addEvent(login, event) {
      const user = mustFind(login);
      const list = state.events.get(user.id) ?? [];
      clock += 60_000;
      const created: FakeGitHubEvent = { ...event, id: String(nextEventId++), created_at: event.created_at ?? new Date(clock).toISOString().replace(/\.\d{3}Z$/, "Z") };
      list.unshift(created);
      state.events.set(user.id, list);
      return created;
    },
    exhaustRateLimit({ resetInSeconds = 3600, status = 403 } = {}) {
      Object.assign(state.rateLimit, { remaining: 0, reset: now() + resetInSeconds, status });
    },
    refillRateLimit() {
      Object.assign(state.rateLimit, { remaining: state.rateLimit.limit, reset: now() + 3600 });
    },
  };

  if (options.seed !== false) seed(state);

  function rateHeaders(): Record<string, string> {
    const rate = state.rateLimit;
    return {
      "x-ratelimit-limit": String(rate.limit),
      "x-ratelimit-remaining": String(rate.remaining),
      "x-ratelimit-reset": String(rate.reset),
      "x-ratelimit-used": String(rate.limit - rate.remaining),
      "x-ratelimit-resource": "core",
      "x-github-api-version-selected": "2022-11-28",
    };
  }

  function error(response: ServerResponse, status: number, message: string, documentation: string, extra: Record<string, string> = {}): void {
    const body = JSON.stringify({ message, documentation_url: documentation, status: String(status) });
    response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...rateHeaders(), ...extra }).end(body);
  }

  function userJson(user: FakeGitHubUser, api: string, origin: string): Record<string, unknown> {
    const self = `${api}/users/${user.login}`;
    return {
      login: user.login,
      id: user.id,
      node_id: Buffer.from(`04:User${user.id}`).toString("base64"),
      avatar_url: `${origin}${basePath}/avatars/u/${user.id}?v=4`,
      gravatar_id: "",
      url: self,
      html_url: `${GITHUB_WEB}/${user.login}`,
      followers_url: `${self}/followers`,
      following_url: `${self}/following{/other_user}`,
      gists_url: `${self}/gists{/gist_id}`,
      starred_url: `${self}/starred{/owner}{/repo}`,
      subscriptions_url: `${self}/subscriptions`,
      organizations_url: `${self}/orgs`,
      repos_url: `${self}/repos`,
      events_url: `${self}/events{/privacy}`,
      received_events_url: `${self}/received_events`,
      type: user.type,
      user_view_type: "public",
      site_admin: false,
      name: user.name,
      company: user.company,
      blog: user.blog,
      location: user.location,
      email: user.email,
      hireable: user.hireable,
      bio: user.bio,
      twitter_username: user.twitter_username,
      public_repos: user.public_repos,
      public_gists: 0,
      followers: user.followers,
      following: user.following,
      created_at: user.created_at,
      updated_at: user.updated_at,
    };
  }

  function eventJson(event: FakeGitHubEvent, user: FakeGitHubUser, api: string, origin: string): Record<string, unknown> {
    return {
      id: event.id,
      type: event.type,
      actor: { id: user.id, login: user.login, display_login: user.login, gravatar_id: "", url: `${api}/users/${user.login}`, avatar_url: `${origin}${basePath}/avatars/u/${user.id}?` },
      repo: { id: repoId(event.repo), name: event.repo, url: `${api}/repos/${event.repo}` },
      payload: event.payload,
      public: true,
      created_at: event.created_at,
    };
  }

  function sendEvents(request: IncomingMessage, response: ServerResponse, url: URL, user: FakeGitHubUser, api: string, origin: string, common: Record<string, string>): void {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get("per_page")) || 30));
    const page = Math.max(1, Number(url.searchParams.get("page")) || 1);
    if ((page - 1) * perPage >= MAX_EVENTS) {
      error(response, 422, "In order to keep the API fast for everyone, pagination is limited for this resource.", "https://docs.github.com/v3/#pagination");
      return;
    }
    const all = (state.events.get(user.id) ?? []).slice(0, MAX_EVENTS);
    const items = all.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const pageUrl = (n: number) => `<${api}/user/${user.id}/events/public?per_page=${perPage}&page=${n}>`;
    const links: string[] = [];
    if (page > 1) links.push(`${pageUrl(page - 1)}; rel="prev"`);
    if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
    if (page > 1) links.push(`${pageUrl(1)}; rel="first"`);
    const headers: Record<string, string> = { ...common, "x-poll-interval": String(state.pollIntervalSeconds) };
    if (links.length > 0) headers.link = links.join(", ");
    const newest = items[0];
    sendCacheable(request, response, JSON.stringify(items.map((event) => eventJson(event, user, api, origin))), "application/json; charset=utf-8", {
      headers,
      ...(newest ? { lastModified: new Date(newest.created_at) } : {}),
    });
  }

  const handler: FakeHandler = (request, response, url, server: FakeServer) => {
    if (request.method !== "GET" || !url.pathname.startsWith(`${basePath}/`)) return false;
    const path = url.pathname.slice(basePath.length);
    const api = `${server.origin}${basePath}`;

    const avatar = /^\/avatars\/u\/(\d+)$/.exec(path);
    if (avatar) {
      response.writeHead(200, { "content-type": "image/png", "cache-control": "max-age=300" }).end(AVATAR);
      return true;
    }
    const byLogin = /^\/users\/([^/]+)(\/events\/public)?\/?$/.exec(path);
    const byId = /^\/user\/(\d+)(\/events\/public)?\/?$/.exec(path);
    if (!byLogin && !byId) return false;

    const rate = state.rateLimit;
    if (rate.reset <= now()) state.refillRateLimit();
    if (rate.remaining <= 0) {
      const who = request.headers.authorization ? "user ID 1" : (request.socket.remoteAddress ?? "127.0.0.1").replace(/^::ffff:/, "");
      const more = request.headers.authorization ? "" : " (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)";
      error(response, rate.status, `API rate limit exceeded for ${who}.${more}`, "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting");
      return true;
    }
    rate.remaining--;

    const events = Boolean(byLogin?.[2] ?? byId?.[2]);
    const user = byLogin ? find(decodeURIComponent(byLogin[1] ?? "")) : state.users.find((candidate) => String(candidate.id) === byId?.[1]);
    if (!user) {
      const docs = events ? "https://docs.github.com/rest/activity/events#list-public-events-for-a-user" : "https://docs.github.com/rest/users/users#get-a-user";
      error(response, 404, "Not Found", docs);
      return true;
    }
    const common: Record<string, string> = {
      ...rateHeaders(),
      "cache-control": request.headers.authorization ? "private, max-age=60, s-maxage=60" : "public, max-age=60, s-maxage=60",
      vary: "Accept, Authorization, Cookie, X-GitHub-OTP",
      "x-github-media-type": "github.v3; format=json",
    };
    if (events) {
      sendEvents(request, response, url, user, api, server.origin, common);
      return true;
    }
    sendCacheable(request, response, JSON.stringify(userJson(user, api, server.origin)), "application/json; charset=utf-8", { headers: common, lastModified: new Date(user.updated_at) });
    return true;
  };

  return { handler, state };
}

function seed(state: FakeGitHubState): void {
  state.addUser({
    login: "sofia-lindqvist",
    name: "Sofia Lindqvist",
    company: "@kith-labs",
    blog: "sofia-lindqvist.example/notes",
    location: "Göteborg, Sverige",
    bio: "Builds small tools 🛠️ for <people> & plain text. Mostly TypeScript.",
    twitter_username: "sofia_builds",
    public_repos: 23,
    followers: 148,
    following: 31,
  });
  state.addUser({ login: "zhang-wei-42", name: "张伟", blog: "" });

  const sofia = "sofia-lindqvist";
  state.addEvent(sofia, { type: "CreateEvent", repo: "sofia-lindqvist/plain-notes", payload: { ref: null, ref_type: "repository", master_branch: "main", description: "Notes in plain text files ✍️", pusher_type: "user" } });
  state.addEvent(sofia, {
    type: "PushEvent",
    repo: "sofia-lindqvist/plain-notes",
    payload: {
      repository_id: 700100200,
      push_id: 20011002003,
      size: 2,
      distinct_size: 2,
      ref: "refs/heads/main",
      head: "9b2f6a0c1d3e4f5a6b7c8d9e0f1a2b3c4d5e6f70",
      before: "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d",
      commits: [
        { sha: "5d6e7f8091a2b3c4d1a2b3c4d5e6f708192a3b4c", author: { email: "sofia@sofia-lindqvist.example", name: "Sofia Lindqvist" }, message: "Add search\n\nIndexes titles too.", distinct: true, url: "https://api.github.com/repos/sofia-lindqvist/plain-notes/commits/5d6e7f8091a2b3c4d1a2b3c4d5e6f708192a3b4c" },
        { sha: "9b2f6a0c1d3e4f5a6b7c8d9e0f1a2b3c4d5e6f70", author: { email: "sofia@sofia-lindqvist.example", name: "Sofia Lindqvist" }, message: "Fix the å/ä/ö sorting", distinct: true, url: "https://api.github.com/repos/sofia-lindqvist/plain-notes/commits/9b2f6a0c1d3e4f5a6b7c8d9e0f1a2b3c4d5e6f70" },
      ],
    },
  });
  state.addEvent(sofia, { type: "WatchEvent", repo: "marek-nowak/tiny-calendar", payload: { action: "started" } });
  state.addEvent(sofia, {
    type: "IssuesEvent",
    repo: "marek-nowak/tiny-calendar",
    payload: { action: "opened", issue: { number: 12, title: "Week numbers are off by one in January", html_url: "https://github.com/marek-nowak/tiny-calendar/issues/12", state: "open", body: "Steps:\r\n1. Open January 2027\r\n2. Week 53 shows twice" } },
  });
  state.addEvent(sofia, {
    type: "IssueCommentEvent",
    repo: "marek-nowak/tiny-calendar",
    payload: {
      action: "created",
      issue: { number: 12, title: "Week numbers are off by one in January", html_url: "https://github.com/marek-nowak/tiny-calendar/issues/12" },
      comment: { html_url: "https://github.com/marek-nowak/tiny-calendar/issues/12#issuecomment-2400000001", body: "Repro attached <script>alert('hi')</script> 🙏" },
    },
  });
  state.addEvent(sofia, {
    type: "PullRequestEvent",
    repo: "marek-nowak/tiny-calendar",
    payload: { action: "closed", number: 13, pull_request: { number: 13, title: "Use ISO weeks", html_url: "https://github.com/marek-nowak/tiny-calendar/pull/13", merged: true, merged_at: "2026-10-01T09:06:00Z" } },
  });
  state.addEvent(sofia, { type: "ForkEvent", repo: "kith-labs/handbook", payload: { forkee: { full_name: "sofia-lindqvist/handbook", html_url: "https://github.com/sofia-lindqvist/handbook" } } });
  state.addEvent(sofia, {
    type: "ReleaseEvent",
    repo: "sofia-lindqvist/plain-notes",
    payload: { action: "published", release: { tag_name: "v1.2.0", name: "v1.2.0", html_url: "https://github.com/sofia-lindqvist/plain-notes/releases/tag/v1.2.0", body: "Search, and better sorting." } },
  });
}
