// Every benchmark, one after another: search, then linked sources. Exits non-zero if any misses its target.
await import("./search");
await import("./sources");
export {};
