"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "@/app/_components/link";
import { inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_lib/trpc";
import { useDebounced } from "@/app/_lib/use-debounced";
import type { CompanySummary } from "@/server/companies/service";
import { TargetBadge } from "./target-badge";

function counts(company: CompanySummary): string {
  const parts = [];
  if (company.currentCount > 0) parts.push(`${company.currentCount} now`);
  if (company.formerCount > 0) parts.push(`${company.formerCount} before`);
  return parts.length > 0 ? parts.join(" · ") : "No one yet";
}

/** Every company, by name, with how many people work there now and before; the box searches by name. */
export function CompanyDirectory({ initial }: { initial: CompanySummary[] }) {
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const q = useDebounced(query.trim(), 250);
  const list = useQuery(trpc.companies.list.queryOptions({ q: q || undefined }, { initialData: q === "" ? initial : undefined, placeholderData: keepPreviousData }));
  const companies = list.data ?? [];

  return (
    <div className="flex flex-col gap-3">
      <div>
        <label htmlFor="company-search" className="sr-only">
          Search companies
        </label>
        <input id="company-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Search companies" autoComplete="off" className={inputClass} />
      </div>
      {list.isError ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {list.error.message}
        </p>
      ) : companies.length === 0 ? (
        <p className="py-4 text-sm text-stone-500 dark:text-stone-400">{list.isFetching ? "Searching…" : `No company matches “${q}”.`}</p>
      ) : (
        <ul aria-label="Companies" aria-busy={list.isFetching || undefined} className="flex flex-col divide-y divide-stone-100 dark:divide-stone-800">
          {companies.map((company) => (
            <li key={company.id}>
              <Link href={`/people/companies/${company.id}`} className="-mx-2 flex min-h-11 items-center gap-3 rounded-lg px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800/60">
                <span className="min-w-0 flex-1">
                  <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="min-w-0 break-words font-medium">{company.name}</span>
                    {company.target && <TargetBadge target={company.target} />}
                  </span>
                  {company.domain && <span className="block truncate text-sm text-stone-500 dark:text-stone-400">{company.domain}</span>}
                </span>
                <span className="shrink-0 text-sm text-stone-500 dark:text-stone-400">{counts(company)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
