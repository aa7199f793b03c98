import { createNormalizationFunction, matrixFromCamera, multiplyVec2 } from "sigma/utils";
import { describe, expect, it } from "vitest";
import type { GraphData } from "@/server/network/graph-data";
import { frameOf, personAt, toPicture } from "./graph-picture";
import { nodeSize, STAGE_PADDING } from "./graph-style";

/** Where sigma draws a graph point with its camera at rest, by sigma's own arithmetic. */
function whereSigmaDraws(positions: number[], width: number, height: number, x: number, y: number): [number, number] {
  const xs = positions.filter((_, i) => i % 2 === 0);
  const ys = positions.filter((_, i) => i % 2 === 1);
  const extent = { x: [Math.min(...xs), Math.max(...xs)] as [number, number], y: [Math.min(...ys), Math.max(...ys)] as [number, number] };
  const normalize = createNormalizationFunction(extent);
  const graphDimensions = { width: extent.x[1] - extent.x[0] || 1, height: extent.y[1] - extent.y[0] || 1 };
  const matrix = matrixFromCamera({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { width, height }, graphDimensions, STAGE_PADDING);
  const framed = multiplyVec2(matrix, normalize({ x, y }));
  return [((1 + framed.x) * width) / 2, ((1 - framed.y) * height) / 2];
}

function graph(positions: number[], strengths = positions.filter((_, i) => i % 2 === 0).map(() => 50)): GraphData {
  const ids = strengths.map((_, index) => `p${index}`);
  return {
    version: "test",
    people: { ids, names: ids, strengths, clusters: ids.map(() => null), circles: ids.map(() => null), positions },
    ties: [],
    allTies: 0,
    settled: true,
    clusters: [],
    circles: [],
  };
}

describe("the still picture's framing", () => {
  const shapes = {
    "wider than tall": [-4000, -100, 4000, 300, 1200, 0],
    "taller than wide": [-50, -3000, 120, 2500, 0, 10],
    square: [-1000, -1000, 1000, 1000, 200, -700],
    "one person": [17, -4],
  };
  const screens = { phone: [343, 384], desktop: [896, 512], tall: [300, 900] };

  for (const [shape, positions] of Object.entries(shapes)) {
    for (const [screen, [width, height]] of Object.entries(screens)) {
      it(`puts everyone where sigma's camera at rest does: ${shape} graph, ${screen} screen`, () => {
        const frame = frameOf(positions, width!, height!);
        for (let i = 0; i < positions.length; i += 2) {
          const [x, y] = toPicture(frame, positions[i]!, positions[i + 1]!);
          const [sigmaX, sigmaY] = whereSigmaDraws(positions, width!, height!, positions[i]!, positions[i + 1]!);
          expect(x).toBeCloseTo(sigmaX, 1);
          expect(y).toBeCloseTo(sigmaY, 1);
        }
      });
    }
  }

  it("keeps everyone inside the padding", () => {
    const positions = [-4000, -100, 4000, 300, 1200, 0];
    const frame = frameOf(positions, 343, 384);
    for (let i = 0; i < positions.length; i += 2) {
      const [x, y] = toPicture(frame, positions[i]!, positions[i + 1]!);
      expect(x).toBeGreaterThanOrEqual(STAGE_PADDING - 0.01);
      expect(x).toBeLessThanOrEqual(343 - STAGE_PADDING + 0.01);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(384);
    }
  });
});

describe("tapping the still picture", () => {
  // Three people across the picture; the middle one has the strongest tie, so the biggest dot.
  const data = graph([-1000, 0, 0, 0, 1000, 0], [10, 100, 10]);
  const frame = frameOf(data.people.positions, 400, 300);
  const at = (index: number) => toPicture(frame, data.people.positions[2 * index]!, data.people.positions[2 * index + 1]!);

  it("finds the person under the finger, and near the edge of their dot", () => {
    const [x, y] = at(1);
    expect(personAt(data, frame, x, y)).toBe(1);
    expect(personAt(data, frame, x + nodeSize(100) + 2, y)).toBe(1);
    const [leftX, leftY] = at(0);
    expect(personAt(data, frame, leftX, leftY - nodeSize(10))).toBe(0);
  });

  it("finds no one between the dots", () => {
    const [x, y] = at(1);
    expect(personAt(data, frame, x, y + 40)).toBeNull();
    expect(personAt(data, frame, 2, 2)).toBeNull();
  });

  it("takes the nearer of two overlapping dots", () => {
    const close = graph([0, 0, 1, 0], [100, 100]);
    const closeFrame = frameOf(close.people.positions, 400, 300);
    // Two people one graph unit apart are drawn the width of the picture apart; squeeze them.
    const squeezed = { ...closeFrame, scale: 4 };
    const [ax] = toPicture(squeezed, 0, 0);
    const [bx, by] = toPicture(squeezed, 1, 0);
    expect(personAt(close, squeezed, ax - 1, by)).toBe(0);
    expect(personAt(close, squeezed, bx + 1, by)).toBe(1);
  });
});
