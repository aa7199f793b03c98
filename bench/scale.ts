// How much data the benchmark seeds and how long it measures: `full` is the product's target
// scale, `small` a smoke run for CI (under two minutes) that keeps every part of the benchmark
// working without its numbers meaning much.

export interface Scale {
  name: "small" | "full";
  /** The heavy user's data. */
  contacts: number;
  ties: number;
  interactions: number;
  sources: number;
  posts: number;
  /** Other users beside them, each with this many contacts: every query must use its owner index. */
  otherUsers: number;
  otherContacts: number;
  /** The in-process sources benchmark: unchanged feeds resynced, and posts applied. */
  resyncSources: number;
  appliedPosts: number;
  /** Load per HTTP route, in seconds. */
  warmUpSeconds: number;
  durationSeconds: number;
  /** Runs whose median is reported, in process and in the browser. */
  runs: number;
}

export const SCALES: Record<Scale["name"], Scale> = {
  full: {
    name: "full",
    contacts: 5_000,
    ties: 50_000,
    interactions: 100_000,
    sources: 2_000,
    posts: 200_000,
    otherUsers: 200,
    otherContacts: 200,
    resyncSources: 1_000,
    appliedPosts: 20_000,
    warmUpSeconds: 3,
    durationSeconds: 10,
    runs: 5,
  },
  small: {
    name: "small",
    contacts: 300,
    ties: 1_500,
    interactions: 2_000,
    sources: 60,
    posts: 3_000,
    otherUsers: 5,
    otherContacts: 20,
    resyncSources: 50,
    appliedPosts: 1_000,
    warmUpSeconds: 1,
    durationSeconds: 2,
    runs: 1,
  },
};
