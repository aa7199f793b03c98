import { readFileSync } from "node:fs";
import { sendCacheable, type FakeHandler } from "./server";

/**
 * Personal websites for tests and end-to-end runs: plain HTML pages at paths, with h-card,
 * rel=me and feed autodiscovery, served with ETags (304 on If-None-Match) like any static host.
 * A page asked for without its trailing slash is redirected (301) to it, as static hosts do.
 *
 * The default seed (pass `{ seed: false }` for an empty site):
 * - `/sites/ana/`: Ana Lima's homepage. h-card: name "Ana Lima", org "Acme" (nested h-card),
 *   job-title "Engineer", locality "Lisbon", photo `/sites/ana/avatar.svg`, a bio with HTML and 🍞.
 *   rel=me links: `/elsewhere/ana-links-back/` (links back: verified), `/elsewhere/ana-no-link/`
 *   (does not link back: not verified) and `<origin>/@ana`, which this fake does NOT serve: it
 *   is suggested as the Mastodon account `@ana@<host>`, verified only if whatever serves `/@ana`
 *   (the Mastodon fake, say) has a rel=me link back to `<origin>/sites/ana/`.
 *   `<link rel=alternate type=application/rss+xml>` to `/sites/ana/feed.xml`, served here.
 * - `/elsewhere/ana-links-back/`, `/elsewhere/ana-no-link/`: those two profile pages.
 *
 * In a page body, `{{origin}}` becomes the server's origin (`http://127.0.0.1:PORT`).
 */

export interface FakePage {
  body: string;
  /** 200 by default; any other status is sent as is, without ETag. */
  status?: number;
  contentType?: string;
  lastModified?: Date;
}

export interface FakeWebsiteState {
  /** Pages by path (no query). Tests add, edit and delete them freely. */
  pages: Map<string, FakePage>;
}

/** A fixture page from e2e/fake-sources/fixtures/website/ (with `{{origin}}` left in). */
export function websiteFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/website/${name}`, import.meta.url), "utf8");
}

/** An HTML page (200) from a body. */
export function htmlPage(body: string): FakePage {
  return { body, contentType: "text/html; charset=utf-8" };
}

/** A bare profile page elsewhere whose rel=me links are `links` (absolute, or with `{{origin}}`). */
export function profilePage(name: string, links: string[]): FakePage {
  const items = links.map((link) => `<li><a rel="me nofollow noopener" href="${link}">${link}</a></li>`).join("\n");
  return htmlPage(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${name}</title></head><body><h1>${name}</h1><ul>${items}</ul></body></html>`);
}

const AVATAR_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" fill="#2f6f6a"/><text x="32" y="41" font-size="26" text-anchor="middle" fill="#fff" font-family="sans-serif">AL</text></svg>`;

const ANA_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Ana Lima</title>
    <link>{{origin}}/sites/ana/</link>
    <description>Notes from Lisbon</description>
    <item>
      <title>Bread, again</title>
      <link>{{origin}}/sites/ana/notes/bread</link>
      <guid>{{origin}}/sites/ana/notes/bread</guid>
      <pubDate>Mon, 03 Jun 2024 09:00:00 GMT</pubDate>
      <description>&lt;p&gt;A new sourdough 🍞&lt;/p&gt;</description>
    </item>
  </channel>
</rss>
`;

function seedPages(): Map<string, FakePage> {
  return new Map<string, FakePage>([
    ["/sites/ana/", htmlPage(websiteFixture("ana-home.html"))],
    ["/sites/ana/avatar.svg", { body: AVATAR_SVG, contentType: "image/svg+xml" }],
    ["/sites/ana/feed.xml", { body: ANA_FEED, contentType: "application/rss+xml; charset=utf-8", lastModified: new Date("2024-06-03T09:00:00Z") }],
    ["/elsewhere/ana-links-back/", htmlPage(websiteFixture("elsewhere-links-back.html"))],
    ["/elsewhere/ana-no-link/", htmlPage(websiteFixture("elsewhere-no-link.html"))],
  ]);
}

export function fakeWebsite(options: { seed?: boolean } = {}): { handler: FakeHandler; state: FakeWebsiteState } {
  const state: FakeWebsiteState = { pages: options.seed === false ? new Map() : seedPages() };

  const handler: FakeHandler = (request, response, url, server) => {
    if (request.method !== "GET" && request.method !== "HEAD") return false;
    const page = state.pages.get(url.pathname);
    if (!page) {
      if (url.pathname.endsWith("/") || !state.pages.has(`${url.pathname}/`)) return false;
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return true;
    }
    const body = page.body.replaceAll("{{origin}}", server.origin);
    const contentType = page.contentType ?? "text/html; charset=utf-8";
    if ((page.status ?? 200) !== 200) {
      response.writeHead(page.status ?? 200, { "content-type": contentType }).end(body);
      return true;
    }
    sendCacheable(request, response, body, contentType, page.lastModified ? { lastModified: page.lastModified } : {});
    return true;
  };

  return { handler, state };
}
