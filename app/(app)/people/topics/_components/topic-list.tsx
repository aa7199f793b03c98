"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { Link } from "@/app/_components/link";
import { useToast } from "@/app/_components/toaster";
import { buttonClass } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { TopicSummary } from "@/server/knowledge/topics";
import { TopicSheet } from "./topic-sheet";

function peopleLabel(count: number): string {
  return count === 0 ? "No one yet" : count === 1 ? "1 person" : `${count} people`;
}

export function TopicList({ topics }: { topics: TopicSummary[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [renaming, setRenaming] = useState<TopicSummary | null>(null);
  const [deleting, setDeleting] = useState<TopicSummary | null>(null);
  const remove = useMutation(
    trpc.knowledge.topics.remove.mutationOptions({
      onSuccess: async (topic) => {
        setDeleting(null);
        toast(`${topic.name} deleted.`);
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  return (
    <>
      <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
        {topics.map((topic) => (
          <li key={topic.id} className="flex items-center gap-1 px-2 py-1 sm:px-3">
            <Link href={`/people/topics/${topic.id}`} className="flex min-h-11 min-w-0 flex-1 flex-col justify-center rounded-lg px-2 py-2 hover:bg-stone-50 dark:hover:bg-stone-800">
              <span className="truncate font-medium">{topic.name}</span>
              <span className="truncate text-sm text-stone-500 dark:text-stone-400">
                {peopleLabel(topic.peopleCount)}
                {topic.description && ` · ${topic.description}`}
              </span>
            </Link>
            <button type="button" className={buttonClass("ghost", "shrink-0 px-3")} onClick={() => setRenaming(topic)}>
              Rename<span className="sr-only"> {topic.name}</span>
            </button>
            <button type="button" className={buttonClass("ghost", "shrink-0 px-3 text-red-600 dark:text-red-400")} onClick={() => setDeleting(topic)}>
              Delete<span className="sr-only"> {topic.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <TopicSheet open={renaming !== null} topic={renaming ?? undefined} onClose={() => setRenaming(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete ${deleting?.name ?? "topic"}?`}
        confirmLabel="Delete topic"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
      >
        {deleting && deleting.peopleCount > 0
          ? `It comes off ${deleting.peopleCount === 1 ? "the one person" : `all ${deleting.peopleCount} people`} you learn it with, along with your notes on how. This cannot be undone.`
          : "This cannot be undone."}
      </ConfirmDialog>
    </>
  );
}
