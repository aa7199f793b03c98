import { describe, expect, it } from "vitest";
import { identifyProfileUrl } from "./identify";

describe("identifyProfileUrl", () => {
  it.each([
    ["https://github.com/ana-lima", "ana-lima"],
    ["https://github.com/ana-lima/", "ana-lima"],
    ["http://github.com/AnaLima", "AnaLima"],
    ["https://www.github.com/ana-lima?tab=repositories", "ana-lima"],
    ["https://github.com/ana-lima#top", "ana-lima"],
  ])("recognises the GitHub profile %s", (url, login) => {
    expect(identifyProfileUrl(url)).toEqual({ kind: "github", input: login });
  });

  it.each([
    "https://github.com/",
    "https://github.com/orgs/acme",
    "https://github.com/orgs/acme/people",
    "https://github.com/ana-lima/kith",
    "https://github.com/ana-lima/kith/issues/1",
    "https://github.com/sponsors/ana-lima",
    "https://github.com/features",
    "https://github.com/settings",
    "https://github.com/-ana",
    "https://github.com/ana--lima",
    "https://gist.github.com/ana-lima",
  ])("rejects the GitHub page %s that is not a person", (url) => {
    expect(identifyProfileUrl(url)).toBeUndefined();
  });

  it.each([
    ["https://bsky.app/profile/ana.bsky.social", "ana.bsky.social"],
    ["https://bsky.app/profile/Ana.Example/", "ana.example"],
    ["https://bsky.app/profile/ana.example?ref=homepage", "ana.example"],
    ["https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur", "did:plc:z72i7hdynmk6r22z27h6tvur"],
  ])("recognises the Bluesky profile %s", (url, handle) => {
    expect(identifyProfileUrl(url)).toEqual({ kind: "bluesky", input: handle });
  });

  it.each([
    "https://bsky.app/",
    "https://bsky.app/profile",
    "https://bsky.app/profile/ana.bsky.social/post/3k2abc",
    "https://bsky.app/profile/ana",
    "https://bsky.app/search?q=ana",
  ])("rejects the Bluesky page %s that is not a profile", (url) => {
    expect(identifyProfileUrl(url)).toBeUndefined();
  });

  it.each([
    ["https://example.social/@ana", "@ana@example.social"],
    ["https://Example.Social/@ana/", "@ana@example.social"],
    ["https://example.social/users/ana_lima", "@ana_lima@example.social"],
    ["https://example.social/@ana?lang=pt", "@ana@example.social"],
    ["https://example.social/@ana@other.example", "@ana@other.example"],
    ["http://127.0.0.1:4100/@ana", "@ana@127.0.0.1:4100"],
  ])("takes %s for a fediverse account", (url, handle) => {
    expect(identifyProfileUrl(url)).toEqual({ kind: "mastodon", input: handle });
  });

  it.each([
    "https://example.social/@ana/110123456789",
    "https://example.social/users/ana/statuses/1",
    "https://example.social/@",
    "https://example.social/@a@b@c",
    "https://medium.com/@ana",
    "https://www.youtube.com/@ana",
  ])("does not take %s for a fediverse account", (url) => {
    expect(identifyProfileUrl(url)).toBeUndefined();
  });

  it.each([
    "https://ana.example/",
    "https://ana.example/about",
    "https://www.linkedin.com/in/ana-lima",
    "mailto:ana@ana.example",
    "xmpp://ana@ana.example",
    "not a url",
    "",
    "https://user:secret@example.social/@ana",
  ])("gives nothing for %s", (url) => {
    expect(identifyProfileUrl(url)).toBeUndefined();
  });
});
