import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/app/_components/link";
import { Markdown } from "@/app/_components/markdown";
import { Card } from "@/app/_components/ui";
import { orNotFound } from "@/app/_lib/or-not-found";
import type { CompanyDetail } from "@/server/companies/service";
import { getServerCaller } from "@/server/trpc/server";
import { PeopleTabs } from "../../_components/people-tabs";
import { CompanyActions } from "../_components/company-actions";
import { CompanyPeople } from "../_components/company-people";
import { TargetControl } from "../_components/target-control";

const loadCompany = cache(async (id: string): Promise<CompanyDetail> => {
  const caller = await getServerCaller();
  return orNotFound(caller.companies.get({ id }));
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await loadCompany((await params).id)).name };
}

export default async function CompanyPage({ params }: { params: Promise<{ id: string }> }) {
  const { current, former, ...company } = await loadCompany((await params).id);
  return (
    <div className="flex flex-col gap-4">
      <PeopleTabs />
      <Link href="/people/companies" className="text-sm text-stone-500 hover:underline">
        ← Companies
      </Link>
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <h1 className="break-words text-2xl font-semibold tracking-tight">{company.name}</h1>
          {company.domain && (
            <a href={`https://${company.domain}`} target="_blank" rel="noopener noreferrer nofollow" className="inline-flex min-h-11 items-center text-sm text-brand-600 hover:underline dark:text-brand-100">
              {company.domain}
            </a>
          )}
        </div>
        <div className="flex gap-2">
          <CompanyActions company={company} peopleCount={current.length + former.length} />
        </div>
      </header>

      <Card>
        <TargetControl companyId={company.id} target={company.target} />
      </Card>

      <div className="grid grid-cols-1 gap-4 md:grid-cols-2 md:items-start">
        <Card title={`Work there now (${current.length})`}>
          {current.length > 0 ? (
            <CompanyPeople people={current} current label={`Work at ${company.name} now`} />
          ) : (
            <p className="text-sm text-stone-500 dark:text-stone-400">No one you know works here now. Add a job in the Work section of a contact&apos;s page to link them.</p>
          )}
        </Card>
        <Card title={`Worked there before (${former.length})`}>
          {former.length > 0 ? (
            <CompanyPeople people={former} current={false} label={`Worked at ${company.name} before`} />
          ) : (
            <p className="text-sm text-stone-500 dark:text-stone-400">No one you know used to work here.</p>
          )}
        </Card>
      </div>
      {current.length + former.length > 0 && (
        <Link href={`/people?company=${company.id}`} className="inline-flex min-h-11 items-center self-start text-sm text-brand-600 hover:underline dark:text-brand-100">
          Open everyone from {company.name} in the contact list
        </Link>
      )}

      <Card title="Notes">{company.notes ? <Markdown>{company.notes}</Markdown> : <p className="text-sm text-stone-500 dark:text-stone-400">No notes yet. Use Edit to add what you know about them.</p>}</Card>
    </div>
  );
}
