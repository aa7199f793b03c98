const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Politeness per host within this process: requests to one host are spaced at least
 * minIntervalMs apart, and a host that asked us to wait (429, Retry-After, an exhausted
 * rate limit) gets nothing until then. Waits longer than maxWaitMs are not slept through:
 * wait() throws HostBlockedError so the job is retried later instead of holding a worker.
 */
export class HostBlockedError extends Error {
  override name = "HostBlockedError";
  constructor(
    readonly host: string,
    readonly retryAfterMs: number,
  ) {
    super(`${host} asked Kith to wait; trying again in ${Math.ceil(retryAfterMs / 1000)} s`);
  }
}

export interface HostPacerOptions {
  minIntervalMs?: number;
  maxWaitMs?: number;
  now?: () => number;
}

export class HostPacer {
  private readonly nextSlot = new Map<string, number>();
  private readonly blockedUntil = new Map<string, number>();
  private readonly minIntervalMs: number;
  private readonly maxWaitMs: number;
  private readonly now: () => number;

  constructor(options: HostPacerOptions = {}) {
    this.minIntervalMs = options.minIntervalMs ?? 250;
    this.maxWaitMs = options.maxWaitMs ?? 5_000;
    this.now = options.now ?? Date.now;
  }

  /** Resolves when a request to host may be sent; reserves that slot. */
  async wait(host: string): Promise<void> {
    const now = this.now();
    const blocked = this.blockedUntil.get(host) ?? 0;
    if (blocked > now + this.maxWaitMs) throw new HostBlockedError(host, blocked - now);
    const slot = Math.max(now, blocked, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.minIntervalMs);
    if (slot > now) await sleep(slot - now);
  }

  /** No requests to host for the next ms milliseconds. */
  block(host: string, ms: number): void {
    const until = this.now() + ms;
    if (until > (this.blockedUntil.get(host) ?? 0)) this.blockedUntil.set(host, until);
  }
}

/** The process's pacer, shared by every sync running in it. */
export const hostPacer = new HostPacer();
