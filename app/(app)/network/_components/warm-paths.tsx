"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import { Fragment, useId, useState } from "react";
import { Link } from "@/app/_components/link";
import { buttonClass, inputClass, Skeleton } from "@/app/_components/ui";
import { useTRPC } from "@/app/_lib/trpc";
import type { WarmPathView } from "@/server/network/service";
import { percent, plural } from "./format";

export interface TargetCompany {
  id: string;
  name: string;
  /** Contacts who work there now, as far as Kith knows. */
  peopleThere: number;
}

const personLink = "inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline dark:text-brand-100";

function Chain({ path, companyName }: { path: WarmPathView; companyName: string }) {
  const where = [companyName, path.target.title].filter(Boolean).join(", ");
  return (
    <li className="flex flex-col gap-1 rounded-xl border border-stone-200 px-3 py-2 dark:border-stone-800">
      <p className="flex flex-wrap items-center gap-x-1.5 text-sm">
        <span className="font-medium">You</span>
        {[...path.via, path.target].map((person) => (
          <Fragment key={person.id}>
            <span aria-hidden="true" className="text-stone-400">
              →
            </span>
            <span className="sr-only">then</span>
            <Link href={`/people/${person.id}`} className={personLink}>
              {person.displayName}
            </Link>
          </Fragment>
        ))}
        <span className="text-stone-500 dark:text-stone-400">({where})</span>
      </p>
      <div className="flex items-center gap-2 text-xs text-stone-600 dark:text-stone-400">
        <span aria-hidden="true" className="h-1.5 w-24 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800">
          <span className="block h-full rounded-full bg-brand-500" style={{ width: percent(path.strength) }} />
        </span>
        Chain strength {percent(path.strength)}
      </div>
    </li>
  );
}

/** The strongest chains of acquaintance from the user into one of their target companies. */
export function WarmPaths({ targets }: { targets: TargetCompany[] }) {
  const trpc = useTRPC();
  const selectId = useId();
  const [companyId, setCompanyId] = useState(targets[0]?.id ?? null);
  const company = targets.find((target) => target.id === companyId) ?? null;
  const paths = useQuery(trpc.network.warmPaths.queryOptions(company ? { companyId: company.id } : skipToken));

  if (!company) {
    return (
      <div className="flex flex-col gap-3 text-sm text-stone-600 dark:text-stone-400">
        <p>Mark a company as a target to see the warmest ways in: under People → Companies, open the company and choose “Want to work for” or “Want to collaborate with”.</p>
        <Link href="/people/companies" className={buttonClass("secondary", "self-start")}>
          Go to Companies
        </Link>
      </div>
    );
  }

  let result;
  if (paths.isPending) {
    result = (
      <div aria-busy="true" aria-label="Finding warm paths" className="flex flex-col gap-2">
        <Skeleton className="h-14 w-full" />
        <Skeleton className="h-14 w-full" />
      </div>
    );
  } else if (paths.isError) {
    result = (
      <div role="alert" className="flex flex-col gap-2 text-sm">
        <p>{paths.error.message}</p>
        <button type="button" className={buttonClass("secondary", "self-start")} onClick={() => void paths.refetch()}>
          Try again
        </button>
      </div>
    );
  } else if (paths.data.paths.length === 0) {
    result = (
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {company.peopleThere === 0
          ? `Nobody you know works at ${company.name} yet. When you add someone’s job there on their page, the ways in show up here.`
          : `No path into ${company.name}: the people who work there are not among your current contacts.`}
      </p>
    );
  } else {
    result = (
      <ol aria-label={`Warm paths into ${company.name}`} className="flex flex-col gap-2">
        {paths.data.paths.map((path) => (
          <Chain key={[...path.via.map((person) => person.id), path.target.id].join(">")} path={path} companyName={paths.data.company.name} />
        ))}
      </ol>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={selectId} className="text-sm font-medium text-stone-700 dark:text-stone-300">
          Target company
        </label>
        <select id={selectId} className={inputClass} value={company.id} onChange={(event) => setCompanyId(event.target.value)}>
          {targets.map((target) => (
            <option key={target.id} value={target.id}>
              {target.name} ({plural(target.peopleThere, "contact")} there)
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">{result}</div>
    </div>
  );
}
