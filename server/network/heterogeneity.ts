// How varied the alters are on one categorical attribute: Blau's index, the index of qualitative
// variation and Shannon entropy. K is the size of the declared domain, not the number of
// categories seen, so a network that happens to miss a category is not called perfectly even.
import { NetworkInputError } from "./types";

export interface Heterogeneity {
  domain: string[];
  /** Size of the declared domain. */
  K: number;
  n_valid: number;
  n_missing: number;
  /** Every domain category, in domain order, zeros included. */
  counts: Record<string, number>;
  k_observed: number;
  /** 1 − Σ p² (Blau 1977; Gini–Simpson). Null when no value is known. */
  blau: number | null;
  /** blau · K/(K−1) (Agresti & Agresti 1978). Null when no value is known or K = 1. */
  iqv: number | null;
  shannon_nats: number | null;
  shannon_bits: number | null;
  /** shannon_nats / ln K (Pielou evenness). Null when no value is known or K = 1. */
  shannon_normalized: number | null;
}

/** Heterogeneity of `values` over the declared `domain`; null and undefined count as missing. */
export function heterogeneity(values: readonly (string | null | undefined)[], domain: readonly string[]): Heterogeneity {
  const counts = new Map<string, number>();
  for (const category of domain) {
    if (counts.has(category)) throw new NetworkInputError(`category "${category}" appears twice in the domain [${domain.join(", ")}]`);
    counts.set(category, 0);
  }
  let missing = 0;
  for (const value of values) {
    if (value == null) {
      missing += 1;
      continue;
    }
    const count = counts.get(value);
    if (count === undefined) throw new NetworkInputError(`value "${value}" is not in the domain [${domain.join(", ")}]`);
    counts.set(value, count + 1);
  }

  const K = domain.length;
  const valid = values.length - missing;
  const observed = [...counts.values()].filter((count) => count > 0);
  const base = { domain: [...domain], K, n_valid: valid, n_missing: missing, counts: Object.fromEntries(counts), k_observed: observed.length };
  if (valid === 0) return { ...base, blau: null, iqv: null, shannon_nats: null, shannon_bits: null, shannon_normalized: null };

  let sumOfSquares = 0;
  let nats = 0;
  for (const count of observed) {
    const share = count / valid;
    sumOfSquares += share * share;
    nats -= share * Math.log(share);
  }
  const blau = 1 - sumOfSquares;
  return {
    ...base,
    blau,
    iqv: K > 1 ? (blau * K) / (K - 1) : null,
    shannon_nats: nats,
    shannon_bits: nats / Math.LN2,
    shannon_normalized: K > 1 ? nats / Math.log(K) : null,
  };
}

/** The distinct known values, sorted: the domain of an attribute with an open vocabulary (cities). */
export function observedDomain(values: readonly (string | null | undefined)[]): string[] {
  const distinct = new Set<string>();
  for (const value of values) if (value != null) distinct.add(value);
  return [...distinct].sort();
}
