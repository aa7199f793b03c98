// Every benchmark, one after another: search, linked sources, the feed (queries), network measures,
// then the feed over HTTP against the production server. Exits non-zero if any misses its target.
await import("./search");
await import("./sources");
await import("./feed");
await import("./network");
await import("./http");
export {};
