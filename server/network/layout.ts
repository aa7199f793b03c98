// Where each person sits in the Network page's picture. Laying out thousands of people takes
// seconds, so it is done here, with the other slow measures (in the background job past a few
// hundred people), and kept: the browser draws a settled picture at once, and a change to the
// network starts from where everyone was, so the picture moves only where something changed.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

export interface Point {
  x: number;
  y: number;
}

export interface LayoutInput {
  /** The people, in the order the positions follow. */
  ids: readonly string[];
  /** The cluster each person is in, by position in `ids`; null for none. */
  clusters: readonly (number | null)[];
  /** The ties drawn, as flat triples: index of one person, index of the other, strength 1–3 (0 when not said). */
  ties: readonly number[];
  /** Where people were in the last picture: kept, so that a change moves the picture little. */
  previous?: ReadonlyMap<string, Point>;
}

/** Positions are kept as whole numbers within ±FRAME: finer than a phone shows at the deepest zoom. */
const FRAME = 4096;
/** The golden angle: successive points of a sunflower never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Room between two neighbouring discs on the ring, in units of one person's spacing. */
const GAP = 2;

/**
 * Each cluster a sunflower disc of its members (points spaced 1 apart), the discs around a ring,
 * the biggest first; people in no cluster form a disc of their own. ForceAtlas2 refines this
 * from groups that are already apart.
 */
export function clusterCircleLayout(clusters: readonly (number | null)[]): Point[] {
  const members = new Map<number | null, number[]>();
  clusters.forEach((cluster, person) => {
    const list = members.get(cluster);
    if (list) list.push(person);
    else members.set(cluster, [person]);
  });
  const discs = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const radii = discs.map((disc) => Math.sqrt(disc.length));

  // The ring is long enough for every disc and the gaps between them, and wide enough that the
  // biggest disc does not reach over the centre.
  const circumference = radii.reduce((sum, radius) => sum + 2 * radius + GAP, 0);
  const ringRadius = discs.length === 1 ? 0 : Math.max(circumference / (2 * Math.PI), 1.2 * (radii[0] ?? 0));

  const positions: Point[] = clusters.map(() => ({ x: 0, y: 0 }));
  let along = 0;
  discs.forEach((disc, index) => {
    const radius = radii[index]!;
    const angle = ((along + radius + GAP / 2) / circumference) * 2 * Math.PI;
    along += 2 * radius + GAP;
    const centre = { x: ringRadius * Math.cos(angle), y: ringRadius * Math.sin(angle) };
    disc.forEach((person, k) => {
      const distance = Math.sqrt(k + 0.5);
      positions[person] = { x: centre.x + distance * Math.cos(k * GOLDEN_ANGLE), y: centre.y + distance * Math.sin(k * GOLDEN_ANGLE) };
    });
  });
  return positions;
}

/**
 * A first placement, at no cost: where people were in the last picture; someone new beside the
 * people they know who are placed already, else on a ring around everyone. With no last picture,
 * clusterCircleLayout.
 */
export function startingLayout({ ids, clusters, ties, previous }: LayoutInput): Point[] {
  const known = ids.map((id) => previous?.get(id) ?? null);
  if (!known.some(Boolean)) return clusterCircleLayout(clusters);

  const neighbours: number[][] = ids.map(() => []);
  for (let i = 0; i + 2 < ties.length; i += 3) {
    neighbours[ties[i]!]!.push(ties[i + 1]!);
    neighbours[ties[i + 1]!]!.push(ties[i]!);
  }
  const placed = known.filter((point): point is Point => point !== null);
  const spread = placed.reduce((far, point) => Math.max(far, Math.hypot(point.x, point.y)), 1);
  const nudge = spread / 50;
  let outsiders = 0;
  const positions: (Point | null)[] = [...known];
  ids.forEach((_id, person) => {
    if (positions[person]) return;
    const beside = neighbours[person]!.flatMap((other) => (positions[other] ? [positions[other]] : []));
    const turn = person * GOLDEN_ANGLE;
    if (beside.length > 0) {
      const x = beside.reduce((sum, point) => sum + point.x, 0) / beside.length;
      const y = beside.reduce((sum, point) => sum + point.y, 0) / beside.length;
      positions[person] = { x: x + nudge * Math.cos(turn), y: y + nudge * Math.sin(turn) };
    } else {
      const angle = outsiders++ * GOLDEN_ANGLE;
      positions[person] = { x: 1.1 * spread * Math.cos(angle), y: 1.1 * spread * Math.sin(angle) };
    }
  });
  return positions as Point[];
}

/** ForceAtlas2's steps: enough for the groups to settle; each costs more the more people there are. */
function iterationsFor(people: number): number {
  return people < 500 ? 300 : people < 2000 ? 200 : 120;
}

/**
 * The settled picture: ForceAtlas2 from `start`, pulled along the ties drawn by their strength,
 * with Barnes–Hut's approximation past a few hundred people. Past a thousand, LinLog mode: there
 * the default attraction blends the groups into one disc (mean distance between groups 1.4× that
 * within them at 5,000 people, against 3.0× in LinLog), while below it keeps them further apart.
 */
export function settleLayout({ ids, ties }: Pick<LayoutInput, "ids" | "ties">, start: readonly Point[]): Point[] {
  if (ids.length < 2) return [...start];
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  ids.forEach((id, index) => graph.addNode(id, { x: start[index]!.x, y: start[index]!.y }));
  for (let i = 0; i + 2 < ties.length; i += 3) graph.mergeEdge(ids[ties[i]!]!, ids[ties[i + 1]!]!, { weight: ties[i + 2] === 0 ? 2 : ties[i + 2]! });
  const result = forceAtlas2(graph, { iterations: iterationsFor(ids.length), getEdgeWeight: "weight", settings: { ...forceAtlas2.inferSettings(ids.length), linLogMode: ids.length > 1000, barnesHutOptimize: ids.length > 250 } });
  return ids.map((id) => result[id]!);
}

/** Positions as kept and sent: centred, scaled to ±FRAME, whole numbers, flat (x, y of each person in turn). */
export function packLayout(points: readonly Point[]): number[] {
  if (points.length === 0) return [];
  // Loops, not Math.min(...list): spreading a list of a hundred thousand overflows the stack.
  const box = points.reduce((b, p) => ({ left: Math.min(b.left, p.x), right: Math.max(b.right, p.x), top: Math.min(b.top, p.y), bottom: Math.max(b.bottom, p.y) }), { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity });
  const centre = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
  const extent = Math.max(1e-9, (box.right - box.left) / 2, (box.bottom - box.top) / 2);
  const scale = points.length === 1 ? 0 : FRAME / extent;
  return points.flatMap((point) => [Math.round((point.x - centre.x) * scale), Math.round((point.y - centre.y) * scale)]);
}

/** Packed positions back to points, in the same order. */
export function unpackPoints(packed: readonly number[]): Point[] {
  return Array.from({ length: packed.length / 2 }, (_, index) => ({ x: packed[2 * index]!, y: packed[2 * index + 1]! }));
}

/** Packed positions by the id of the person each belongs to. */
export function unpackLayout(ids: readonly string[], packed: readonly number[]): Map<string, Point> {
  const points = unpackPoints(packed);
  return new Map(ids.map((id, index) => [id, points[index]!]));
}
