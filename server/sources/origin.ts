import { isIP } from "node:net";
import type { SourcesConfig } from "./types";

/**
 * The origin to reach a bare host on (`example.social`, `127.0.0.1:4100`): https, except that
 * with KITH_ALLOW_PRIVATE_NETWORK (tests, local experiments) an IP literal or localhost is
 * reached over plain http, as a local fake server speaks it.
 */
export function originOf(host: string, config: Pick<SourcesConfig, "allowPrivateNetwork">): string {
  const name = host.replace(/:\d+$/, "").replace(/^\[(.*)\]$/, "$1");
  const local = name === "localhost" || isIP(name) !== 0;
  return `${config.allowPrivateNetwork && local ? "http" : "https"}://${host}`;
}

/** An absolute http(s) URL from what a user typed (`example.com/blog` gets https://), or undefined. */
export function parseWebUrl(input: string): URL | undefined {
  const trimmed = input.trim();
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (!URL.canParse(withScheme)) return undefined;
  const url = new URL(withScheme);
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname.includes(".") && url.hostname !== "localhost" && isIP(url.hostname.replace(/^\[(.*)\]$/, "$1")) === 0) return undefined;
  url.hash = "";
  return url;
}
