"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { AddSheetButton } from "@/app/_components/add-sheet-button";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { Field, invalidProps } from "@/app/_components/field";
import { FormActions } from "@/app/_components/form-actions";
import { SourceIcon } from "@/app/_components/source-icon";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import { SOURCE_KINDS, type SourceKind } from "@/db/schema/vocabulary";

/** Each kind's name ("Mastodon"), passed down from the server's registry. */
export type SourceKindLabels = Record<SourceKind, string>;

/** What the one input of the link form asks for, by kind. */
const INPUT_FOR: Record<SourceKind, { noun: string; placeholder: string; url: boolean }> = {
  mastodon: { noun: "account", placeholder: "@ana@example.social", url: false },
  bluesky: { noun: "handle", placeholder: "ana.bsky.social", url: false },
  github: { noun: "username", placeholder: "octocat", url: false },
  feed: { noun: "address", placeholder: "https://ana.example/feed.xml", url: true },
  website: { noun: "address", placeholder: "https://ana.example", url: true },
};

/** The message that belongs under the input: a field message, or the server's word on bad input. */
function inputErrorFrom(error: unknown): string | null {
  const fields = fieldErrorsFrom(error);
  const field = fields.input ?? fields.kind;
  if (field) return field;
  if (error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "BAD_REQUEST") return error.message;
  return null;
}

/** The kinds as a row of radio buttons that look like a segmented control; arrow keys move between them. */
function KindPicker({ name, kind, labels, onChange }: { name: string; kind: SourceKind; labels: SourceKindLabels; onChange: (kind: SourceKind) => void }) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium text-stone-700 dark:text-stone-300">Where</legend>
      <div className="grid grid-cols-3 gap-2 sm:grid-cols-5">
        {SOURCE_KINDS.map((option) => (
          <label
            key={option}
            className="flex min-h-14 cursor-pointer flex-col items-center justify-center gap-1 rounded-lg border border-stone-300 px-1 py-2 text-sm text-stone-700 hover:bg-stone-100 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:font-medium has-[:checked]:text-brand-700 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500/50 dark:border-stone-700 dark:text-stone-300 dark:hover:bg-stone-800 dark:has-[:checked]:border-brand-100 dark:has-[:checked]:bg-brand-700/30 dark:has-[:checked]:text-brand-100"
          >
            <input type="radio" name={name} value={option} checked={kind === option} onChange={() => onChange(option)} className="sr-only" />
            <SourceIcon kind={option} />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function LinkSourceForm({ contactId, labels, onDone }: { contactId: string; labels: SourceKindLabels; onDone: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const id = useId();
  const inputId = `${id}-input`;
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<SourceKind>("mastodon");
  const [value, setValue] = useState("");
  // A new object on every failure, so the same message twice still moves focus back to the field.
  const [failure, setFailure] = useState<{ field?: string; form?: string } | null>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    if (failure?.field) input.current?.focus();
  }, [failure]);

  const link = useMutation(
    trpc.sources.link.mutationOptions({
      onSuccess: async () => {
        toast("Linked. Syncing…");
        onDone();
        await refresh();
      },
      onError: (error) => {
        const field = inputErrorFrom(error);
        setFailure(field ? { field } : { form: messageFrom(error) });
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() === "") {
      setFailure({ field: `Type the ${labels[kind]} ${INPUT_FOR[kind].noun} to link.` });
      return;
    }
    setFailure(null);
    link.mutate({ contactId, kind, input: value });
  };

  const asks = INPUT_FOR[kind];
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <KindPicker
        name={`${id}-kind`}
        kind={kind}
        labels={labels}
        onChange={(next) => {
          setKind(next);
          setFailure(null);
        }}
      />
      <Field id={inputId} label={`${labels[kind]} ${asks.noun}`} error={failure?.field}>
        <input
          ref={input}
          id={inputId}
          type={asks.url ? "url" : "text"}
          inputMode={asks.url ? "url" : "text"}
          autoComplete="off"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          maxLength={500}
          className={inputClass}
          value={value}
          placeholder={asks.placeholder}
          onChange={(event) => setValue(event.target.value)}
          {...invalidProps(inputId, failure?.field)}
        />
      </Field>
      <FormActions error={failure?.form} pending={link.isPending} submitLabel="Link" pendingLabel="Linking…" onCancel={onDone} />
    </form>
  );
}

/** "+ Link a profile": the link form in a sheet. */
export function LinkSourceButton({ contactId, labels, variant = "secondary" }: { contactId: string; labels: SourceKindLabels; variant?: "primary" | "secondary" }) {
  return (
    <AddSheetButton label="Link a profile" variant={variant}>
      {(close) => <LinkSourceForm contactId={contactId} labels={labels} onDone={close} />}
    </AddSheetButton>
  );
}

/** Starts a sync of every linked profile of the contact. */
export function SyncAllButton({ contactId }: { contactId: string }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const sync = useMutation(
    trpc.sources.syncContact.mutationOptions({
      onSuccess: async ({ syncing }) => {
        toast(syncing === 1 ? "Syncing 1 profile…" : `Syncing ${syncing} profiles…`);
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );
  return (
    <button type="button" disabled={sync.isPending} className={buttonClass("ghost", "shrink-0 px-3")} onClick={() => sync.mutate({ contactId })}>
      {sync.isPending ? "Starting…" : "Sync all"}
    </button>
  );
}

/** Sync now and Unlink (after a question) for one linked profile; `what` names it for screen readers. */
export function SourceActions({ id, what, confirmTitle }: { id: string; what: string; confirmTitle: string }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const unlinkButton = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);

  const sync = useMutation(
    trpc.sources.syncNow.mutationOptions({
      onSuccess: async () => {
        toast("Syncing…");
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );
  const unlink = useMutation(
    trpc.sources.unlink.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        toast(`Unlinked ${what}.`);
        await refresh();
      },
      onError: (error) => {
        setConfirming(false);
        toast(messageFrom(error));
      },
    }),
  );
  const cancel = () => {
    setConfirming(false);
    unlinkButton.current?.focus();
  };

  return (
    <div className="-ml-3 flex shrink-0 flex-wrap sm:ml-0">
      <button type="button" disabled={sync.isPending} className={buttonClass("ghost", "px-3")} onClick={() => sync.mutate({ id })}>
        {sync.isPending ? "Starting…" : "Sync now"}
        <span className="sr-only"> {what}</span>
      </button>
      <button ref={unlinkButton} type="button" className={buttonClass("ghost", "px-3 text-red-600 dark:text-red-400")} onClick={() => setConfirming(true)}>
        Unlink<span className="sr-only"> {what}</span>
      </button>
      {/* Mounted only while asked, so a list of profiles does not carry a dialog per row. */}
      {confirming && (
        <ConfirmDialog open title={confirmTitle} confirmLabel="Unlink" busy={unlink.isPending} onCancel={cancel} onConfirm={() => unlink.mutate({ id })}>
          Their posts from it are removed from Kith.
        </ConfirmDialog>
      )}
    </div>
  );
}

/** Link and Dismiss for a profile found on a linked one. */
export function SuggestionActions({ id, what }: { id: string; what: string }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const accept = useMutation(
    trpc.sources.acceptSuggestion.mutationOptions({
      onSuccess: async () => {
        toast("Linked. Syncing…");
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );
  const dismiss = useMutation(
    trpc.sources.dismissSuggestion.mutationOptions({
      onSuccess: async () => {
        toast(`Dismissed ${what}.`);
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );
  return (
    <AcceptOrDismiss
      busy={accept.isPending || dismiss.isPending}
      accept={{ label: accept.isPending ? "Linking…" : "Link", hidden: ` ${what}`, run: () => accept.mutate({ id }) }}
      dismiss={{ label: "Dismiss", hidden: ` ${what}`, run: () => dismiss.mutate({ id }) }}
    />
  );
}

interface Choice {
  label: string;
  /** Completes the label for screen readers ("Link" + " @ana@example.social"). */
  hidden: string;
  run(): void;
}

/** The pair of buttons under a suggestion: take it, or turn it down. */
function AcceptOrDismiss({ busy, accept, dismiss }: { busy: boolean; accept: Choice; dismiss: Choice }) {
  return (
    <div className="-ml-3 flex shrink-0 flex-wrap sm:ml-0">
      <button type="button" disabled={busy} className={buttonClass("ghost", "px-3 text-brand-700 dark:text-brand-100")} onClick={accept.run}>
        {accept.label}
        <span className="sr-only">{accept.hidden}</span>
      </button>
      <button type="button" disabled={busy} className={buttonClass("ghost", "px-3")} onClick={dismiss.run}>
        {dismiss.label}
        <span className="sr-only">{dismiss.hidden}</span>
      </button>
    </div>
  );
}

/** "Use this" and "Keep mine" for a value a profile gives that differs from the contact's. */
export function FieldSuggestionActions({ id, field, hasCurrent }: { id: string; field: string; hasCurrent: boolean }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const accept = useMutation(
    trpc.sources.acceptField.mutationOptions({
      onSuccess: async () => {
        toast(`Updated their ${field}.`);
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );
  const dismiss = useMutation(
    trpc.sources.dismissField.mutationOptions({
      onSuccess: async () => {
        toast(hasCurrent ? `Kept your ${field}.` : "Dismissed.");
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );
  return (
    <AcceptOrDismiss
      busy={accept.isPending || dismiss.isPending}
      accept={{ label: accept.isPending ? "Saving…" : "Use this", hidden: ` ${field}`, run: () => accept.mutate({ id }) }}
      dismiss={{ label: hasCurrent ? "Keep mine" : "Dismiss", hidden: `: ${field}`, run: () => dismiss.mutate({ id }) }}
    />
  );
}
