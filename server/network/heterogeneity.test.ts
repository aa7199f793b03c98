import { describe, expect, it } from "vitest";
import { loadVector, VECTOR_NAMES } from "./fixtures";
import { heterogeneity, observedDomain, type Heterogeneity } from "./heterogeneity";
import { NetworkInputError } from "./types";

function expectRelativelyClose(actual: number | null, expected: number | null) {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe("heterogeneity against the NetworkX vectors", () => {
  it("has vectors to check", () => expect(VECTOR_NAMES.length).toBeGreaterThanOrEqual(9));

  for (const name of VECTOR_NAMES) {
    for (const attribute of ["industry", "city", "tie_type"] as const) {
      it(`${name}: ${attribute}`, () => {
        const vector = loadVector(name);
        const expected = vector.heterogeneity[attribute] as unknown as Heterogeneity;
        const values = vector.nodes.filter((node) => !node.is_ego).map((node) => node[attribute]);
        const actual = heterogeneity(values, expected.domain);
        expect(actual.domain).toEqual(expected.domain);
        expect({ K: actual.K, n_valid: actual.n_valid, n_missing: actual.n_missing, k_observed: actual.k_observed }).toEqual({
          K: expected.K,
          n_valid: expected.n_valid,
          n_missing: expected.n_missing,
          k_observed: expected.k_observed,
        });
        expect(Object.entries(actual.counts)).toEqual(Object.entries(expected.counts));
        for (const field of ["blau", "iqv", "shannon_nats", "shannon_bits", "shannon_normalized"] as const) {
          expectRelativelyClose(actual[field], expected[field]);
        }
      });
    }
  }
});

describe("heterogeneity", () => {
  it("computes Blau, IQV and entropy by hand on an even split", () => {
    // Two of three categories, two each: p = 1/2, 1/2. Blau = 1 - 1/2 = 0.5; IQV = 0.5 x 3/2 = 0.75;
    // H = ln 2 nats = 1 bit; normalised by ln 3.
    const result = heterogeneity(["a", "b", null, "a", "b", undefined], ["a", "b", "c"]);
    expect(result).toMatchObject({ K: 3, n_valid: 4, n_missing: 2, counts: { a: 2, b: 2, c: 0 }, k_observed: 2, blau: 0.5, iqv: 0.75 });
    expect(result.shannon_nats).toBeCloseTo(Math.LN2, 15);
    expect(result.shannon_bits).toBeCloseTo(1, 15);
    expect(result.shannon_normalized).toBeCloseTo(Math.LN2 / Math.log(3), 15);
  });

  it("is null throughout when no value is known, and zero (not negative zero) for a single category", () => {
    expect(heterogeneity([null, null], ["a", "b"])).toMatchObject({ n_valid: 0, n_missing: 2, blau: null, iqv: null, shannon_nats: null, shannon_bits: null, shannon_normalized: null });
    const uniform = heterogeneity(["a", "a"], ["a", "b"]);
    expect(Object.is(uniform.shannon_nats, 0)).toBe(true);
    expect(uniform).toMatchObject({ blau: 0, iqv: 0, shannon_normalized: 0 });
  });

  it("leaves IQV and normalised entropy undefined for a one-category domain", () => {
    expect(heterogeneity(["a"], ["a"])).toMatchObject({ K: 1, blau: 0, iqv: null, shannon_nats: 0, shannon_normalized: null });
  });

  it("rejects a value outside the domain, naming it and the domain", () => {
    expect(() => heterogeneity(["tech", "farming"], ["tech", "law"])).toThrow(NetworkInputError);
    expect(() => heterogeneity(["tech", "farming"], ["tech", "law"])).toThrow('value "farming" is not in the domain [tech, law]');
  });

  it("rejects a domain that lists a category twice", () => {
    expect(() => heterogeneity([], ["tech", "tech"])).toThrow(NetworkInputError);
  });
});

describe("observedDomain", () => {
  it("lists the distinct known values, sorted", () => {
    expect(observedDomain(["Paris", null, "Berlin", "Paris", undefined])).toEqual(["Berlin", "Paris"]);
    expect(observedDomain([null])).toEqual([]);
  });

  it("makes every value valid, so the heterogeneity of an open vocabulary never throws", () => {
    const cities = ["Rome", "Oslo", null, "Rome"];
    expect(heterogeneity(cities, observedDomain(cities))).toMatchObject({ K: 2, k_observed: 2, counts: { Oslo: 1, Rome: 2 } });
  });
});
