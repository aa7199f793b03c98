import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";
import { PeopleTabs } from "../_components/people-tabs";
import { TopicList } from "./_components/topic-list";
import { NewTopicButton } from "./_components/topic-sheet";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  const caller = await getServerCaller();
  const topics = await caller.knowledge.topics.list();
  return (
    <div className="flex flex-col gap-4">
      <PeopleTabs />
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Topics</h1>
        <NewTopicButton />
      </div>
      {topics.length === 0 ? (
        <EmptyState title="No topics yet">
          Topics are what you are learning with other people: a language, a craft, a field. Create one here, or add one from a contact&apos;s page under
          “Learning together”.
        </EmptyState>
      ) : (
        <TopicList topics={topics} />
      )}
    </div>
  );
}
