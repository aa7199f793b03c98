import { redirect } from "next/navigation";
import { cache } from "react";
import { createRequestContext } from "./context";
import { createCaller } from "./router";

/** The tRPC caller for server components, one per request; without a session, off to sign in. */
export const getServerCaller = cache(async () => {
  const context = await createRequestContext();
  if (!context.userId) redirect("/signin");
  return createCaller(context);
});
