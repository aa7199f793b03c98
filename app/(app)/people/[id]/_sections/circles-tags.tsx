import { Card } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";
import { CirclesTagsEditor } from "./circles-tags-editor";

/** The circles the contact is in and the tags they carry, each removable, with pickers to add more. */
export async function CirclesAndTagsSection({ contactId }: { contactId: string }) {
  const caller = await getServerCaller();
  const [circles, tags] = await Promise.all([caller.circles.listForContact({ contactId }), caller.tags.listForContact({ contactId })]);
  return (
    <Card title="Circles and tags">
      <CirclesTagsEditor contactId={contactId} circles={circles} tags={tags} />
    </Card>
  );
}
