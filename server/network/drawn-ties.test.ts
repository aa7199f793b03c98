import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tiesToDraw, type DrawableTie } from "./drawn-ties";

const tie = (pair: string, strength: number | null = null): DrawableTie => ({ source: pair[0]!, target: pair[1]!, strength });
const pairs = (ties: DrawableTie[]) => ties.map((drawn) => drawn.source + drawn.target);

/** The groups of people connected through `ties`, each as its sorted members joined. */
function groups(ties: DrawableTie[]): string[] {
  const links = new Map<string, string[]>();
  for (const { source, target } of ties) {
    links.set(source, [...(links.get(source) ?? []), target]);
    links.set(target, [...(links.get(target) ?? []), source]);
  }
  const seen = new Set<string>();
  const found: string[] = [];
  for (const start of links.keys()) {
    if (seen.has(start)) continue;
    const members: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const person = queue.pop()!;
      members.push(person);
      for (const next of links.get(person)!) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    found.push(members.sort().join(""));
  }
  return found.sort();
}

describe("the ties the network picture draws", () => {
  it("draws every tie while they fit the budget", () => {
    const ties = [tie("ab"), tie("bc", 2), tie("cd")];
    expect(tiesToDraw(ties, 3)).toEqual(ties);
  });

  it("keeps the bridge between two groups and drops a tie inside one", () => {
    // Two triangles joined by c–d: the bridge shares nobody, yet without it the groups would fall apart.
    const ties = ["ab", "ac", "bc", "cd", "de", "df", "ef"].map((pair) => tie(pair));
    expect(pairs(tiesToDraw(ties, 6))).toEqual(["ab", "ac", "bc", "cd", "de", "df"]);
  });

  it("prefers stronger ties", () => {
    const ties = [tie("ab"), tie("ac", 3), tie("bc", 1)];
    expect(pairs(tiesToDraw(ties, 1))).toEqual(["ac"]);
    expect(pairs(tiesToDraw(ties, 2))).toEqual(["ac", "bc"]);
  });

  it("spends what the forest leaves on ties that come early in someone's own ranking", () => {
    // The strong chain a–b–c–d–e and b's ties to x and y make the forest. Of the weak ties left,
    // a–x and a–y come second in a's, x's or y's ranking; c–x and c–y come third at best.
    const ties = [...["ab", "bc", "cd", "de"].map((pair) => tie(pair, 3)), ...["ax", "bx", "cx", "ay", "by", "cy"].map((pair) => tie(pair, 1))];
    expect(pairs(tiesToDraw(ties, 8))).toEqual(["ab", "bc", "cd", "de", "ax", "bx", "ay", "by"]);
  });

  it("keeps everyone connected as they are, within budget, in the ties' order, the same way every time", () => {
    const people = "abcdefghij".split("");
    const arbitraryTies = fc
      .uniqueArray(fc.tuple(fc.constantFrom(...people), fc.constantFrom(...people), fc.option(fc.integer({ min: 1, max: 3 }))), {
        selector: ([a, b]) => [a, b].sort().join(""),
        maxLength: 30,
      })
      .map((drawn) => drawn.filter(([a, b]) => a !== b).map(([a, b, strength]) => ({ source: a, target: b, strength })));
    fc.assert(
      fc.property(arbitraryTies, fc.integer({ min: 0, max: 40 }), (ties, spare) => {
        const present = new Set(ties.flatMap((drawn) => [drawn.source, drawn.target])).size;
        const forestSize = present - groups(ties).length;
        const limit = forestSize + spare;
        const drawn = tiesToDraw(ties, limit);
        expect(drawn).toHaveLength(Math.min(limit, ties.length));
        expect(groups(drawn)).toEqual(groups(ties));
        expect(drawn.map((kept) => ties.indexOf(kept))).toEqual([...drawn.map((kept) => ties.indexOf(kept))].sort((a, b) => a - b));
        expect(tiesToDraw(ties, limit)).toEqual(drawn);
      }),
    );
  });
});
