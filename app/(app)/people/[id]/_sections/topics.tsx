import { Card } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";
import { TopicsEditor } from "./topics-editor";

/** What you are learning together: shared topics, each with a note on how you learn it with them. */
export async function TopicsSection({ contactId }: { contactId: string }) {
  const caller = await getServerCaller();
  const [topics, allTopics] = await Promise.all([caller.knowledge.topics.listForContact({ contactId }), caller.knowledge.topics.list()]);
  const linked = new Set(topics.map((topic) => topic.id));
  return (
    <Card>
      <TopicsEditor
        contactId={contactId}
        topics={topics.map(({ id, name, note }) => ({ id, name, note }))}
        suggestions={allTopics.filter((topic) => !linked.has(topic.id)).map((topic) => topic.name)}
      />
    </Card>
  );
}
