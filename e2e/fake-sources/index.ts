import { fakeBluesky } from "./bluesky";
import { fakeFeeds } from "./feeds";
import { fakeGitHub } from "./github";
import { fakeMastodon } from "./mastodon";
import { startFakeServer, type FakeHandler, type FakeServer } from "./server";
import { fakeWebsite } from "./website";

export interface FakeSources {
  server: FakeServer;
  mastodon: ReturnType<typeof fakeMastodon>["state"];
  bluesky: ReturnType<typeof fakeBluesky>["state"];
  github: ReturnType<typeof fakeGitHub>["state"];
  feeds: ReturnType<typeof fakeFeeds>["state"];
  website: ReturnType<typeof fakeWebsite>["state"];
}

// A 1×1 teal PNG, for every avatar and image URL the payloads point at, so pages that show them load.
const PIXEL = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkKPlfDwAEIgHRnOeXGQAAAABJRU5ErkJggg==", "base64");
const images: FakeHandler = (request, response, url) => {
  if (!/\.(png|jpe?g|gif|webp|svg)$/i.test(url.pathname)) return false;
  response.writeHead(200, { "content-type": "image/png", "cache-control": "max-age=3600" }).end(PIXEL);
  return true;
};

/**
 * Every fake API on one server (their paths do not overlap), each with its default seed: what the
 * end-to-end runs and the benchmark link to. Point Kith at it with KITH_ALLOW_PRIVATE_NETWORK=1,
 * KITH_BLUESKY_APPVIEW_URL and KITH_GITHUB_API_URL set to its origin.
 */
export async function startFakeSources({ port = 0 }: { port?: number } = {}): Promise<FakeSources> {
  const mastodon = fakeMastodon();
  const bluesky = fakeBluesky();
  const github = fakeGitHub();
  const feeds = fakeFeeds();
  const website = fakeWebsite();
  const server = await startFakeServer([mastodon.handler, bluesky.handler, github.handler, feeds.handler, website.handler, images], { port });
  return { server, mastodon: mastodon.state, bluesky: bluesky.state, github: github.state, feeds: feeds.state, website: website.state };
}
