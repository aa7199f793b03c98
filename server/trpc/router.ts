import { accountRouter } from "../account/router";
import { circlesRouter } from "../circles/router";
import { companiesRouter } from "../companies/router";
import { contactsRouter } from "../contacts/router";
import { demoRouter } from "../demo/router";
import { feedRouter } from "../feed/router";
import { interactionsRouter } from "../interactions/router";
import { knowledgeRouter } from "../knowledge/router";
import { networkRouter } from "../network/router";
import { notificationsRouter } from "../notifications/router";
import { placesRouter } from "../places/router";
import { remindersRouter } from "../reminders/router";
import { sourcesRouter } from "../sources/router";
import { tagsRouter } from "../tags/router";
import { tiesRouter } from "../ties/router";
import { createCallerFactory, createTRPCRouter } from "./init";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  circles: circlesRouter,
  companies: companiesRouter,
  contacts: contactsRouter,
  demo: demoRouter,
  feed: feedRouter,
  interactions: interactionsRouter,
  knowledge: knowledgeRouter,
  network: networkRouter,
  notifications: notificationsRouter,
  places: placesRouter,
  reminders: remindersRouter,
  sources: sourcesRouter,
  tags: tagsRouter,
  ties: tiesRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
