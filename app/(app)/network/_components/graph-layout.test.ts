import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterCircleLayout, type Point } from "./graph-layout";

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function centroid(points: Point[]): Point {
  return { x: points.reduce((sum, p) => sum + p.x, 0) / points.length, y: points.reduce((sum, p) => sum + p.y, 0) / points.length };
}

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
