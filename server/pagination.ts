import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { isUuid } from "./errors";

/** Where a page ended: the sort key of its last row, and that row's id to break ties. */
export interface KeysetCursor {
  key: string;
  id: string;
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function decode(value: string): unknown {
  try {
    return JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}

export function encodeCursor(cursor: KeysetCursor): string {
  return encode(cursor);
}

/** The cursor, or null (start from the top) when it is unreadable or its key fails `isValidKey`. */
export function decodeCursor(value: string, isValidKey: (key: string) => boolean = () => true): KeysetCursor | null {
  const parsed = decode(value);
  if (parsed && typeof parsed === "object" && "key" in parsed && "id" in parsed) {
    const { key, id } = parsed as Record<string, unknown>;
    if (typeof key === "string" && isValidKey(key) && typeof id === "string" && isUuid(id)) return { key, id };
  }
  return null;
}

/** For orders with no stable key (search relevance): the number of rows already shown. */
export function encodeOffset(offset: number): string {
  return encode({ offset });
}

export function decodeOffset(value: string): number {
  const parsed = decode(value);
  const offset = parsed && typeof parsed === "object" && "offset" in parsed ? (parsed as { offset: unknown }).offset : 0;
  return typeof offset === "number" && Number.isInteger(offset) && offset >= 0 && offset <= 100_000 ? offset : 0;
}

/**
 * Newest first, as the indexes store it. Drizzle writes `.desc()` indexes as DESC NULLS LAST but
 * `desc(column)` orders as DESC (NULLS FIRST), which no such index can serve: PostgreSQL then reads
 * and sorts every row of the owner's. Order with this wherever an index is meant to serve.
 */
export function descending(column: AnyColumn): SQL {
  return sql`${column} desc nulls last`;
}
