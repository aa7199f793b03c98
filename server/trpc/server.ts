import { cache } from "react";
import { createRequestContext } from "./context";
import { createCaller } from "./router";

/** The tRPC caller for server components: one per request. */
export const getServerCaller = cache(async () => createCaller(await createRequestContext()));
