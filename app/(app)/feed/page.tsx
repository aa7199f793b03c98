import type { Metadata } from "next";
import { FEED_PAGE_SIZE, feedFiltersFromParams, feedQueryInput } from "@/app/_components/feed-format";
import { getServerCaller } from "@/server/trpc/server";
import { FeedView } from "./_components/feed-view";

export const metadata: Metadata = { title: "Feed" };

export default async function FeedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const requested = feedFiltersFromParams(await searchParams);
  const caller = await getServerCaller();
  const [circles, tags, contact] = await Promise.all([
    caller.circles.list(),
    caller.tags.list(),
    requested.contactId ? caller.contacts.get({ id: requested.contactId }).catch(() => null) : null,
  ]);
  // A circle, tag or person that is gone (an old link) is dropped rather than answered with an error page.
  const filters = {
    ...requested,
    circleId: circles.some((circle) => circle.id === requested.circleId) ? requested.circleId : null,
    tagId: tags.some((tag) => tag.id === requested.tagId) ? requested.tagId : null,
    contactId: contact ? contact.id : null,
  };
  const firstPage = await caller.feed.list({ ...feedQueryInput(filters), limit: FEED_PAGE_SIZE });
  const options = {
    circles: circles.map(({ id, name }) => ({ id, name })),
    tags: tags.map(({ id, name, colour }) => ({ id, name, colour })),
  };
  return <FeedView initialFilters={filters} initialPage={firstPage} options={options} initialContactName={contact?.displayName ?? null} />;
}
