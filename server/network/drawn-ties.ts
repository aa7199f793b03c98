// Which ties the network picture draws. Tens of thousands of lines on a phone screen read as one
// grey mass and take seconds to draw in a browser without a fast GPU, so past a budget the
// picture draws a backbone: a spanning forest of the strongest ties, so that the groups connected
// in the network stay connected in the picture (every bridge between them is kept), then each
// person's strongest remaining ties, everyone's first before anyone's second, until the budget is
// spent. The measures always use every tie.

/** The most ties the picture draws at once. */
export const MAX_DRAWN_TIES = 10_000;

export interface DrawableTie {
  source: string;
  target: string;
  /** 1 to 3; null when not said, which ranks below every stated strength. */
  strength: number | null;
}

/** Union–find over people numbered 0…n−1. */
function components(size: number): { join(a: number, b: number): boolean } {
  const parent = Int32Array.from({ length: size }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  return {
    join(a, b) {
      const [ra, rb] = [root(a), root(b)];
      if (ra === rb) return false;
      parent[ra] = rb;
      return true;
    },
  };
}

/**
 * All the ties when they fit the budget; otherwise `limit` of them, in their original order.
 * Ties rank by strength, then by how many people the two ends have in common (ties inside a
 * group keep the group's shape), then by their order.
 */
export function tiesToDraw<T extends DrawableTie>(ties: readonly T[], limit = MAX_DRAWN_TIES): T[] {
  if (ties.length <= limit) return [...ties];

  const indexOf = new Map<string, number>();
  const ends = new Int32Array(ties.length * 2);
  ties.forEach((tie, i) => {
    for (const [slot, id] of [tie.source, tie.target].entries()) {
      let index = indexOf.get(id);
      if (index === undefined) indexOf.set(id, (index = indexOf.size));
      ends[2 * i + slot] = index;
    }
  });
  const people = indexOf.size;

  // Each person's ties and neighbours, packed: person p's are at start[p] up to start[p + 1].
  const start = new Int32Array(people + 1);
  for (const end of ends) start[end + 1]!++;
  for (let p = 0; p < people; p++) start[p + 1]! += start[p]!;
  const tieAt = new Int32Array(ends.length);
  const neighbours = new Int32Array(ends.length);
  const next = start.slice(0, people);
  for (let slot = 0; slot < ends.length; slot++) {
    const at = next[ends[slot]!]!++;
    tieAt[at] = slot >> 1;
    neighbours[at] = ends[slot ^ 1]!;
  }
  for (let p = 0; p < people; p++) neighbours.subarray(start[p], start[p + 1]).sort();

  // A tie's score orders ties best first: strength, then people in common, then the earlier tie,
  // each packed in its own power of two (exact in a double up to millions of ties).
  const ORDER = 2 ** Math.ceil(Math.log2(Math.max(ties.length, people) + 1));
  const score = new Float64Array(ties.length);
  for (let i = 0; i < ties.length; i++) {
    const a = ends[2 * i]!;
    const b = ends[2 * i + 1]!;
    let shared = 0;
    for (let x = start[a]!, y = start[b]!; x < start[a + 1]! && y < start[b + 1]!; ) {
      const u = neighbours[x]!;
      const v = neighbours[y]!;
      if (u === v) shared++;
      if (u <= v) x++;
      if (v <= u) y++;
    }
    score[i] = ((ties[i]!.strength ?? 0) * ORDER + shared) * ORDER + (ORDER - 1 - i);
  }
  const tieOf = (value: number) => ORDER - 1 - (value % ORDER);
  const best = Array.from(score.slice().sort().reverse(), tieOf);

  // Kruskal's maximum spanning forest: a tie goes in when it joins two parts not yet joined.
  const kept: number[] = [];
  const inForest = new Uint8Array(ties.length);
  const forest = components(people);
  for (const i of best) {
    if (kept.length === limit) break;
    if (forest.join(ends[2 * i]!, ends[2 * i + 1]!)) {
      kept.push(i);
      inForest[i] = 1;
    }
  }

  // The rest by each person's own ranking: a tie counts at the better of its two ranks.
  const rank = new Int32Array(ties.length).fill(0x7fffffff);
  const ranked = new Float64Array(ends.length);
  for (let p = 0; p < people; p++) {
    const own = ranked.subarray(start[p], start[p + 1]);
    for (let at = start[p]!; at < start[p + 1]!; at++) own[at - start[p]!] = score[tieAt[at]!]!;
    own.sort();
    for (let position = 0; position < own.length; position++) {
      const i = tieOf(own[own.length - 1 - position]!);
      if (position < rank[i]!) rank[i] = position;
    }
  }
  const byRank: number[][] = [];
  for (const i of best) if (!inForest[i]) (byRank[rank[i]!] ??= []).push(i);
  for (const bucket of byRank) {
    if (!bucket) continue;
    kept.push(...bucket.slice(0, limit - kept.length));
    if (kept.length === limit) break;
  }
  return kept.sort((i, j) => i - j).map((i) => ties[i]!);
}
