// Every benchmark, one after another: search, linked sources, the feed. Exits non-zero if any misses its target.
await import("./search");
await import("./sources");
await import("./feed");
export {};
