"use client";

import { EditDeleteActions } from "@/app/_components/edit-delete-actions";
import { useTRPCClient } from "@/app/_lib/trpc";
import type { Company } from "@/server/companies/service";
import { CompanyForm } from "./company-form";

/** Edit (in a sheet) and Delete (after a confirmation) on a company's page. */
export function CompanyActions({ company, peopleCount }: { company: Company; peopleCount: number }) {
  const client = useTRPCClient();
  return (
    <EditDeleteActions
      editTitle="Edit company"
      editForm={(done) => <CompanyForm company={company} {...done} />}
      confirmTitle={`Delete “${company.name}”?`}
      confirmLabel="Delete company"
      consequence={
        peopleCount === 0
          ? "No one you know works or worked there. This cannot be undone."
          : `The jobs there of the ${peopleCount === 1 ? "one person" : `${peopleCount} people`} who work or worked there are deleted with it, and their current role is worked out again from their other jobs. This cannot be undone.`
      }
      remove={() => client.companies.remove.mutate({ id: company.id })}
      deletedMessage={`“${company.name}” deleted.`}
      listHref="/people/companies"
    />
  );
}
