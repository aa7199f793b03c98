import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HostBlockedError, HostPacer } from "./host-pacer";

/** Whether the promise has settled after the microtasks queued so far have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("HostPacer", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2025-03-01T12:00:00Z") });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const pacer = (options: { minIntervalMs?: number; maxWaitMs?: number } = {}) => new HostPacer({ ...options, now: () => Date.now() });

  it("lets the first request to a host go at once and spaces the next ones minIntervalMs apart", async () => {
    const host = pacer({ minIntervalMs: 250 });
    expect(await settled(host.wait("example.com"))).toBe(true);
    const second = host.wait("example.com");
    const third = host.wait("example.com");
    expect(await settled(second)).toBe(false);
    await vi.advanceTimersByTimeAsync(249);
    expect(await settled(second)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(second)).toBe(true);
    expect(await settled(third)).toBe(false);
    await vi.advanceTimersByTimeAsync(250);
    expect(await settled(third)).toBe(true);
  });

  it("does not hold back a request when the interval has already passed", async () => {
    const host = pacer({ minIntervalMs: 250 });
    await host.wait("example.com");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await settled(host.wait("example.com"))).toBe(true);
  });

  it("paces each host on its own", async () => {
    const host = pacer({ minIntervalMs: 1_000 });
    await host.wait("mastodon.example");
    expect(await settled(host.wait("api.github.com"))).toBe(true);
    expect(await settled(host.wait("bsky.example"))).toBe(true);
    expect(await settled(host.wait("mastodon.example"))).toBe(false);
  });

  it("holds requests to a blocked host until the block ends when that is within maxWaitMs", async () => {
    const host = pacer({ minIntervalMs: 0, maxWaitMs: 5_000 });
    host.block("example.com", 3_000);
    const waiting = host.wait("example.com");
    await vi.advanceTimersByTimeAsync(2_999);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
  });

  it("refuses at once, with the time left, when a host is blocked beyond maxWaitMs", async () => {
    const host = pacer({ maxWaitMs: 5_000 });
    host.block("api.github.com", 60_000);
    const first = await rejection(host.wait("api.github.com"));
    expect(first).toBeInstanceOf(HostBlockedError);
    expect(first).toMatchObject({ host: "api.github.com", retryAfterMs: 60_000, message: "api.github.com asked Kith to wait; trying again in 60 s" });

    await vi.advanceTimersByTimeAsync(40_500);
    expect(await rejection(host.wait("api.github.com"))).toMatchObject({ retryAfterMs: 19_500, message: "api.github.com asked Kith to wait; trying again in 20 s" });

    // Within maxWaitMs of the end it waits instead, then goes.
    await vi.advanceTimersByTimeAsync(15_000);
    const waiting = host.wait("api.github.com");
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(4_500);
    expect(await settled(waiting)).toBe(true);
  });

  it("keeps the longer of two blocks and leaves other hosts alone", async () => {
    const host = pacer({ maxWaitMs: 1_000 });
    host.block("example.com", 60_000);
    host.block("example.com", 10_000);
    expect(await rejection(host.wait("example.com"))).toMatchObject({ retryAfterMs: 60_000 });
    expect(await settled(host.wait("other.example"))).toBe(true);
  });
});
