"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { buttonClass } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { Company } from "@/server/companies/service";
import { CompanyForm } from "./company-form";

/** Edit (in a sheet) and Delete (after a confirmation) on a company's page. */
export function CompanyActions({ company, peopleCount }: { company: Company; peopleCount: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useRefresh();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(
    trpc.companies.remove.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        toast(`“${company.name}” deleted.`);
        router.replace("/people/companies");
        void refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => setEditing(true)}>
        Edit
      </button>
      <button type="button" className={buttonClass("ghost", "text-red-600 dark:text-red-400")} onClick={() => setConfirming(true)}>
        Delete
      </button>
      <Sheet open={editing} title="Edit company" onClose={() => setEditing(false)}>
        <CompanyForm
          company={company}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            toast("Changes saved.");
            void refresh();
          }}
        />
      </Sheet>
      <ConfirmDialog open={confirming} title={`Delete “${company.name}”?`} confirmLabel="Delete company" busy={remove.isPending} onCancel={() => setConfirming(false)} onConfirm={() => remove.mutate({ id: company.id })}>
        {peopleCount === 0
          ? "No one you know works or worked there. This cannot be undone."
          : `The jobs there of the ${peopleCount === 1 ? "one person" : `${peopleCount} people`} who work or worked there are deleted with it, and their current role is worked out again from their other jobs. This cannot be undone.`}
      </ConfirmDialog>
    </>
  );
}
