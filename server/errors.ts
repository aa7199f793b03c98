/** A record that does not exist or is not the caller's: the two are deliberately indistinguishable. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
  constructor(what: string) {
    super(`${what} not found. It may have been deleted; go back to the list and try again.`);
  }
}

/** A request that cannot be carried out as asked; the message says what to do instead. */
export class UserInputError extends Error {
  override name = "UserInputError";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** True for a clash with a unique index, whichever driver raised it. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  // Drizzle wraps the driver's error; its code sits one or two causes down.
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    if ((current as { code?: unknown }).code === "23505") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
