"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Field, invalidProps } from "@/app/_components/field";
import { FormActions } from "@/app/_components/form-actions";
import { inputClass } from "@/app/_components/ui";
import { messageFrom, namedFormErrorsFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { INDUSTRIES, INDUSTRY_LABELS, type CompanyTarget, type Industry } from "@/db/schema/vocabulary";
import { createCompanyInput } from "@/server/companies/schemas";
import type { Company } from "@/server/companies/service";
import { fieldErrorsOf } from "@/server/trpc/field-errors";
import { TargetOptions } from "./target-options";

/** Adds a company (with its target), or edits the name, domain, industry and notes of the one given. */
export function CompanyForm({ company, onSaved, onCancel }: { company?: Company; onSaved: (company: Company) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const prefix = useId();
  const id = (key: string) => `${prefix}-${key}`;
  const [name, setName] = useState(company?.name ?? "");
  const [domain, setDomain] = useState(company?.domain ?? "");
  const [notes, setNotes] = useState(company?.notes ?? "");
  const [industry, setIndustry] = useState<Industry | null>(company?.industry ?? null);
  const [target, setTarget] = useState<CompanyTarget | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const onError = (error: unknown) => {
    const found = namedFormErrorsFrom(error);
    setErrors(Object.keys(found).length > 0 ? found : { _form: messageFrom(error) });
  };
  const create = useMutation(trpc.companies.create.mutationOptions({ onSuccess: onSaved, onError }));
  const update = useMutation(trpc.companies.update.mutationOptions({ onSuccess: onSaved, onError }));
  const saving = create.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { name, domain, notes, industry, target };
    const checked = createCompanyInput.safeParse(input);
    if (!checked.success) {
      const found = fieldErrorsOf(checked.error);
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(id(first))?.focus();
      return;
    }
    setErrors({});
    if (company) update.mutate({ id: company.id, name, domain, notes, industry });
    else create.mutate(input);
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <Field id={id("name")} label="Name" error={errors.name}>
        <input id={id("name")} autoComplete="organization" autoFocus className={inputClass} value={name} onChange={(event) => setName(event.target.value)} {...invalidProps(id("name"), errors.name)} />
      </Field>
      <Field id={id("domain")} label="Domain" error={errors.domain} hint="Their web domain, like acme.com">
        <input
          id={id("domain")}
          inputMode="url"
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          placeholder="acme.com"
          className={inputClass}
          value={domain}
          onChange={(event) => setDomain(event.target.value)}
          {...invalidProps(id("domain"), errors.domain)}
        />
      </Field>
      <Field id={id("industry")} label="Industry" error={errors.industry} hint="Used to measure how varied your network is">
        <select id={id("industry")} className={inputClass} value={industry ?? ""} onChange={(event) => setIndustry((event.target.value || null) as Industry | null)} {...invalidProps(id("industry"), errors.industry)}>
          <option value="">Not set</option>
          {INDUSTRIES.map((value) => (
            <option key={value} value={value}>
              {INDUSTRY_LABELS[value]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("notes")} label="Notes" error={errors.notes}>
        <textarea id={id("notes")} rows={3} className={`${inputClass} py-2`} value={notes} onChange={(event) => setNotes(event.target.value)} {...invalidProps(id("notes"), errors.notes)} />
      </Field>
      {!company && <TargetOptions label="Target" value={target} onChange={setTarget} />}
      <FormActions error={errors._form} pending={saving} submitLabel={company ? "Save changes" : "Add company"} onCancel={onCancel} />
    </form>
  );
}
