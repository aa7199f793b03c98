import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { Card, EmptyState } from "@/app/_components/ui";
import type { CompanyDetail } from "@/server/companies/service";
import { getServerCaller } from "@/server/trpc/server";
import { PeopleTabs } from "../_components/people-tabs";
import { AddCompanyButton } from "./_components/add-company-button";
import { CompanyDirectory } from "./_components/company-directory";
import { CompanyPeople } from "./_components/company-people";
import { TargetBadge } from "./_components/target-badge";

export const metadata: Metadata = { title: "Companies" };

function TargetCard({ company }: { company: CompanyDetail }) {
  const nobody = company.current.length === 0 && company.former.length === 0;
  return (
    <li className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <div className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 className="min-w-0 break-words text-base font-semibold">
          <Link href={`/people/companies/${company.id}`} className="inline-flex min-h-11 items-center hover:underline">
            {company.name}
          </Link>
        </h3>
        {company.target && <TargetBadge target={company.target} />}
      </div>
      {nobody ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">You know no one who works or worked there yet. Add a job to a contact&apos;s Work section to link them.</p>
      ) : (
        <div className="flex flex-col gap-3">
          {company.current.length > 0 && (
            <div>
              <h4 className="text-xs font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">Work there now</h4>
              <CompanyPeople people={company.current} current label={`Work at ${company.name} now`} />
            </div>
          )}
          {company.former.length > 0 && (
            <div>
              <h4 className="text-xs font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">Worked there</h4>
              <CompanyPeople people={company.former} current={false} label={`Worked at ${company.name}`} />
            </div>
          )}
        </div>
      )}
    </li>
  );
}

export default async function CompaniesPage() {
  const caller = await getServerCaller();
  const [targets, companies] = await Promise.all([caller.companies.targets(), caller.companies.list({})]);
  return (
    <div className="flex flex-col gap-4">
      <PeopleTabs />
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Companies</h1>
        <AddCompanyButton />
      </div>

      <section aria-labelledby="targets-heading" className="flex flex-col gap-3">
        <h2 id="targets-heading" className="text-lg font-semibold">
          Your target companies
        </h2>
        {targets.length === 0 ? (
          <EmptyState title="No target companies yet">
            Open a company and choose “Want to work for” or “Want to collaborate with”. It then shows here with the people you know there, strongest ties first: the warmest way in.
          </EmptyState>
        ) : (
          <ul aria-label="Target companies" className="grid grid-cols-1 gap-3 md:grid-cols-2">
            {targets.map((company) => (
              <TargetCard key={company.id} company={company} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="all-companies-heading" className="flex flex-col gap-3">
        <h2 id="all-companies-heading" className="text-lg font-semibold">
          All companies
        </h2>
        {companies.length === 0 ? (
          <EmptyState title="No companies yet">
            Companies come from your contacts&apos; work: fill in a contact&apos;s Company, or add a job in the Work section of their page. You can also add one with Add company.
          </EmptyState>
        ) : (
          <Card>
            <CompanyDirectory initial={companies} />
          </Card>
        )}
      </section>
    </div>
  );
}
