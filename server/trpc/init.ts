import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Db } from "@/db/client";
import { NotFoundError, UserInputError } from "../errors";
import { fieldErrorsOf } from "./field-errors";

export interface Context {
  db: Db;
  /** The signed-in user's id, from the session; never from input. */
  userId: string | null;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const message =
      cause instanceof ZodError
        ? "Some fields need attention."
        : error.code === "INTERNAL_SERVER_ERROR"
          ? // Internal messages can carry SQL or paths; the server log has them.
            "Something went wrong on our side. Try again in a moment."
          : shape.message;
    return {
      ...shape,
      message,
      // Field messages keyed by path ("emails.0.value"), so forms can show each beside its field.
      data: { ...shape.data, fieldErrors: cause instanceof ZodError ? fieldErrorsOf(cause) : null, stack: undefined },
    };
  },
});

/** Domain errors become their tRPC codes here, once; anything else stays an internal error. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof NotFoundError) throw new TRPCError({ code: "NOT_FOUND", message: cause.message, cause });
    if (cause instanceof UserInputError) throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
    if (cause instanceof ZodError) throw new TRPCError({ code: "BAD_REQUEST", message: "Some fields need attention.", cause });
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Your session has ended. Sign in again." });
  return next({ ctx: { db: ctx.db, ownerId: ctx.userId } });
});

