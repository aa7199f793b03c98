import type { Metadata } from "next";
import { getConfig } from "@/server/env";
import { getServerCaller } from "@/server/trpc/server";
import { ContactList, type ContactListFilters } from "./_components/contact-list";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ q?: string; sort?: string; archived?: string }> }) {
  const params = await searchParams;
  const filters: ContactListFilters = {
    q: (params.q ?? "").slice(0, 200),
    sort: params.sort === "updated" ? "updated" : "name",
    archived: params.archived === "1",
  };
  const caller = await getServerCaller();
  const firstPage = await caller.contacts.list({ ...filters, q: filters.q || undefined });
  return <ContactList initialFilters={filters} initialPage={firstPage} offerSample={getConfig().localAccount} />;
}
