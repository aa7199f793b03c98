import { Card } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";
import { DisclosuresEditor } from "./disclosures-editor";

/** What they know about you: a log of what you have shared with them. */
export async function DisclosuresSection({ contactId }: { contactId: string }) {
  const caller = await getServerCaller();
  const disclosures = await caller.knowledge.disclosures.list({ contactId });
  return (
    <Card>
      <DisclosuresEditor contactId={contactId} disclosures={disclosures.map(({ id, text, sharedOn }) => ({ id, text, sharedOn }))} />
    </Card>
  );
}
