import { describe, expect, it } from "vitest";
import type { Place } from "@/db/schema/vocabulary";
import {
  duration,
  frequency,
  haversineKm,
  multiplexity,
  proximity,
  reciprocity,
  reciprocityReading,
  recency,
  scoring,
  strengthBand,
  summarizeInteractions,
  tieStrength,
  tieStrengthScore,
  type InteractionSummary,
  type TieFacts,
} from "./compute";

const now = new Date("2025-06-15T12:00:00Z");
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

const place = (id: string, name: string, region: string | null, countryCode: string, latitude: number, longitude: number): Place => ({
  id,
  name,
  region,
  countryCode,
  country: countryCode,
  latitude,
  longitude,
});
const lisbon = place("2267057", "Lisbon", "Lisbon", "PT", 38.71667, -9.13333);
const amadora = place("2271772", "Amadora", "Lisbon", "PT", 38.75972, -9.23083);
const ericeira = place("2268339", "Ericeira", "Lisbon", "PT", 38.96275, -9.41563);
const porto = place("2735943", "Porto", "Porto", "PT", 41.14961, -8.61099);
const madrid = place("3117735", "Madrid", "Madrid", "ES", 40.4165, -3.70256);

const noInteractions: InteractionSummary = { count: 0, firstAt: null, lastAt: null, lastYearCount: 0, initiators: { me: 0, them: 0, mutual: 0 }, contexts: [] };

describe("frequency", () => {
  it("counts the interactions in the 365 days up to now, not those exactly 365 days ago or later than now", () => {
    const at = [now, daysAgo(1), daysAgo(364.99), daysAgo(365), daysAgo(400), new Date(now.getTime() + 1000)];
    // now, 1 day ago and 364.99 days ago are inside (now - 365 days, now]: 3.
    expect(frequency(at, now)).toBe(3);
    expect(frequency([], now)).toBe(0);
  });
});

describe("summarizeInteractions", () => {
  it("adds up counts, first and last dates, initiators and distinct contexts, ignoring interactions after now", () => {
    const summary = summarizeInteractions(
      [
        { occurredAt: daysAgo(3), contexts: ["work", "learning"], initiator: "them" },
        { occurredAt: daysAgo(500), contexts: ["work"], initiator: "me" },
        { occurredAt: daysAgo(40), contexts: [], initiator: "mutual" },
        { occurredAt: new Date(now.getTime() + DAY), contexts: ["family"], initiator: "them" },
      ],
      now,
    );
    expect(summary).toEqual({
      count: 3,
      firstAt: daysAgo(500),
      lastAt: daysAgo(3),
      lastYearCount: 2,
      initiators: { me: 1, them: 1, mutual: 1 },
      contexts: ["work", "learning"],
    });
    expect(summarizeInteractions([], now)).toEqual(noInteractions);
  });
});

describe("duration", () => {
  it("counts from known since: 2019-03-14 to 2025-06-15 is 6 whole years and 2,285 days", () => {
    // 2019-03-14 to 2025-03-14: 6 x 365 + 2 leap days (2020, 2024) = 2192;
    // then March 14 -> 31 (17) + April (30) + May (31) + June 1 -> 15 (15) = 93; 2192 + 93 = 2285.
    // Months: 6 x 12 + (6 - 3) = 75.
    expect(duration("2019-03-14", daysAgo(10), now)).toEqual({ since: "2019-03-14", source: "known_since", days: 2285, months: 75, years: 6 });
  });

  it("falls back to the first interaction, and is null with neither", () => {
    // 2025-06-15T12:00Z - 45 days = 2025-05-01T12:00Z: 1 whole month (May 1 -> June 1; June 15 >= 1).
    expect(duration(null, daysAgo(45), now)).toEqual({ since: "2025-05-01", source: "first_interaction", days: 45, months: 1, years: 0 });
    expect(duration(null, null, now)).toBeNull();
  });

  it("counts leap days and leap-day anniversaries as in a person's age", () => {
    // Feb 2020 has 29 days, so 2020-02-01 -> 2021-02-01 is 366 days; the next year 365.
    expect(duration("2020-02-01", null, new Date("2021-02-01T00:00:00Z"))).toMatchObject({ days: 366, years: 1 });
    expect(duration("2021-02-01", null, new Date("2022-02-01T00:00:00Z"))).toMatchObject({ days: 365, years: 1 });
    // Known since Feb 29: on 2021-02-28 it is 365 days but not yet a whole year (28 < 29); on March 1 it is.
    expect(duration("2020-02-29", null, new Date("2021-02-28T12:00:00Z"))).toMatchObject({ days: 365, months: 11, years: 0 });
    expect(duration("2020-02-29", null, new Date("2021-03-01T12:00:00Z"))).toMatchObject({ days: 366, months: 12, years: 1 });
  });

  it("never goes below zero for a date later than now", () => {
    expect(duration("2025-06-20", null, now)).toMatchObject({ days: 0, months: 0, years: 0 });
  });
});

describe("multiplexity", () => {
  it("counts the distinct contexts over interactions and stated ones, in the vocabulary's order", () => {
    expect(multiplexity(["learning", "work", "work"], ["friendship", "work"])).toEqual({ count: 3, contexts: ["work", "friendship", "learning"] });
    expect(multiplexity([], [])).toEqual({ count: 0, contexts: [] });
  });
});

describe("proximity", () => {
  it("measures great-circle distance by the haversine formula", () => {
    // One degree of latitude on a sphere of radius 6371.0088 km: 6371.0088 x pi / 180 = 111.195 km.
    expect(haversineKm({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(111.195, 3);
    // Antipodes: half the circumference, 6371.0088 x pi = 20015.1144 km.
    expect(haversineKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(20015.1144, 3);
    // Lisbon -> Porto: dLat 2.43294 deg, dLon 0.52234 deg;
    // h = sin^2(0.0212314) + cos(38.71667 deg) cos(41.14961 deg) sin^2(0.0045583)
    //   = 0.00045075 + 0.78014 x 0.75311 x 0.0000207779 = 0.00046296;
    // 2 x 6371.0088 x asin(sqrt(h)) = 12742.0176 x 0.0215182 = 274.18 km.
    expect(haversineKm(lisbon, porto)).toBeCloseTo(274.17, 1);
  });

  it("bands the distance: same place or within 25 km, same region, same country, abroad", () => {
    expect(proximity(lisbon, lisbon)).toEqual({ km: 0, band: "same_city" });
    // Lisbon -> Amadora is about 9.7 km: the same city by distance.
    expect(proximity(lisbon, amadora)).toMatchObject({ band: "same_city" });
    expect(proximity(lisbon, amadora)?.km).toBeCloseTo(9.72, 1);
    // Ericeira, in the Lisbon region about 37 km away (over 25 km): the same region.
    expect(proximity(lisbon, ericeira)).toMatchObject({ band: "same_region" });
    expect(proximity(lisbon, ericeira)?.km).toBeCloseTo(36.7, 1);
    expect(proximity(lisbon, porto)).toMatchObject({ band: "same_country" });
    // Same country with regions unknown is not the same region.
    expect(proximity({ ...lisbon, region: null }, { ...porto, region: null })).toMatchObject({ band: "same_country" });
    expect(proximity(lisbon, madrid)).toMatchObject({ band: "abroad" });
    // Same id counts as the same city even if the stored coordinates disagree.
    expect(proximity(lisbon, { ...lisbon, latitude: 39.5 })).toMatchObject({ band: "same_city" });
  });

  it("is null when either place is unknown", () => {
    expect(proximity(null, porto)).toBeNull();
    expect(proximity(lisbon, null)).toBeNull();
  });
});

describe("recency and reciprocity", () => {
  it("counts whole days since the last interaction", () => {
    expect(recency(daysAgo(10.9), now)).toEqual({ days: 10, lastAt: daysAgo(10.9) });
    expect(recency(now, now)?.days).toBe(0);
    expect(recency(null, now)).toBeNull();
  });

  it("gives their share of starting contact, mutual counting half, and the balance", () => {
    // them 1 + mutual 2 / 2 = 2 of 6 -> 1/3; balance 1 - 2 x |1/3 - 1/2| = 1 - 1/3 = 2/3.
    const third = reciprocity({ me: 3, them: 1, mutual: 2 });
    expect(third?.theirShare).toBeCloseTo(1 / 3, 10);
    expect(third?.balance).toBeCloseTo(2 / 3, 10);
    expect(reciprocity({ me: 0, them: 0, mutual: 4 })).toEqual({ theirShare: 0.5, balance: 1 });
    expect(reciprocity({ me: 5, them: 0, mutual: 0 })).toEqual({ theirShare: 0, balance: 0 });
    expect(reciprocity({ me: 0, them: 2, mutual: 0 })).toEqual({ theirShare: 1, balance: 0 });
    expect(reciprocity({ me: 0, them: 0, mutual: 0 })).toBeNull();
  });

  it("reads their share in plain words, to the nearest simple fraction", () => {
    // 0.3 is 0.033 from 1/3 and 0.05 from 1/4.
    expect([0.05, 0.3, 1 / 3, 0.45, 0.7, 0.8, 0.95].map(reciprocityReading)).toEqual([
      "You start almost all of your contact",
      "They start about a third of your contact",
      "They start about a third of your contact",
      "They start about half of your contact",
      "They start about two thirds of your contact",
      "They start about three quarters of your contact",
      "They start almost all of your contact",
    ]);
  });
});

describe("scoring", () => {
  it("scales each component to 0..1", () => {
    // ln(1 + 0) = 0; ln 2 / ln 53 = 0.693147 / 3.970292 = 0.174583; ln 13 / ln 53 = 2.564949 / 3.970292 = 0.646035
    expect(scoring.frequency(0)).toBe(0);
    expect(scoring.frequency(1)).toBeCloseTo(0.174583, 6);
    expect(scoring.frequency(12)).toBeCloseTo(0.646035, 6);
    expect(scoring.frequency(52)).toBe(1);
    expect(scoring.frequency(300)).toBe(1);
    // 0.5 ^ (days / 90)
    expect(scoring.recency(0)).toBe(1);
    expect(scoring.recency(90)).toBe(0.5);
    expect(scoring.recency(180)).toBe(0.25);
    expect(scoring.recency(null)).toBe(0);
    // ln(1 + 1) / ln(11) = 0.693147 / 2.397895 = 0.289065; 10 years (3652.5 days) = 1
    expect(scoring.duration(365.25)).toBeCloseTo(0.289065, 6);
    expect(scoring.duration(3652.5)).toBeCloseTo(1, 10);
    expect(scoring.duration(20 * 365)).toBe(1);
    expect([1, 2, 3, 4].map(scoring.intimacy)).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect([0, 2, 4, 7].map(scoring.multiplexity)).toEqual([0, 0.5, 1, 1]);
    expect(scoring.reciprocity(0.25)).toBe(0.5);
    expect((["same_city", "same_region", "same_country", "abroad"] as const).map(scoring.proximity)).toEqual([1, 0.75, 0.5, 0.25]);
  });
});

describe("tieStrength", () => {
  const full: TieFacts = {
    knownSince: "2019-03-14",
    knowsMe: 3,
    statedContexts: ["work"],
    place: porto,
    homePlace: lisbon,
    interactions: { count: 3, firstAt: daysAgo(400), lastAt: daysAgo(10), lastYearCount: 2, initiators: { me: 1, them: 1, mutual: 1 }, contexts: ["friendship", "learning"] },
  };

  it("weighs every component when all are known", () => {
    // frequency ln 3 / ln 53 = 0.276708 x 0.25 = 0.069177
    // recency 0.5^(10/90) = 0.925875 x 0.20 = 0.185175
    // duration 2285 days = 6.25599 years: ln 7.25599 / ln 11 = 0.826486 x 0.15 = 0.123973
    // intimacy 2/3 x 0.10 = 0.066667; multiplexity 3/4 x 0.15 = 0.1125; reciprocity 1 x 0.10 = 0.1
    // proximity same country 0.5 x 0.05 = 0.025; sum 0.682492 -> 68
    const result = tieStrength(full, now);
    expect(result.strength).toBe(68);
    expect(result.leftOut).toEqual([]);
    expect(result.note).toBeNull();
    expect(result.components.map((c) => [c.key, c.value, Number(c.points.toFixed(2))])).toEqual([
      ["frequency", "2 interactions in the last year", 6.92],
      ["recency", "Last contact 10 days ago", 18.52],
      ["duration", "6 years, since March 2019", 12.4],
      ["intimacy", "Knows me fairly well", 6.67],
      ["multiplexity", "3 contexts: work, friendship, learning", 11.25],
      ["reciprocity", "They start 50% of your contact", 10],
      ["proximity", "Same country, 274 km", 2.5],
    ]);
    expect(result.components.every((c) => c.effectiveWeight === c.weight)).toBe(true);
    expect(tieStrengthScore(full, now)).toBe(68);
  });

  it("leaves out unknown components and scales the other weights up", () => {
    const facts: TieFacts = { knownSince: "2015-06-15", knowsMe: null, statedContexts: ["work", "family"], place: porto, homePlace: null, interactions: noInteractions };
    // Known: frequency 0.25 (score 0), recency 0.20 (0), duration 0.15, multiplexity 0.15: 0.75 in all.
    // duration: 2015-06-15 -> 2025-06-15 = 3650 + 3 leap days = 3653 days = 10.0014 years -> 1 (capped)
    // multiplexity 2 / 4 = 0.5
    // (0.15 x 1 + 0.15 x 0.5) / 0.75 = 0.225 / 0.75 = 0.3 -> 30; each effective weight 0.15 / 0.75 = 0.2
    const result = tieStrength(facts, now);
    expect(result.strength).toBe(30);
    expect(strengthBand(result.strength)).toBe("moderate");
    expect(result.leftOut.map((c) => [c.key, c.reason])).toEqual([
      ["intimacy", "How well they know you is not set"],
      ["reciprocity", "No interactions yet"],
      ["proximity", "Your home city is not set"],
    ]);
    expect(result.note).toBe("Intimacy, reciprocity and proximity are unknown, so they are left out and the other weights are scaled up to add to 100%.");
    const duration = result.components.find((c) => c.key === "duration");
    expect(duration?.effectiveWeight).toBeCloseTo(0.2, 10);
    expect(duration?.points).toBeCloseTo(20, 10);
    expect(result.components.find((c) => c.key === "multiplexity")?.points).toBeCloseTo(10, 10);
    expect(result.components.find((c) => c.key === "recency")?.value).toBe("No interactions yet");
    expect(result.components.reduce((sum, c) => sum + c.effectiveWeight, 0)).toBeCloseTo(1, 10);
    // The contact's own city missing is said as such.
    expect(tieStrength({ ...facts, homePlace: lisbon, place: null }, now).leftOut.at(-1)?.reason).toBe("Their city is not set");
  });

  it("is 0 for a contact with nothing known, and 100 at every maximum", () => {
    expect(tieStrength({ knownSince: null, knowsMe: null, statedContexts: [], place: null, homePlace: null, interactions: noInteractions }, now)).toMatchObject({ strength: 0 });
    const strongest: TieFacts = {
      knownSince: "2000-01-01",
      knowsMe: 4,
      statedContexts: ["work", "family", "friendship", "hobby"],
      place: lisbon,
      homePlace: lisbon,
      interactions: { count: 60, firstAt: daysAgo(3000), lastAt: now, lastYearCount: 60, initiators: { me: 20, them: 20, mutual: 20 }, contexts: [] },
    };
    expect(tieStrength(strongest, now).strength).toBe(100);
  });

  it("reads strengths as weak under 30, moderate under 60, strong from 60", () => {
    expect([0, 29, 30, 59, 60, 100].map(strengthBand)).toEqual(["weak", "weak", "moderate", "moderate", "strong", "strong"]);
  });
});
