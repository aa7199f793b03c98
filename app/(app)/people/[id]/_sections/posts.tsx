import { FEED_PAGE_SIZE } from "@/app/_components/feed-format";
import { ContactFeed } from "@/app/_components/feed-list";
import { Card } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";

/**
 * The contact's recent posts from every linked profile (and the changes seen on them), newest
 * first, with the feed's actions. The first page is rendered on the server; older ones load in
 * the page ("Load more", or by scrolling).
 */
export async function PostsSection({ contactId }: { contactId: string }) {
  const caller = await getServerCaller();
  const firstPage = await caller.feed.list({ contactId, limit: FEED_PAGE_SIZE });

  return (
    <Card title="Recent posts">
      <ContactFeed
        contactId={contactId}
        initialPage={firstPage}
        label="Recent posts"
        empty={<p className="text-sm text-stone-500 dark:text-stone-400">No posts yet. Posts from their linked profiles appear here after the next sync.</p>}
      />
    </Card>
  );
}
