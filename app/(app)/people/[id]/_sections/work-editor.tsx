"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { AddSheetButton } from "@/app/_components/add-sheet-button";
import { Field, invalidProps } from "@/app/_components/field";
import { FormActions } from "@/app/_components/form-actions";
import { RowActions } from "@/app/_components/row-actions";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { inputClass } from "@/app/_components/ui";
import { localMonth } from "@/app/_lib/dates";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import { addEmploymentInput, type AddEmploymentInput } from "@/server/companies/schemas";
import type { Employment } from "@/server/companies/service";
import { fieldErrorsOf } from "@/server/trpc/field-errors";
import { CompanyPicker, type CompanyChoice } from "./work-company-picker";

interface Draft {
  company: CompanyChoice;
  title: string;
  /** YYYY-MM, as a month input gives it. */
  from: string;
  to: string;
  current: boolean;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function draftOf(job?: Employment): Draft {
  return {
    company: job ? { id: job.company.id, name: job.company.name } : { id: null, name: "" },
    title: job?.title ?? "",
    from: job?.startedOn?.slice(0, 7) ?? "",
    to: job?.endedOn?.slice(0, 7) ?? "",
    current: job?.current ?? !job,
  };
}

/** Server and schema messages keyed for the form: both ways of naming the company point at its box. */
function formKey(key: string): string {
  return key === "companyId" || key === "companyName" ? "company" : key;
}

function keyed(errors: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) result[formKey(key)] ??= message;
  return result;
}

/** The job as the procedures take it, or messages for the month boxes a browser without a month picker let through. */
function toInput(contactId: string, draft: Draft): { input: AddEmploymentInput; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const month = (value: string, key: string) => {
    if (value === "") return null;
    if (!MONTH.test(value)) {
      errors[key] = "Enter a month like 2021-03.";
      return null;
    }
    return `${value}-01`;
  };
  const company = draft.company.name.trim();
  const input: AddEmploymentInput = {
    contactId,
    ...(draft.company.id ? { companyId: draft.company.id } : company ? { companyName: company } : {}),
    title: draft.title,
    startedOn: month(draft.from, "startedOn"),
    endedOn: draft.current ? null : month(draft.to, "endedOn"),
    current: draft.current,
  };
  return { input, errors };
}

function JobForm({ contactId, job, onDone }: { contactId: string; job?: Employment; onDone: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const prefix = useId();
  const id = (key: string) => `${prefix}-${key}`;
  const [draft, setDraft] = useState(() => draftOf(job));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const onSuccess = async () => {
    toast(job ? "Job saved." : "Job added.");
    onDone();
    await refresh();
  };
  const onError = (error: unknown) => {
    const fieldErrors = fieldErrorsFrom(error);
    setErrors(Object.keys(fieldErrors).length > 0 ? keyed(fieldErrors) : { _form: messageFrom(error) });
  };
  const add = useMutation(trpc.companies.employments.add.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.companies.employments.update.mutationOptions({ onSuccess, onError }));
  const saving = add.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { input, errors: monthErrors } = toInput(contactId, draft);
    const checked = addEmploymentInput.safeParse(input);
    const found = { ...(checked.success ? {} : keyed(fieldErrorsOf(checked.error))), ...monthErrors };
    if (Object.keys(found).length > 0) {
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(id(first))?.focus();
      return;
    }
    setErrors({});
    if (job) {
      const { contactId: _contact, ...changes } = input;
      update.mutate({ id: job.id, ...changes });
    } else add.mutate(input);
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <Field id={id("company")} label="Company" error={errors.company}>
        <CompanyPicker id={id("company")} value={draft.company} error={errors.company} onChange={(company) => set("company", company)} />
      </Field>
      <Field id={id("title")} label="Title" error={errors.title}>
        <input id={id("title")} autoComplete="off" className={inputClass} value={draft.title} placeholder="e.g. Product designer" onChange={(event) => set("title", event.target.value)} {...invalidProps(id("title"), errors.title)} />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id={id("startedOn")} label="From" error={errors.startedOn}>
          <input id={id("startedOn")} type="month" max={localMonth()} placeholder="2021-03" className={inputClass} value={draft.from} onChange={(event) => set("from", event.target.value)} {...invalidProps(id("startedOn"), errors.startedOn)} />
        </Field>
        <Field id={id("endedOn")} label="To" error={errors.endedOn} hint={draft.current ? "Still there" : undefined}>
          <input
            id={id("endedOn")}
            type="month"
            max={localMonth()}
            placeholder="2023-06"
            disabled={draft.current}
            className={`${inputClass} disabled:opacity-50`}
            value={draft.current ? "" : draft.to}
            onChange={(event) => set("to", event.target.value)}
            {...invalidProps(id("endedOn"), errors.endedOn)}
          />
        </Field>
      </div>
      <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm font-medium">
        <input type="checkbox" className="h-5 w-5 accent-brand-600" checked={draft.current} onChange={(event) => set("current", event.target.checked)} />
        Works here now
      </label>
      <FormActions error={errors._form} pending={saving} submitLabel={job ? "Save job" : "Add job"} onCancel={onDone} />
    </form>
  );
}

/** "Add job": the job form in a sheet. */
export function AddJobButton({ contactId }: { contactId: string }) {
  return (
    <AddSheetButton label="Add job" variant="secondary">
      {(close) => <JobForm contactId={contactId} onDone={close} />}
    </AddSheetButton>
  );
}

/** Edit (in a sheet) and Delete (with Undo) for one job. */
export function JobActions({ contactId, job }: { contactId: string; job: Employment }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const what = job.title ? `${job.title} at ${job.company.name}` : `job at ${job.company.name}`;

  const restore = useMutation(trpc.companies.employments.add.mutationOptions({ onSuccess: refresh, onError: (error) => toast(messageFrom(error)) }));
  const remove = useMutation(
    trpc.companies.employments.remove.mutationOptions({
      onSuccess: async (removed) => {
        await refresh();
        toast(`Deleted ${what}.`, {
          label: "Undo",
          run: () =>
            restore.mutate({
              contactId,
              companyId: removed.company.id,
              title: removed.title,
              startedOn: removed.startedOn,
              endedOn: removed.endedOn,
              current: removed.current,
            }),
        });
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  return (
    <div className="flex shrink-0">
      <RowActions what={what} deleting={remove.isPending} onEdit={() => setEditing(true)} onDelete={() => remove.mutate({ id: job.id })} />
      <Sheet open={editing} title="Edit job" onClose={() => setEditing(false)}>
        <JobForm contactId={contactId} job={job} onDone={() => setEditing(false)} />
      </Sheet>
    </div>
  );
}
