import { Card } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";
import { FactsEditor } from "./facts-editor";

/** What you know about them: short typed facts, most recently learned first. */
export async function FactsSection({ contactId }: { contactId: string }) {
  const caller = await getServerCaller();
  const facts = await caller.knowledge.facts.list({ contactId });
  return (
    <Card title="What you know">
      <FactsEditor contactId={contactId} facts={facts.map(({ id, kind, text, learnedOn }) => ({ id, kind, text, learnedOn }))} />
    </Card>
  );
}
