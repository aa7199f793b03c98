import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterCircleLayout, packLayout, settleLayout, startingLayout, unpackLayout, type Point } from "./layout";

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function centroid(points: Point[]): Point {
  return { x: points.reduce((sum, p) => sum + p.x, 0) / points.length, y: points.reduce((sum, p) => sum + p.y, 0) / points.length };
}

/** Two groups of ten, each tied all round, with one tie between them. */
function twoGroups() {
  const ids = Array.from({ length: 20 }, (_, index) => `p${index}`);
  const ties: number[] = [];
  for (const offset of [0, 10]) for (let a = 0; a < 10; a++) for (let b = a + 1; b < 10; b++) ties.push(offset + a, offset + b, 2);
  ties.push(0, 10, 1);
  return { ids, clusters: ids.map((_, index) => (index < 10 ? 0 : 1)), ties };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe("clusterCircleLayout", () => {
  it("places everyone somewhere distinct", () => {
    const positions = clusterCircleLayout([0, 0, 1, null, 1, 0, null]);
    expect(positions).toHaveLength(7);
    const keys = new Set(positions.map((p) => `${p.x.toFixed(6)},${p.y.toFixed(6)}`));
    expect(keys.size).toBe(7);
  });

  it("keeps a lone group around the origin", () => {
    const positions = clusterCircleLayout([3, 3, 3, 3]);
    const centre = centroid(positions);
    expect(Math.hypot(centre.x, centre.y)).toBeLessThan(1);
  });

  it("never lets two groups' discs overlap", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }), { minLength: 1, maxLength: 200 }), (groups) => {
        const positions = clusterCircleLayout(groups);
        const byGroup = new Map<number | null, Point[]>();
        groups.forEach((group, index) => byGroup.set(group, [...(byGroup.get(group) ?? []), positions[index]!]));
        const discs = [...byGroup.values()];
        for (let i = 0; i < discs.length; i++) {
          for (let j = i + 1; j < discs.length; j++) {
            for (const a of discs[i]!) for (const b of discs[j]!) expect(distance(a, b)).toBeGreaterThan(0.5);
          }
        }
      }),
    );
  });
});

describe("startingLayout", () => {
  it("is the cluster layout when there is no last picture", () => {
    const input = twoGroups();
    expect(startingLayout(input)).toEqual(clusterCircleLayout(input.clusters));
  });

  it("keeps everyone where they were, puts a newcomer beside the people they know and a stranger outside everyone", () => {
    const input = twoGroups();
    const previous = unpackLayout(input.ids, packLayout(settleLayout(input, startingLayout(input))));
    const ids = [...input.ids, "new", "stranger"];
    // The newcomer knows three people of the second group.
    const ties = [...input.ties, 20, 11, 0, 20, 12, 0, 20, 13, 0];
    const positions = startingLayout({ ids, clusters: [...input.clusters, 1, null], ties, previous });

    input.ids.forEach((id, index) => expect(positions[index]).toEqual(previous.get(id)));
    const second = centroid(input.ids.slice(10).map((id) => previous.get(id)!));
    const first = centroid(input.ids.slice(0, 10).map((id) => previous.get(id)!));
    expect(distance(positions[20]!, second)).toBeLessThan(distance(positions[20]!, first));
    const farthest = Math.max(...[...previous.values()].map((point) => Math.hypot(point.x, point.y)));
    expect(Math.hypot(positions[21]!.x, positions[21]!.y)).toBeGreaterThan(farthest);
  });
});

describe("settleLayout", () => {
  it("draws people who know each other together and groups apart, the same every time", () => {
    const input = twoGroups();
    // Everyone on one ring, the two groups taking turns: nothing sets them apart at the start.
    const start = input.ids.map((_, index) => {
      const angle = (((index % 10) * 2 + (index < 10 ? 0 : 1)) / 20) * 2 * Math.PI;
      return { x: 10 * Math.cos(angle), y: 10 * Math.sin(angle) };
    });
    const settled = settleLayout(input, start);
    const within: number[] = [];
    const between: number[] = [];
    for (let a = 0; a < 20; a++) for (let b = a + 1; b < 20; b++) (a < 10 === b < 10 ? within : between).push(distance(settled[a]!, settled[b]!));
    expect(mean(within) * 2).toBeLessThan(mean(between));
    expect(settleLayout(input, start)).toEqual(settled);
  });

  it("leaves one person where they are", () => {
    expect(settleLayout({ ids: ["a"], ties: [] }, [{ x: 3, y: 4 }])).toEqual([{ x: 3, y: 4 }]);
  });
});

describe("packLayout", () => {
  it("centres the picture and keeps whole numbers within the frame, in proportion", () => {
    const packed = packLayout([
      { x: 10, y: 10 },
      { x: 30, y: 10 },
      { x: 20, y: 15 },
    ]);
    expect(packed).toEqual([-4096, -1024, 4096, -1024, 0, 1024]);
    expect(packLayout([])).toEqual([]);
    expect(packLayout([{ x: 7, y: -2 }])).toEqual([0, 0]);
  });

  it("packs a network of any size", () => {
    const points = Array.from({ length: 200_000 }, (_, index) => ({ x: index, y: -index }));
    const packed = packLayout(points);
    expect(packed.slice(0, 2)).toEqual([-4096, 4096]);
    expect(packed.slice(-2)).toEqual([4096, -4096]);
  });
});
