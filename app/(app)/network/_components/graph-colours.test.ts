import { describe, expect, it } from "vitest";
import { colourPeople, GROUP_PALETTE, OTHER_GROUPS_COLOUR, UNGROUPED_COLOUR } from "./graph-colours";

/** People as the graph's columns, from [cluster, circle] pairs. */
function people(...groups: [cluster: number | null, circle?: number | null][]) {
  return { clusters: groups.map(([cluster]) => cluster), circles: groups.map(([, circle]) => circle ?? null) };
}

describe("colourPeople", () => {
  it("gives the biggest cluster the first colour and people on their own a neutral one", () => {
    const data = {
      people: people([0], [1], [1], [null]),
      clusters: [
        { name: "Small", size: 1 },
        { name: "Big", size: 2 },
      ],
      circles: [],
    };
    const { colours, legend } = colourPeople(data, "cluster");
    expect(colours).toEqual([GROUP_PALETTE[1], GROUP_PALETTE[0], GROUP_PALETTE[0], UNGROUPED_COLOUR]);
    expect(legend.map((entry) => [entry.label, entry.count])).toEqual([
      ["Big", 2],
      ["Small", 1],
      ["On their own", 1],
    ]);
  });

  it("colours by circle and names the people in none", () => {
    const data = { people: people([0, 0], [0, null]), clusters: [{ name: "G", size: 2 }], circles: [{ id: "c", name: "Climbing" }] };
    const { colours, legend } = colourPeople(data, "circle");
    expect(colours).toEqual([GROUP_PALETTE[0], UNGROUPED_COLOUR]);
    expect(legend.map((entry) => entry.label)).toEqual(["Climbing", "In no circle"]);
  });

  it("lets the groups beyond the palette share one colour and one legend entry", () => {
    const groups = GROUP_PALETTE.length + 3;
    const clusters = Array.from({ length: groups }, (_, index) => ({ name: `Group ${String(index).padStart(2, "0")}`, size: 1 }));
    const { colours, legend } = colourPeople({ people: people(...clusters.map((_, index) => [index] as [number])), clusters, circles: [] }, "cluster");
    expect(new Set(colours).size).toBe(GROUP_PALETTE.length + 1);
    expect(colours.filter((colour) => colour === OTHER_GROUPS_COLOUR)).toHaveLength(3);
    expect(legend.at(-1)).toMatchObject({ label: "3 smaller groups", count: 3, colour: OTHER_GROUPS_COLOUR });
  });
});
