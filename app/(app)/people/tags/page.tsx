import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";
import { PeopleTabs } from "../_components/people-tabs";
import { NewTagForm } from "./_components/new-tag-form";
import { TagList } from "./_components/tag-list";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage() {
  const caller = await getServerCaller();
  const tags = await caller.tags.list();
  return (
    <div className="flex flex-col gap-4">
      <PeopleTabs />
      <h1 className="text-2xl font-semibold tracking-tight">Tags</h1>
      <NewTagForm />
      {tags.length === 0 ? (
        <EmptyState title="No tags yet">Tags are quick labels for people (investor, climbing, met at RustConf). Add one above, or tag people from their page or from the contact list.</EmptyState>
      ) : (
        <TagList tags={tags} />
      )}
    </div>
  );
}
