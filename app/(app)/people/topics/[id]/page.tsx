import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { Card } from "@/app/_components/ui";
import { TopicPeople } from "../_components/topic-people";
import { EditTopicButton } from "../_components/topic-sheet";
import { loadTopic } from "../_lib/load-topic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await loadTopic((await params).id)).name };
}

export default async function TopicPage({ params }: { params: Promise<{ id: string }> }) {
  const topic = await loadTopic((await params).id);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Link href="/people/topics" className="text-sm text-stone-500 hover:underline">
        ← Topics
      </Link>
      <header className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="break-words text-2xl font-semibold tracking-tight">{topic.name}</h1>
          <p className="mt-1 whitespace-pre-line break-words text-sm text-stone-600 dark:text-stone-400">{topic.description ?? "No description yet."}</p>
        </div>
        <EditTopicButton topic={{ id: topic.id, name: topic.name, description: topic.description }} />
      </header>
      <Card title="Learning it with you">
        <TopicPeople topicId={topic.id} topicName={topic.name} people={topic.people} />
      </Card>
    </div>
  );
}
