// Finding a person by name as they type: accents and case ignored, names that start with what
// was typed first, then names with a word that does, then names that merely contain it.

export interface Named {
  id: string;
  name: string;
}

export interface NameIndex<T extends Named> {
  entries: { person: T; folded: string; words: string[] }[];
}

/** Lower case without accents: "Zoë Ångström" → "zoe angstrom". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{Mark}/gu, "").toLowerCase().trim();
}

export function indexNames<T extends Named>(people: readonly T[]): NameIndex<T> {
  return {
    entries: people.map((person) => {
      const folded = fold(person.name);
      return { person, folded, words: folded.split(/[\s\-'’.]+/).filter(Boolean) };
    }),
  };
}

/** Up to `limit` people whose name matches `query`, best first (A to Z within a rank). */
export function matchPeople<T extends Named>(index: NameIndex<T>, query: string, limit = 8): T[] {
  const wanted = fold(query);
  if (!wanted) return [];
  const ranked: { person: T; rank: number }[] = [];
  for (const entry of index.entries) {
    const rank = entry.folded.startsWith(wanted) ? 0 : entry.words.some((word) => word.startsWith(wanted)) ? 1 : entry.folded.includes(wanted) ? 2 : -1;
    if (rank >= 0) ranked.push({ person: entry.person, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name))
    .slice(0, limit)
    .map((match) => match.person);
}
