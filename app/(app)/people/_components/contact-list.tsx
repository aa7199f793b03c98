"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useToast } from "@/app/_components/toaster";
import { Avatar, buttonClass, EmptyState, inputBase, inputClass, Skeleton } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import type { ContactPage } from "@/server/contacts/service";

export interface ContactListFilters {
  q: string;
  sort: "name" | "updated";
  archived: boolean;
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

function sameFilters(a: ContactListFilters, b: ContactListFilters): boolean {
  return a.q === b.q && a.sort === b.sort && a.archived === b.archived;
}

export function ContactList({ initialFilters, initialPage, offerSample }: { initialFilters: ContactListFilters; initialPage: ContactPage; offerSample: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [query, setQuery] = useState(initialFilters.q);
  const [sort, setSort] = useState(initialFilters.sort);
  const [archived, setArchived] = useState(initialFilters.archived);
  const q = useDebounced(query.trim(), 250);
  const filters: ContactListFilters = { q, sort, archived };

  // Keep the filters in the address so a reload or a shared link shows the same list.
  useEffect(() => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (sort !== "name") params.set("sort", sort);
    if (archived) params.set("archived", "1");
    const search = params.toString();
    window.history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
  }, [q, sort, archived]);

  const list = useInfiniteQuery(
    trpc.contacts.list.infiniteQueryOptions(
      { q: q || undefined, sort, archived, limit: 50 },
      {
        getNextPageParam: (page) => page.nextCursor,
        initialData: sameFilters(filters, initialFilters) ? { pages: [initialPage], pageParams: [null] } : undefined,
      },
    ),
  );

  const loadSample = useMutation(
    trpc.demo.load.mutationOptions({
      onSuccess: async ({ contacts }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.contacts.list.pathKey() });
        toast(`Loaded ${contacts} sample contacts.`);
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    }, { rootMargin: "400px" });
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const contacts = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{archived ? "Archived people" : "People"}</h1>
        <Link href="/people/new" className={buttonClass("primary")}>
          <span aria-hidden="true" className="text-lg leading-none">+</span> Add contact
        </Link>
      </div>

      <div className="flex flex-col gap-2 sm:flex-row">
        <div className="relative flex-1">
          <label htmlFor="contact-search" className="sr-only">
            Search by name
          </label>
          <input id="contact-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Search by name" autoComplete="off" className={inputClass} />
        </div>
        <div className="flex gap-2">
          <label htmlFor="contact-sort" className="sr-only">
            Sort
          </label>
          <select id="contact-sort" value={sort} onChange={(event) => setSort(event.target.value === "updated" ? "updated" : "name")} className={`${inputBase} flex-1 sm:flex-none`}>
            <option value="name">Name A–Z</option>
            <option value="updated">Recently updated</option>
          </select>
          <button type="button" aria-pressed={archived} onClick={() => setArchived(!archived)} className={buttonClass(archived ? "primary" : "secondary")}>
            Archived
          </button>
        </div>
      </div>

      {list.isPending ? (
        <ul aria-busy="true" aria-label="Loading contacts" className="flex flex-col gap-1">
          {Array.from({ length: 5 }, (_, i) => (
            <li key={i} className="flex items-center gap-3 py-2">
              <Skeleton className="h-10 w-10 rounded-full" />
              <Skeleton className="h-4 w-1/3" />
            </li>
          ))}
        </ul>
      ) : list.isError ? (
        <EmptyState title="Could not load your contacts" actions={<button type="button" className={buttonClass("secondary")} onClick={() => void list.refetch()}>Try again</button>}>
          {list.error.message}
        </EmptyState>
      ) : contacts.length === 0 ? (
        q ? (
          <EmptyState title={`No one matches “${q}”`} actions={<button type="button" className={buttonClass("secondary")} onClick={() => setQuery("")}>Clear search</button>}>
            Search looks at names and nicknames.
          </EmptyState>
        ) : archived ? (
          <EmptyState title="Nothing archived">Archive people you no longer keep up with; they stay searchable here and can be restored.</EmptyState>
        ) : (
          <EmptyState
            title="Your people will live here"
            actions={
              <>
                <Link href="/people/new" className={buttonClass("primary")}>
                  Add your first contact
                </Link>
                {offerSample && (
                  <button type="button" disabled={loadSample.isPending} onClick={() => loadSample.mutate()} className={buttonClass("secondary")}>
                    {loadSample.isPending ? "Loading…" : "Load sample network"}
                  </button>
                )}
              </>
            }
          >
            Add someone you want to stay close to: what you know about them, how you met, and how to reach them.
            {offerSample && " Or explore Kith first with a sample network of 60 people."}
          </EmptyState>
        )
      ) : (
        <>
          <ul aria-label="Contacts" className="divide-y divide-stone-200 overflow-hidden rounded-2xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {contacts.map((contact) => {
              const subtitle = [contact.title, contact.company].filter(Boolean).join(" · ") || contact.location;
              return (
                <li key={contact.id}>
                  <Link href={`/people/${contact.id}`} className="flex min-h-14 items-center gap-3 px-4 py-2.5 hover:bg-stone-50 dark:hover:bg-stone-800/60">
                    <Avatar name={contact.displayName} photoUrl={contact.photoUrl} />
                    <span className="min-w-0 flex-1">
                      <span className="block truncate font-medium">{contact.displayName}</span>
                      {subtitle && <span className="block truncate text-sm text-stone-500 dark:text-stone-400">{subtitle}</span>}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
          <div ref={sentinel} />
          {hasNextPage && (
            <button type="button" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()} className={buttonClass("secondary", "self-center")}>
              {isFetchingNextPage ? "Loading…" : "Load more"}
            </button>
          )}
        </>
      )}
    </div>
  );
}
