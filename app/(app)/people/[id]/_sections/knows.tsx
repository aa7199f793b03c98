import { TieSuggestions } from "@/app/_components/tie-suggestions";
import { Card } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";
import { loadContact } from "../../_lib/load-contact";
import { KnowsEditor } from "./knows-editor";

/** Who this contact knows among your contacts (alter-alter ties), and who they may know. */
export async function KnowsSection({ contactId }: { contactId: string }) {
  const caller = await getServerCaller();
  const [contact, ties] = await Promise.all([loadContact(contactId), caller.network.contactTies({ contactId })]);
  return (
    <Card title="Knows">
      <KnowsEditor contactId={contactId} contactName={contact.displayName} initialTies={ties} />
      <div className="mt-4 flex flex-col gap-2 border-t border-stone-200 pt-4 dark:border-stone-800">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">They may know</h3>
        <TieSuggestions contactId={contactId} />
      </div>
    </Card>
  );
}
