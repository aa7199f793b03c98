import { or, sql, type SQL } from "drizzle-orm";
import { contacts } from "@/db/schema";

// The one search box. A contact matches when the query is found:
// - as a substring of the contact's own text (names, company, title, location, emails, notes),
//   through the trigram index on contacts.search_document;
// - as word prefixes in the full-text vector ("ferr rust" finds "Ferreira ... rust");
// - with typos in their names (see `fuzzy`);
// - in the name of one of their tags or topics, or of a company they work or worked at,
//   again as a substring or with typos.
// Both PGlite and PostgreSQL run the same SQL: pg_trgm, fuzzystrmatch and the 'simple' text-search config.

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** "Ferr  rust!" -> "ferr:* & rust:*", or null when no word is left. */
function prefixQuery(query: string): string | null {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter(Boolean);
  return words.length > 0 ? words.map((word) => `${word}:*`).join(" & ") : null;
}

/** Below four characters a typo cannot be told from another word, so only exact text matches. */
const FUZZY_MIN_LENGTH = 4;

const toleratesTypos = (query: string) => query.split(/\s+/).some((word) => word.length >= FUZZY_MIN_LENGTH);

/**
 * Typo tolerance: each word of the query is in the text, or close to one of its words (one edit
 * for words of up to six letters, two for longer ones: "mrta" finds Marta, "ferriera" Ferreira,
 * "marta fereira" Marta Ferreira, but "rust" does not find "Rui"). A query with no word of four
 * letters or more gets no typo tolerance.
 */
function fuzzy(query: string, text: SQL): SQL {
  const words = query.split(/\s+/).filter(Boolean);
  if (!toleratesTypos(query)) return sql`false`;
  const wordMatches = words.map((word) => {
    const contains = sql`${text} like ${`%${escapeLike(word)}%`}`;
    if (word.length < FUZZY_MIN_LENGTH) return contains;
    const edits = word.length > 6 ? 2 : 1;
    return sql`(${contains} or exists (select 1 from unnest(string_to_array(${text}, ' ')) as w(word) where levenshtein_less_equal(w.word, ${word}, ${edits}) <= ${edits}))`;
  });
  return sql.join(wordMatches, sql` and `);
}

function relatedNameMatches(ownerId: string, query: string, pattern: string): SQL {
  return sql`${contacts.id} in (
    select ct.contact_id from contact_tags ct join tags t on t.id = ct.tag_id
      where t.owner_id = ${ownerId} and (lower(t.name) like ${pattern} or ${fuzzy(query, sql`lower(t.name)`)})
    union all
    select cto.contact_id from contact_topics cto join topics tp on tp.id = cto.topic_id
      where tp.owner_id = ${ownerId} and (lower(tp.name) like ${pattern} or ${fuzzy(query, sql`lower(tp.name)`)})
    union all
    select e.contact_id from employments e join companies co on co.id = e.company_id
      where co.owner_id = ${ownerId} and (lower(co.name) like ${pattern} or ${fuzzy(query, sql`lower(co.name)`)})
  )`;
}

/** The condition a contact must meet to match the query. */
export function searchCondition(ownerId: string, rawQuery: string): SQL {
  const query = rawQuery.trim().toLowerCase();
  const pattern = `%${escapeLike(query)}%`;
  const words = prefixQuery(query);
  const condition = or(
    sql`${contacts.searchDocument} like ${pattern}`,
    words ? sql`${contacts.searchVector} @@ to_tsquery('simple', ${words})` : undefined,
    fuzzy(query, sql`${contacts.searchText}`),
    relatedNameMatches(ownerId, query, pattern),
  );
  if (!condition) throw new Error("unreachable: the condition always has terms");
  return condition;
}

/**
 * Relevance, highest first: a name that is the query, then names that start with it, then
 * names that contain it (each tier A to Z), then names within the query's typo tolerance, closest
 * first by trigram similarity; a match only in notes, tags or companies ranks last, A to Z. The
 * similarity is computed only for those near names: most of a broad query's matches ("climbing"
 * in 1,000 contacts' notes) are not, and it is the costliest part of a search.
 */
export function searchRank(rawQuery: string): SQL<number> {
  const query = rawQuery.trim().toLowerCase();
  const closeness = toleratesTypos(query) ? sql`case when ${fuzzy(query, sql`${contacts.searchText}`)} then word_similarity(${query}, ${contacts.searchText}) else 0 end` : sql`0`;
  return sql<number>`(case
      when ${contacts.sortName} = ${query} then 4
      when ${contacts.sortName} like ${`${escapeLike(query)}%`} then 3
      when ${contacts.searchText} like ${`%${escapeLike(query)}%`} then 2
      else ${closeness}
    end)`;
}
