import { describe, expect, it } from "vitest";
import { colourPeople, GROUP_PALETTE, OTHER_GROUPS_COLOUR, UNGROUPED_COLOUR } from "./graph-colours";
import type { GraphPerson } from "./graph-data";

function person(id: string, cluster: number | null, circle: number | null = null): GraphPerson {
  return { id, name: id, strength: 10, cluster, circle };
}

describe("colourPeople", () => {
  it("gives the biggest cluster the first colour and people on their own a neutral one", () => {
    const data = {
      people: [person("a", 0), person("b", 1), person("c", 1), person("d", null)],
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
    const data = { people: [person("a", 0, 0), person("b", 0, null)], clusters: [{ name: "G", size: 2 }], circles: [{ id: "c", name: "Climbing" }] };
    const { colours, legend } = colourPeople(data, "circle");
    expect(colours).toEqual([GROUP_PALETTE[0], UNGROUPED_COLOUR]);
    expect(legend.map((entry) => entry.label)).toEqual(["Climbing", "In no circle"]);
  });

  it("lets the groups beyond the palette share one colour and one legend entry", () => {
    const groups = GROUP_PALETTE.length + 3;
    const people = Array.from({ length: groups }, (_, index) => person(`p${index}`, index));
    const clusters = people.map((_, index) => ({ name: `Group ${String(index).padStart(2, "0")}`, size: 1 }));
    const { colours, legend } = colourPeople({ people, clusters, circles: [] }, "cluster");
    expect(new Set(colours).size).toBe(GROUP_PALETTE.length + 1);
    expect(colours.filter((colour) => colour === OTHER_GROUPS_COLOUR)).toHaveLength(3);
    expect(legend.at(-1)).toMatchObject({ label: "3 smaller groups", count: 3, colour: OTHER_GROUPS_COLOUR });
  });
});
