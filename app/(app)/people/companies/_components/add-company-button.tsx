"use client";

import { useRouter } from "next/navigation";
import { AddSheetButton } from "@/app/_components/add-sheet-button";
import { useToast } from "@/app/_components/toaster";
import { useRefresh } from "@/app/_lib/use-refresh";
import { CompanyForm } from "./company-form";

/** "Add company": the form in a sheet; then the company's page (an existing one of that name is reused). */
export function AddCompanyButton() {
  const router = useRouter();
  const refresh = useRefresh();
  const toast = useToast();
  return (
    <AddSheetButton label="Add company">
      {(close) => (
        <CompanyForm
          onCancel={close}
          onSaved={(company) => {
            close();
            toast(`“${company.name}” saved.`);
            router.push(`/people/companies/${company.id}`);
            void refresh();
          }}
        />
      )}
    </AddSheetButton>
  );
}
