// Alters who sit between clusters: they know people in different communities who do not know
// each other, so an introduction through them reaches a part of the network ego would not.
import { NetworkInputError, type EgoGraph } from "./types";

export interface Broker {
  id: string;
  /** Pairs of this alter's contacts that are in different communities and not tied to each other. */
  bridgedPairs: number;
  /** Indexes (into the partition) of the communities its contacts belong to, ascending. */
  communities: number[];
}

/** Brokers of an alters-only graph: strongest (most bridged pairs) first, then by id. */
export function brokers(graph: EgoGraph, partition: readonly (readonly string[])[]): Broker[] {
  const communityOf = new Map<string, number>();
  partition.forEach((community, index) => {
    for (const node of community) communityOf.set(node, index);
  });
  const communityOfNode = (node: string): number => {
    const community = communityOf.get(node);
    if (community === undefined) throw new NetworkInputError(`"${node}" is in no community of the partition`);
    return community;
  };

  const result: Broker[] = [];
  graph.forEachNode((node) => {
    const contacts = graph.neighbors(node);
    const contactCommunities = contacts.map(communityOfNode);
    const communities = [...new Set(contactCommunities)].sort((a, b) => a - b);
    if (communities.length < 2) return;
    let bridgedPairs = 0;
    for (let i = 0; i < contacts.length; i++) {
      for (let j = i + 1; j < contacts.length; j++) {
        if (contactCommunities[i] !== contactCommunities[j] && !graph.areNeighbors(contacts[i]!, contacts[j]!)) bridgedPairs += 1;
      }
    }
    if (bridgedPairs > 0) result.push({ id: node, bridgedPairs, communities });
  });
  return result.sort((a, b) => b.bridgedPairs - a.bridgedPairs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
