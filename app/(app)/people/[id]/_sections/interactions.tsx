import { Card } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";
import { loadContact } from "../../_lib/load-contact";
import { InteractionsLogButton } from "./interactions-log-button";
import { InteractionsPanel } from "./interactions-panel";

const PAGE_SIZE = 20;

/** The log of contact with this person, newest first. */
export async function InteractionsSection({ contactId }: { contactId: string }) {
  const contact = await loadContact(contactId);
  const caller = await getServerCaller();
  const [firstPage, total] = await Promise.all([caller.interactions.list({ contactId, limit: PAGE_SIZE }), caller.interactions.count({ contactId })]);
  const participant = { id: contact.id, displayName: contact.displayName };
  return (
    <Card title="Interactions" actions={<InteractionsLogButton contact={participant} />}>
      <InteractionsPanel contact={participant} initialPage={firstPage} pageSize={PAGE_SIZE} total={total} />
    </Card>
  );
}
