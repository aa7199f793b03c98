import { describe, expect, it } from "vitest";
import { loadVector, VECTOR_NAMES } from "./fixtures";
import { summarize, tieAttributes, type TieAttributes } from "./tie-attributes";
import { NetworkInputError, type NetworkNode } from "./types";

const vectors = VECTOR_NAMES.map((name) => [name, loadVector(name)] as const);

function expectRelativelyClose(actual: number | null | undefined, expected: number | null) {
  if (expected === null) return expect(actual).toBeNull();
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe("tieAttributes against the NetworkX vectors", () => {
  it("has vectors to check, all on the IUGG radius", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(9);
    for (const [, vector] of vectors) expect(vector.earth_radius_km).toBe(6371.0088);
  });

  for (const [name, vector] of vectors) {
    it(name, () => {
      const actual = tieAttributes(vector.nodes, vector.ego, vector.reference_date);
      expect(Object.keys(actual).sort()).toEqual(Object.keys(vector.tie_attributes).sort());
      for (const [alter, expected] of Object.entries(vector.tie_attributes as unknown as Record<string, TieAttributes>)) {
        expect(actual[alter]?.duration_days).toBe(expected.duration_days);
        expect(actual[alter]?.multiplexity).toBe(expected.multiplexity);
        expectRelativelyClose(actual[alter]?.duration_years, expected.duration_years);
        expectRelativelyClose(actual[alter]?.distance_km, expected.distance_km);
      }
    });
  }
});

describe("tieAttributes", () => {
  const ego: NetworkNode = { id: "E", lat: 0, lon: 0 };

  it("counts calendar days across a leap day and distinct contexts", () => {
    const result = tieAttributes([ego, { id: "a", tie_since: "2024-02-28", tie_contexts: ["work", "work", "family"] }], "E", "2024-03-01");
    // 28 Feb -> 29 Feb -> 1 Mar: two days.
    expect(result.a).toEqual({ duration_days: 2, duration_years: 2 / 365.2425, multiplexity: 2, distance_km: null });
  });

  it("measures the haversine distance on the 6371.0088 km sphere", () => {
    const result = tieAttributes([ego, { id: "a", lat: 0, lon: 180 }], "E", "2025-01-01");
    // Antipodes: half the circumference.
    expect(result.a?.distance_km).toBeCloseTo(6371.0088 * Math.PI, 9);
  });

  it("is null where the facts are unknown, including a located alter when the ego has no location", () => {
    const result = tieAttributes([{ id: "E" }, { id: "a", lat: 10, lon: 10, tie_since: null, tie_contexts: null }], "E", "2025-01-01");
    expect(result).toEqual({ a: { duration_days: null, duration_years: null, multiplexity: null, distance_km: null } });
  });

  it("counts an empty context list as zero contexts", () => {
    expect(tieAttributes([ego, { id: "a", tie_contexts: [] }], "E", "2025-01-01").a?.multiplexity).toBe(0);
  });

  it("rejects dates that are not calendar dates and an ego missing from the nodes", () => {
    expect(() => tieAttributes([ego], "E", "2025-02-30")).toThrow(NetworkInputError);
    expect(() => tieAttributes([ego, { id: "a", tie_since: "2020-1-5" }], "E", "2025-01-01")).toThrow('tie_since of "a" "2020-1-5" is not a YYYY-MM-DD calendar date');
    expect(() => tieAttributes([ego], "X", "2025-01-01")).toThrow(NetworkInputError);
  });
});

describe("summarize", () => {
  it("gives the five figures over the known values, the median of an even count being the mean of the middle two", () => {
    expect(summarize([4, null, 1, 3, 2])).toEqual({ count: 4, missing: 1, min: 1, median: 2.5, mean: 2.5, max: 4 });
    expect(summarize([5, 1, 9])).toEqual({ count: 3, missing: 0, min: 1, median: 5, mean: 5, max: 9 });
  });

  it("is null when nothing is known", () => {
    expect(summarize([null, null])).toEqual({ count: 0, missing: 2, min: null, median: null, mean: null, max: null });
    expect(summarize([])).toEqual({ count: 0, missing: 0, min: null, median: null, mean: null, max: null });
  });

  it("does not reorder the caller's array", () => {
    const values = [3, 1, 2];
    summarize(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
