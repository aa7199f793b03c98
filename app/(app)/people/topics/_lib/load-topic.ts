import { cache } from "react";
import { orNotFound } from "@/app/_lib/or-not-found";
import type { TopicDetail } from "@/server/knowledge/topics";
import { getServerCaller } from "@/server/trpc/server";

/** The topic for a page, or the not-found page when it is missing or someone else's. */
export const loadTopic = cache(async (id: string): Promise<TopicDetail> => {
  const caller = await getServerCaller();
  return orNotFound(caller.knowledge.topics.get({ id }));
});
