import { accountRouter } from "../account/router";
import { contactsRouter } from "../contacts/router";
import { demoRouter } from "../demo/router";
import { createCallerFactory, createTRPCRouter } from "./init";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  contacts: contactsRouter,
  demo: demoRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
