// Warm introduction paths: the strongest chain of ties from the ego to someone. A chain is as
// strong as the product of its ties' strengths, so the strongest chain is the shortest one under
// the cost −ln(strength), found by Dijkstra (costs are ≥ 0 because strengths are in (0, 1]).
import { NetworkInputError, type EgoGraph } from "./types";

export interface WarmPath {
  target: string;
  /** Ego first, target last. */
  nodes: string[];
  /** Product of the chain's tie strengths, in (0, 1]. */
  strength: number;
}

export interface WarmPathOptions {
  /** At most this many paths, to distinct targets. */
  limit?: number;
  /** A tie's strength normalised into (0, 1], from its recorded weight. */
  strengthOf: (weight: number | null) => number;
}

interface Step {
  to: number;
  strength: number;
  cost: number;
}

/** Costs (or strengths) this close are the same chain strength reached through rounding; fewer hops win. */
function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A binary min-heap of [cost, hops, node] entries, ordered by cost then hops. */
class Frontier {
  private readonly entries: [number, number, number][] = [];

  get size(): number {
    return this.entries.length;
  }

  private before(i: number, j: number): boolean {
    const [a, b] = [this.entries[i]!, this.entries[j]!];
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }

  private swap(i: number, j: number): void {
    [this.entries[i], this.entries[j]] = [this.entries[j]!, this.entries[i]!];
  }

  push(entry: [number, number, number]): void {
    this.entries.push(entry);
    let child = this.entries.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.before(child, parent)) break;
      this.swap(child, parent);
      child = parent;
    }
  }

  pop(): [number, number, number] {
    const top = this.entries[0]!;
    const last = this.entries.pop()!;
    if (this.entries.length > 0) {
      this.entries[0] = last;
      let parent = 0;
      for (;;) {
        const [left, right] = [2 * parent + 1, 2 * parent + 2];
        let smallest = parent;
        if (left < this.entries.length && this.before(left, smallest)) smallest = left;
        if (right < this.entries.length && this.before(right, smallest)) smallest = right;
        if (smallest === parent) break;
        this.swap(parent, smallest);
        parent = smallest;
      }
    }
    return top;
  }
}

/**
 * The strongest chain from `ego` to each of `targets` (a graph with the ego in it), strongest first;
 * ties broken by fewer hops, then target id. Unreachable targets are left out, the ego as a target ignored.
 */
export function warmPaths(graph: EgoGraph, ego: string, targets: readonly string[], { limit = 5, strengthOf }: WarmPathOptions): WarmPath[] {
  if (!graph.hasNode(ego)) throw new NetworkInputError(`the ego "${ego}" is not in the graph`);
  if (!Number.isInteger(limit) || limit < 0) throw new NetworkInputError(`limit ${limit} is not a whole number ≥ 0`);
  for (const target of targets) if (!graph.hasNode(target)) throw new NetworkInputError(`target "${target}" is not in the graph`);

  const ids = graph.nodes();
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const adjacency: Step[][] = ids.map(() => []);
  graph.forEachEdge((_edge, attributes, source, target) => {
    const strength = strengthOf(attributes.weight);
    if (!(strength > 0 && strength <= 1)) {
      throw new NetworkInputError(`the strength of the tie ${source}–${target} (weight ${attributes.weight}) is ${strength}, not in (0, 1]`);
    }
    const [from, to, cost] = [indexOf.get(source)!, indexOf.get(target)!, -Math.log(strength)];
    adjacency[from]!.push({ to, strength, cost });
    adjacency[to]!.push({ to: from, strength, cost });
  });

  const start = indexOf.get(ego)!;
  const cost = new Float64Array(ids.length).fill(Infinity);
  const hops = new Int32Array(ids.length);
  const strength = new Float64Array(ids.length);
  const previous = new Int32Array(ids.length).fill(-1);
  const settled = new Uint8Array(ids.length);
  const wanted = new Set(targets.filter((target) => target !== ego).map((target) => indexOf.get(target)!));
  let unsettledTargets = wanted.size;

  cost[start] = 0;
  strength[start] = 1;
  const frontier = new Frontier();
  frontier.push([0, 0, start]);
  while (frontier.size > 0 && unsettledTargets > 0) {
    const [, , node] = frontier.pop();
    if (settled[node]) continue;
    settled[node] = 1;
    if (wanted.has(node)) unsettledTargets -= 1;
    for (const step of adjacency[node]!) {
      if (settled[step.to]) continue;
      const [stepCost, stepHops] = [cost[node]! + step.cost, hops[node]! + 1];
      const known = cost[step.to]!;
      const better = known === Infinity || (nearlyEqual(stepCost, known) ? stepHops < hops[step.to]! : stepCost < known);
      if (!better) continue;
      cost[step.to] = stepCost;
      hops[step.to] = stepHops;
      strength[step.to] = strength[node]! * step.strength;
      previous[step.to] = node;
      frontier.push([stepCost, stepHops, step.to]);
    }
  }

  const found: (WarmPath & { hops: number })[] = [];
  for (const target of wanted) {
    if (!settled[target]) continue;
    const chain = [target];
    for (let node = previous[target]!; node !== -1; node = previous[node]!) chain.push(node);
    found.push({ target: ids[target]!, nodes: chain.reverse().map((node) => ids[node]!), strength: strength[target]!, hops: hops[target]! });
  }
  found.sort((a, b) =>
    !nearlyEqual(a.strength, b.strength) ? b.strength - a.strength : a.hops - b.hops || (a.target < b.target ? -1 : a.target > b.target ? 1 : 0),
  );
  return found.slice(0, limit).map(({ target, nodes, strength }) => ({ target, nodes, strength }));
}
