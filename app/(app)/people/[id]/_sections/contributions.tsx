import { Card } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";
import { ContributionsEditor } from "./contributions-editor";

/** Give and take: the balance of what you gave and received, over the ledger newest first. */
export async function ContributionsSection({ contactId }: { contactId: string }) {
  const caller = await getServerCaller();
  const [entries, balance] = await Promise.all([caller.knowledge.contributions.list({ contactId }), caller.knowledge.contributions.balance({ contactId })]);
  return (
    <Card title="Give and take">
      <ContributionsEditor
        contactId={contactId}
        balance={balance}
        entries={entries.map(({ id, direction, kind, description, occurredOn }) => ({ id, direction, kind, description, occurredOn }))}
      />
    </Card>
  );
}
