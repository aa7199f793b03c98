"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { buttonClass } from "@/app/_components/ui";
import { useRefresh } from "@/app/_lib/use-refresh";
import { CompanyForm } from "./company-form";

/** "Add company": the form in a sheet; then the company's page (an existing one of that name is reused). */
export function AddCompanyButton() {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const refresh = useRefresh();
  const toast = useToast();
  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => setOpen(true)}>
        <span aria-hidden="true" className="text-lg leading-none">
          +
        </span>{" "}
        Add company
      </button>
      <Sheet open={open} title="Add company" onClose={() => setOpen(false)}>
        <CompanyForm
          onCancel={() => setOpen(false)}
          onSaved={(company) => {
            setOpen(false);
            toast(`“${company.name}” saved.`);
            router.push(`/people/companies/${company.id}`);
            void refresh();
          }}
        />
      </Sheet>
    </>
  );
}
