"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, invalidProps } from "@/app/_components/field";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";

export function AccountForm({ name: initialName }: { name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string>();
  const update = useMutation(
    trpc.account.update.mutationOptions({
      onSuccess: () => {
        setError(undefined);
        toast("Name saved.");
        router.refresh();
      },
      onError: (caught) => setError(fieldErrorsFrom(caught).name ?? messageFrom(caught)),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ name });
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1">
        <Field id="account-name" label="Your name" error={error}>
          <input id="account-name" className={inputClass} value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" {...invalidProps("account-name", error)} />
        </Field>
      </div>
      <button type="submit" disabled={update.isPending || name === initialName} className={buttonClass("secondary")}>
        {update.isPending ? "Saving…" : "Save"}
      </button>
    </form>
  );
}
