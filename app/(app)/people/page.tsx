import type { Metadata } from "next";
import { getConfig } from "@/server/env";
import { getServerCaller } from "@/server/trpc/server";
import { ContactList, type ContactListFilters } from "./_components/contact-list";

export const metadata: Metadata = { title: "People" };

/** An id from the address, or null; the list answers an unknown one with no one. */
const idParam = (value: string | undefined) => (value ? value.slice(0, 100) : null);

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ q?: string; sort?: string; archived?: string; circle?: string; tag?: string; company?: string }> }) {
  const params = await searchParams;
  const filters: ContactListFilters = {
    q: (params.q ?? "").slice(0, 200),
    sort: params.sort === "updated" ? "updated" : "name",
    archived: params.archived === "1",
    circleId: idParam(params.circle),
    tagId: idParam(params.tag),
    companyId: idParam(params.company),
  };
  const caller = await getServerCaller();
  const [firstPage, circles, tags, companies] = await Promise.all([
    caller.contacts.list({
      q: filters.q || undefined,
      sort: filters.sort,
      archived: filters.archived,
      circleId: filters.circleId ?? undefined,
      tagId: filters.tagId ?? undefined,
      companyId: filters.companyId ?? undefined,
    }),
    caller.circles.list(),
    caller.tags.list(),
    caller.companies.list({}),
  ]);
  const options = {
    circles: circles.map(({ id, name }) => ({ id, name })),
    tags: tags.map(({ id, name, colour }) => ({ id, name, colour })),
    companies: companies.map(({ id, name }) => ({ id, name })),
  };
  return <ContactList initialFilters={filters} initialPage={firstPage} offerSample={getConfig().localAccount} options={options} />;
}
