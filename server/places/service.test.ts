import { beforeAll, describe, expect, it } from "vitest";
import { findPlace, foldName, loadGazetteer, searchPlaces } from "./gazetteer";
import { placeDescription, placeLabel, searchPlacesInput } from "./schemas";
import { suggestPlaces } from "./service";

// GeoNames ids, checked by hand in cities500.txt.
const LISBON = "2267057";
const PORTO = "2735943";
const MANCHESTER = "2643123";
const SAO_PAULO = "3448439";
const MUNICH = "2867714";

describe("gazetteer", () => {
  beforeAll(() => {
    expect(loadGazetteer().places).toBeGreaterThan(190_000);
  });

  it("folds case, accents, special letters and punctuation", () => {
    expect(foldName("São Paulo")).toBe("sao paulo");
    expect(foldName("ŁÓDŹ")).toBe("lodz");
    expect(foldName("Gießen")).toBe("giessen");
    expect(foldName("  Saint-Étienne ")).toBe("saint etienne");
    expect(foldName("L'Aquila")).toBe("laquila");
  });

  it("ranks Lisbon, Portugal first for 'lisb', with its coordinates, region code and time zone", () => {
    const [first, ...rest] = searchPlaces("lisb");
    expect(first).toEqual({
      id: LISBON,
      name: "Lisbon",
      region: "14",
      countryCode: "PT",
      country: "Portugal",
      latitude: 38.71667,
      longitude: -9.13333,
      timeZone: "Europe/Lisbon",
    });
    // Lisburn and the Lisbons of the United States are smaller.
    expect(rest.map((place) => place.name)).toEqual(expect.arrayContaining(["Lisburn", "Lisbon"]));
    expect(rest.every((place) => place.name.startsWith("Lisb"))).toBe(true);
  });

  it("puts places named exactly so first: 'porto' finds Porto in Portugal before Porto Alegre", () => {
    const found = searchPlaces("porto");
    expect(found[0]).toMatchObject({ id: PORTO, name: "Porto", country: "Portugal" });
    expect(found.findIndex((place) => place.name === "Porto Alegre")).toBeGreaterThan(0);
  });

  it("narrows by a country after a comma or at the end", () => {
    expect(searchPlaces("manchester, uk")).toEqual([expect.objectContaining({ id: MANCHESTER, region: "England", country: "United Kingdom" })]);
    expect(searchPlaces("Manchester, England")[0]?.id).toBe(MANCHESTER);
    expect(searchPlaces("lisbon, pt").map((place) => place.id)).toEqual([LISBON]);
    expect(searchPlaces("lisbon, port")[0]?.id).toBe(LISBON);
    const portuguese = searchPlaces("Porto Portugal");
    expect(portuguese[0]?.id).toBe(PORTO);
    expect(portuguese.length).toBeGreaterThan(1);
    expect(portuguese.every((place) => place.countryCode === "PT")).toBe(true);
    // Without narrowing, Manchester in New Hampshire would come second.
    expect(searchPlaces("manchester, nh")[0]).toMatchObject({ region: "NH", countryCode: "US" });
    expect(searchPlaces("manchester")[1]).toMatchObject({ region: "NH", countryCode: "US" });
  });

  it("ignores accents both ways and finds cities by their names in other languages", () => {
    expect(searchPlaces("sao paulo")[0]).toMatchObject({ id: SAO_PAULO, name: "São Paulo" });
    expect(searchPlaces("SÃO")[0]?.id).toBe(SAO_PAULO);
    expect(searchPlaces("Lisboa")[0]?.id).toBe(LISBON);
    expect(searchPlaces("münchen")[0]?.id).toBe(MUNICH);
    expect(searchPlaces("munchen")[0]?.id).toBe(MUNICH);
  });

  it("offers one of two places that would read the same, the more populous", () => {
    // Two Lisbons in Ohio: 4516749 (2,845 people) and 5160951 (2,727).
    const inOhio = searchPlaces("lisbon, us", 20).filter((place) => place.region === "OH");
    expect(inOhio.map((place) => place.id)).toEqual(["4516749"]);
  });

  it("returns at most the limit, most populous first, and nothing for a name that is no place", () => {
    const found = searchPlaces("san", 3);
    expect(found).toHaveLength(3);
    expect(searchPlaces("san", 20)).toHaveLength(20);
    expect(searchPlaces("l", 2).map((place) => place.name)).toEqual(["Lagos", "London"]);
    expect(searchPlaces("zzqx")).toEqual([]);
    expect(searchPlaces(", pt")).toEqual([]);
  });

  it("finds the place a demo label means", () => {
    const ids = ["Manchester, UK", "Lisbon, Portugal", "Mexico City, Mexico", "Berlin, Germany", "Tokyo, Japan", "São Paulo, Brazil", "New York, USA"].map((label) => findPlace(label)?.id);
    expect(ids).toEqual([MANCHESTER, LISBON, "3530597", "2950159", "1850147", SAO_PAULO, "5128581"]);
    expect(findPlace("Cardiff, UK")).toMatchObject({ region: "Wales", country: "United Kingdom" });
    expect(findPlace("Seoul, South Korea")).toMatchObject({ countryCode: "KR" });
  });

  it("finds nothing for a label that names no place, rather than a place that merely starts so", () => {
    expect(findPlace("Nowhere, Mars")).toBeNull();
    expect(findPlace("Lisb, Portugal")).toBeNull();
    expect(findPlace("")).toBeNull();
  });
});

describe("place labels", () => {
  const lisbon = { id: LISBON, name: "Lisbon", region: "14", countryCode: "PT", country: "Portugal", latitude: 38.71667, longitude: -9.13333 };

  it("reads 'City, Country' and leaves numeric region codes out of descriptions", () => {
    expect(placeLabel(lisbon)).toBe("Lisbon, Portugal");
    expect(placeDescription(lisbon)).toBe("Lisbon · Portugal");
    expect(placeDescription({ ...lisbon, name: "Manchester", region: "England", country: "United Kingdom" })).toBe("Manchester · England, United Kingdom");
    expect(placeDescription({ ...lisbon, region: null })).toBe("Lisbon · Portugal");
  });
});

describe("suggestPlaces", () => {
  it("applies the input's defaults and limits", () => {
    expect(suggestPlaces(searchPlacesInput.parse({ q: "  lisb " }))[0]?.id).toBe(LISBON);
    expect(suggestPlaces(searchPlacesInput.parse({ q: "san" }))).toHaveLength(8);
    expect(searchPlacesInput.safeParse({ q: "   " }).success).toBe(false);
    expect(searchPlacesInput.safeParse({ q: "x".repeat(101) }).success).toBe(false);
  });
});
