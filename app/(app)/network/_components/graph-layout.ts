// A first picture that costs nothing: each cluster a disc of its members, the discs around a
// circle. ForceAtlas2 then refines it, starting from groups that are already apart.

export interface Point {
  x: number;
  y: number;
}

/** The golden angle: successive points of a sunflower never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Room between two neighbouring discs on the ring, in units of one person's spacing. */
const GAP = 2;

/** Radius of a sunflower disc of `count` points spaced 1 apart. */
function discRadius(count: number): number {
  return Math.sqrt(count);
}

/**
 * Positions for people given the group each belongs to (null: in none; they form a group of
 * their own). The biggest group comes first on the ring; a lone group sits at the origin.
 */
export function clusterCircleLayout(groups: readonly (number | null)[]): Point[] {
  const members = new Map<number | null, number[]>();
  groups.forEach((group, person) => {
    const list = members.get(group);
    if (list) list.push(person);
    else members.set(group, [person]);
  });
  const discs = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const radii = discs.map((disc) => discRadius(disc.length));

  // The ring is long enough for every disc and the gaps between them, and wide enough that the
  // biggest disc does not reach over the centre.
  const circumference = radii.reduce((sum, radius) => sum + 2 * radius + GAP, 0);
  const ringRadius = discs.length === 1 ? 0 : Math.max(circumference / (2 * Math.PI), 1.2 * (radii[0] ?? 0));

  const positions: Point[] = groups.map(() => ({ x: 0, y: 0 }));
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
