// Every benchmark, one after another: search, linked sources, the feed (queries), network measures,
// the Network page in a browser, then the feed over HTTP against the production server. Exits non-zero if any misses its target.
await import("./search");
await import("./sources");
await import("./feed");
await import("./network");
await import("./network-page");
await import("./http");
export {};
