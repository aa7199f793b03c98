// Burt's structural-holes measures (effective size, efficiency, constraint, hierarchy) for every
// node, computed as NetworkX 2.8.8 does (see fixtures/README conventions) but neighbourhood by
// neighbourhood: the cost is Σ over ties (i, j) of deg(j), instead of NetworkX's cubic loop.
//
// With w the tie strength (1 when unweighted), N(i) the contacts of i:
//   p_ij = w_ij / Σ_k∈N(i) w_ik         (share of i's ties invested in j)
//   m_jq = w_jq / max_k∈N(j) w_jk       (j's tie to q relative to j's strongest)
//   c_ij = (p_ij + Σ_q∈N(i)∩N(j) p_iq p_qj)²
//   ES_i = Σ_j∈N(i) (1 − Σ_q∈N(i)∩N(j) p_iq m_jq);  efficiency = ES_i / |N(i)|;  C_i = Σ_j c_ij
//   H_i  = Σ_j r_ij ln r_ij / (N ln N), r_ij = c_ij / (C_i / N), N = |N(i)|; N = 1 gives 1 (JUNG).
// Isolated nodes have none of these: null.
import { compactAdjacency, type CompactAdjacency } from "./graph";
import type { EgoGraph } from "./types";

export interface BurtOptions {
  /** Use tie strength (a tie without one counts as 1); otherwise every tie counts as 1. */
  weighted: boolean;
}

export interface BurtMeasures {
  effectiveSize: Record<string, number | null>;
  efficiency: Record<string, number | null>;
  constraint: Record<string, number | null>;
  hierarchy: Record<string, number | null>;
}

/** Effective size, efficiency, constraint and hierarchy of every node of the graph. */
export function burtMeasures(graph: EgoGraph, options: BurtOptions): BurtMeasures {
  const adjacency = compactAdjacency(graph, options);
  const scratch = new NeighbourhoodScratch(adjacency, options.weighted);
  const measures: BurtMeasures = { effectiveSize: {}, efficiency: {}, constraint: {}, hierarchy: {} };
  adjacency.ids.forEach((id, node) => {
    const result = scratch.measure(node);
    measures.effectiveSize[id] = result?.effectiveSize ?? null;
    measures.efficiency[id] = result?.efficiency ?? null;
    measures.constraint[id] = result?.constraint ?? null;
    measures.hierarchy[id] = result?.hierarchy ?? null;
  });
  return measures;
}

export interface NodeBurtMeasures extends NodeMeasures {
  /** c_ij for every contact j: how much j constrains the node. */
  localConstraint: Record<string, number>;
}

/** Burt's measures of one node (null when it is isolated): one neighbourhood's work, not the whole graph's. */
export function nodeBurtMeasures(graph: EgoGraph, node: string, options: BurtOptions): NodeBurtMeasures | null {
  const adjacency = compactAdjacency(graph, options);
  const index = adjacency.ids.indexOf(node);
  if (index < 0) throw new Error(`"${node}" is not a node of the graph`);
  const scratch = new NeighbourhoodScratch(adjacency, options.weighted);
  const measures = scratch.measure(index);
  if (!measures) return null;
  const localConstraint: Record<string, number> = {};
  for (let k = adjacency.offsets[index]!, position = 0; k < adjacency.offsets[index + 1]!; k++, position++) {
    localConstraint[adjacency.ids[adjacency.neighbours[k]!]!] = scratch.localConstraint[position]!;
  }
  return { ...measures, localConstraint };
}

/** c_ij for every contact j of the node: how much j constrains it. Empty for an isolated node. */
export function localConstraints(graph: EgoGraph, node: string, options: BurtOptions): Record<string, number> {
  return nodeBurtMeasures(graph, node, options)?.localConstraint ?? {};
}

interface NodeMeasures {
  effectiveSize: number;
  efficiency: number;
  constraint: number;
  hierarchy: number;
}

/** Per-node work arrays, reused from one node to the next so that measuring allocates nothing. */
class NeighbourhoodScratch {
  private readonly inverseStrength: Float64Array;
  private readonly inverseMaxWeight: Float64Array;
  /** p_iq for the contacts q of the node being measured, 0 elsewhere. */
  private readonly proportionalTie: Float64Array;
  /** c_ij of the node last measured, in the order of its adjacency list. */
  readonly localConstraint: Float64Array;

  constructor(
    private readonly adjacency: CompactAdjacency,
    private readonly weighted: boolean,
  ) {
    const { ids, offsets, weights } = adjacency;
    this.inverseStrength = new Float64Array(ids.length);
    this.inverseMaxWeight = new Float64Array(ids.length);
    let maxDegree = 0;
    for (let node = 0; node < ids.length; node++) {
      let strength = 0;
      let maxWeight = 0;
      for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
        strength += weights[k]!;
        maxWeight = Math.max(maxWeight, weights[k]!);
      }
      this.inverseStrength[node] = strength > 0 ? 1 / strength : 0;
      this.inverseMaxWeight[node] = maxWeight > 0 ? 1 / maxWeight : 0;
      maxDegree = Math.max(maxDegree, offsets[node + 1]! - offsets[node]!);
    }
    this.proportionalTie = new Float64Array(ids.length);
    this.localConstraint = new Float64Array(maxDegree);
  }

  measure(node: number): NodeMeasures | null {
    const { offsets, neighbours, weights } = this.adjacency;
    const { inverseStrength, inverseMaxWeight, proportionalTie, localConstraint } = this;
    const start = offsets[node]!;
    const end = offsets[node + 1]!;
    const degree = end - start;
    if (degree === 0) return null;

    const nodeInverseStrength = inverseStrength[node]!;
    for (let k = start; k < end; k++) proportionalTie[neighbours[k]!] = weights[k]! * nodeInverseStrength;

    let constraint = 0;
    let redundancy = 0;
    // Unweighted, NetworkX 2.8.8 uses Borgatti's ES = n − 2t/n; counting the ties among the
    // contacts (each seen from both ends, so 2t) reproduces its arithmetic exactly.
    let sharedContactCount = 0;
    for (let k = start; k < end; k++) {
      const contact = neighbours[k]!;
      const contactStart = offsets[contact]!;
      const contactEnd = offsets[contact + 1]!;
      let indirect = 0;
      let contactRedundancy = 0;
      // The contacts they share, in ascending order either way: from the contact's list, or, when
      // that is far longer (the ego's, seen from an alter), by looking the node's own up in it.
      if (degree * Math.log2(contactEnd - contactStart) >= contactEnd - contactStart) {
        for (let l = contactStart; l < contactEnd; l++) {
          const third = neighbours[l]!;
          const share = proportionalTie[third]!;
          if (share === 0) continue;
          indirect += share * weights[l]! * inverseStrength[third]!;
          contactRedundancy += share * weights[l]!;
          sharedContactCount++;
        }
      } else {
        for (let m = start; m < end; m++) {
          const third = neighbours[m]!;
          const l = positionIn(neighbours, contactStart, contactEnd, third);
          if (l === -1) continue;
          const share = proportionalTie[third]!;
          indirect += share * weights[l]! * inverseStrength[third]!;
          contactRedundancy += share * weights[l]!;
          sharedContactCount++;
        }
      }
      const local = (proportionalTie[contact]! + indirect) ** 2;
      localConstraint[k - start] = local;
      constraint += local;
      redundancy += contactRedundancy * inverseMaxWeight[contact]!;
    }

    for (let k = start; k < end; k++) proportionalTie[neighbours[k]!] = 0;

    const effectiveSize = this.weighted ? degree - redundancy : degree - sharedContactCount / degree;
    return {
      effectiveSize,
      efficiency: effectiveSize / degree,
      constraint,
      hierarchy: hierarchyOf(localConstraint, degree, constraint),
    };
  }
}

/** Where `value` is in the ascending run list[from] … list[to − 1]; −1 when it is not there. */
function positionIn(list: Int32Array, from: number, to: number, value: number): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = list[middle]!;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function hierarchyOf(localConstraint: Float64Array, degree: number, constraint: number): number {
  if (degree === 1) return 1;
  const meanConstraint = constraint / degree;
  let disorder = 0;
  for (let k = 0; k < degree; k++) {
    const ratio = localConstraint[k]! / meanConstraint;
    disorder += ratio * Math.log(ratio);
  }
  return disorder / (degree * Math.log(degree));
}
