import { describe, expect, it } from "vitest";
import { fold, indexNames, matchPeople } from "./person-matches";

const people = [
  { id: "1", name: "Zoë Ångström" },
  { id: "2", name: "Ana Lima" },
  { id: "3", name: "Juliana Ross" },
  { id: "4", name: "Anabel Cruz" },
  { id: "5", name: "Mary-Ann Oak" },
];
const index = indexNames(people);
const names = (query: string, limit?: number) => matchPeople(index, query, limit).map((person) => person.name);

describe("matchPeople", () => {
  it("ignores accents and case", () => {
    expect(fold("  Zoë Ångström ")).toBe("zoe angstrom");
    expect(names("ANGSTR")).toEqual(["Zoë Ångström"]);
  });

  it("ranks names that start with the query, then words that do, then the rest", () => {
    expect(names("an")).toEqual(["Ana Lima", "Anabel Cruz", "Mary-Ann Oak", "Zoë Ångström", "Juliana Ross"]);
  });

  it("returns nobody for an empty query and at most the limit", () => {
    expect(names("  ")).toEqual([]);
    expect(names("a", 2)).toHaveLength(2);
  });
});
