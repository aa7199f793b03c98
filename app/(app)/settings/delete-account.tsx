"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Field, invalidProps } from "@/app/_components/field";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { DELETE_CONFIRMATION } from "@/server/account/schemas";

export function DeleteAccount() {
  const trpc = useTRPC();
  const [confirmation, setConfirmation] = useState("");
  const [error, setError] = useState<string>();
  const request = useMutation(
    trpc.account.requestDeletion.mutationOptions({
      // The session is gone already; a full navigation drops everything the page held.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      onSuccess: () => window.location.assign("/signin?deleted=1"),
      onError: (caught) => setError(fieldErrorsFrom(caught).confirmation ?? messageFrom(caught)),
    }),
  );
  const matches = confirmation.trim().toLowerCase() === DELETE_CONFIRMATION;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ confirmation });
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Deletes your account and everything in it: contacts, notes and settings. You are signed out at once and the deletion finishes in the background. This cannot be undone.
      </p>
      <Field id="delete-confirmation" label={`Type "${DELETE_CONFIRMATION}" to confirm`} error={error}>
        <input id="delete-confirmation" className={inputClass} value={confirmation} onChange={(event) => setConfirmation(event.target.value)} autoComplete="off" autoCapitalize="none" spellCheck={false} {...invalidProps("delete-confirmation", error)} />
      </Field>
      <button type="submit" disabled={!matches || request.isPending} className={buttonClass("danger", "self-start")}>
        {request.isPending ? "Deleting…" : "Delete my account"}
      </button>
    </form>
  );
}
