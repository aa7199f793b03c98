import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { TopicDetail } from "@/server/knowledge/topics";
import { getServerCaller } from "@/server/trpc/server";

/** The topic for a page, or the not-found page when it is missing or someone else's. */
export const loadTopic = cache(async (id: string): Promise<TopicDetail> => {
  const caller = await getServerCaller();
  try {
    return await caller.knowledge.topics.get({ id });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
