import { describe, expect, it } from "vitest";
import type { NetworkNodeView } from "@/server/network/service";
import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@/server/trpc/router";
import { graphRequestPath, toGraphData } from "./graph-data";

function node(id: string, overrides: Partial<NetworkNodeView> = {}): NetworkNodeView {
  return {
    id,
    displayName: id.toUpperCase(),
    photoUrl: null,
    strength: 50,
    band: "moderate",
    company: null,
    circleIds: [],
    cluster: null,
    degree: 0,
    constraintOnYou: null,
    betweenness: null,
    position: { x: 0, y: 0 },
    ...overrides,
  };
}

const overview = {
  nodes: [node("ana", { cluster: 0, circleIds: ["c-gone", "c-work"], position: { x: -40, y: 12 } }), node("ben", { cluster: 0, position: { x: 40, y: 0 } }), node("cy")],
  edges: [
    { source: "ana", target: "ben", strength: 3 },
    { source: "ben", target: "cy", strength: null },
  ],
  alterTies: 2,
  clusters: [{ index: 0, name: "Work", members: ["ana", "ben"] }],
  circles: [{ id: "c-work", name: "Work friends" }],
  layoutSettled: true,
};

describe("toGraphData", () => {
  it("refers to people by position and keeps a tie's strength, 0 when not said", () => {
    const data = toGraphData(overview);
    expect(data.people.names).toEqual(["ANA", "BEN", "CY"]);
    expect(data.people.positions).toEqual([-40, 12, 40, 0, 0, 0]);
    expect(data.ties).toEqual([0, 1, 3, 1, 2, 0]);
    expect(data.clusters).toEqual([{ name: "Work", size: 2 }]);
  });

  it("takes the first of a person's circles that the network lists", () => {
    const data = toGraphData(overview);
    expect(data.people.circles).toEqual([0, null, null]);
  });

  it("changes its version when a tie or a position changes, and only then", () => {
    const same = toGraphData(structuredClone(overview));
    const stronger = toGraphData({ ...overview, edges: [{ ...overview.edges[0]!, strength: 2 }, overview.edges[1]!] });
    const moved = toGraphData({ ...overview, nodes: [node("ana", { cluster: 0, circleIds: ["c-gone", "c-work"], position: { x: 0, y: 0 } }), ...overview.nodes.slice(1)] });
    expect(same.version).toBe(toGraphData(overview).version);
    expect(stronger.version).not.toBe(same.version);
    expect(moved.version).not.toBe(same.version);
  });
});

describe("the graph's request path", () => {
  it("is the one the browser's tRPC client asks network.graph at, so the page's preload is the request it makes", async () => {
    const asked: string[] = [];
    const client = createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: "/api/trpc",
          transformer: superjson,
          fetch: async (url) => {
            asked.push(String(url));
            return new Response(JSON.stringify({ result: { data: { json: null } } }), { headers: { "content-type": "application/json" } });
          },
        }),
      ],
    });
    await client.network.graph.query({ version: "0a1b2c3d" });
    expect(asked).toEqual([graphRequestPath("0a1b2c3d")]);
  });
});
