// The colour of each person in the graph, by cluster or by circle, and the legend that names them.
import type { GraphData } from "@/server/network/graph-data";

export type ColourBy = "cluster" | "circle";

/** Distinct on white and on the dark background, and told apart with the common colour-blindnesses. */
export const GROUP_PALETTE = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9", "#8b5cf6", "#b45309", "#0f766e", "#be123c"] as const;
/** Groups beyond the palette share one colour. */
export const OTHER_GROUPS_COLOUR = "#78716c";
/** People in no group (tied to none of the others) or in no circle. */
export const UNGROUPED_COLOUR = "#a8a29e";

export interface LegendEntry {
  key: string;
  label: string;
  colour: string;
  count: number;
}

export interface Colouring {
  /** One colour per person, in `data.people`'s order. */
  colours: string[];
  legend: LegendEntry[];
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/**
 * The biggest groups get the palette's colours (ties broken by name), the rest share one; people
 * in no group come last. The legend lists the groups in that order.
 */
export function colourPeople(data: { people: Pick<GraphData["people"], "clusters" | "circles">; clusters: GraphData["clusters"]; circles: GraphData["circles"] }, by: ColourBy): Colouring {
  const names = by === "cluster" ? data.clusters.map((cluster) => cluster.name) : data.circles.map((circle) => circle.name);
  const counts = names.map(() => 0);
  let ungrouped = 0;
  const groupOf = by === "cluster" ? data.people.clusters : data.people.circles;
  for (const group of groupOf) {
    if (group === null || counts[group] === undefined) ungrouped++;
    else counts[group]++;
  }

  const ranked = names
    .map((name, index) => ({ name, index, count: counts[index]! }))
    .filter((group) => group.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const colourOfGroup = new Map<number, string>();
  const legend: LegendEntry[] = [];
  ranked.forEach((group, rank) => {
    const colour = GROUP_PALETTE[rank] ?? OTHER_GROUPS_COLOUR;
    colourOfGroup.set(group.index, colour);
    if (rank < GROUP_PALETTE.length) legend.push({ key: `${by}-${group.index}`, label: group.name, colour, count: group.count });
  });
  const others = ranked.slice(GROUP_PALETTE.length);
  if (others.length > 0) {
    legend.push({
      key: "others",
      label: plural(others.length, by === "cluster" ? "smaller group" : "smaller circle", by === "cluster" ? "smaller groups" : "smaller circles"),
      colour: OTHER_GROUPS_COLOUR,
      count: others.reduce((sum, group) => sum + group.count, 0),
    });
  }
  if (ungrouped > 0) legend.push({ key: "none", label: by === "cluster" ? "On their own" : "In no circle", colour: UNGROUPED_COLOUR, count: ungrouped });

  const colours = groupOf.map((group) => (group === null ? undefined : colourOfGroup.get(group)) ?? UNGROUPED_COLOUR);
  return { colours, legend };
}
