import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { loadVector, VECTOR_NAMES, type ReferenceVector } from "./fixtures";

const run = promisify(execFile);
const directory = mkdtempSync(path.join(tmpdir(), "kith-network-cli-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Runs `npm run kith -- network metrics <file>` as a user would (without npm's banner). */
async function metrics(document: unknown): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = path.join(directory, `graph-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof document === "string" ? document : JSON.stringify(document));
  try {
    const { stdout, stderr } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server/cli.ts", "network", "metrics", file], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The CLI's input as a user would write it: the vector's graph, and the domains its heterogeneity used. */
function inputOf(vector: ReferenceVector) {
  return {
    ego: vector.ego,
    nodes: vector.nodes.map(({ is_ego: _isEgo, ...node }) => node),
    edges: vector.edges.map(({ ego_tie: _egoTie, ...edge }) => edge),
    reference_date: vector.reference_date,
    domains: Object.fromEntries(Object.entries(vector.heterogeneity).map(([attribute, block]) => [attribute, block.domain as string[]])),
  };
}

/** Equal to relative 1e-9 (absolute 1e-12 near zero), nulls and structure exactly. */
function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === "number") {
    expect(typeof actual, where).toBe("number");
    expect(Math.abs((actual as number) - expected), where).toBeLessThanOrEqual(Math.max(1e-12, 1e-9 * Math.abs(expected)));
  } else if (expected !== null && typeof expected === "object") {
    expect(actual, where).toBeTypeOf("object");
    expect(actual, where).not.toBeNull();
    if (Array.isArray(expected)) expect((actual as unknown[]).length, where).toBe(expected.length);
    else expect(Object.keys(actual as object).sort(), where).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[key], value, `${where}.${key}`);
  } else {
    expect(actual, where).toEqual(expected);
  }
}

describe("npm run kith -- network metrics", () => {
  it.each(VECTOR_NAMES)("prints every block of %s as the NetworkX reference has it", async (name) => {
    const vector = loadVector(name);
    const { code, stdout, stderr } = await metrics(inputOf(vector));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const result = JSON.parse(stdout) as Record<string, unknown> & { communities: { partition: string[][]; modularity: number } | null };
    for (const block of ["ego_metrics", "node_metrics", "weighted_metrics", "heterogeneity", "tie_attributes"] as const) expectClose(result[block], vector[block], `${name}.${block}`);
    // Louvain is randomised: its modularity is compared, and the partition where it is unambiguous.
    const expected = vector.communities as { partition: string[][]; modularity: number } | null;
    if (expected === null) expect(result.communities).toBeNull();
    else expect(result.communities!.modularity).toBeGreaterThanOrEqual(expected.modularity - 1e-9);
    if (name === "two_cliques_bridged") expect(result.communities!.partition).toEqual(expected!.partition);
  });

  it("turns bad input into one clear line on stderr and a non-zero exit", async () => {
    const triangle = inputOf(loadVector("triangle"));
    const cases: [string, unknown, RegExp][] = [
      ["unknown node", { ...triangle, edges: [...triangle.edges, { source: "a0", target: "zz" }] }, /"zz".*not a node/],
      ["no ego", { ...triangle, ego: undefined }, /"ego" must name/],
      ["ego not a node", { ...triangle, ego: "nobody" }, /nobody/],
      ["self-loop", { ...triangle, edges: [...triangle.edges, { source: "a1", target: "a1" }] }, /ties a node to itself/],
      ["duplicate edge", { ...triangle, edges: [...triangle.edges, { source: "a1", target: "a0" }] }, /repeats the tie of edge 2/],
      ["not JSON", "{ nodes: [", /not valid JSON/],
    ];
    for (const [label, document, message] of cases) {
      const { code, stdout, stderr } = await metrics(document);
      expect(code, label).not.toBe(0);
      expect(stdout, label).toBe("");
      expect(stderr.trim().split("\n"), label).toHaveLength(1);
      expect(stderr, label).toMatch(message);
    }
  });
});
