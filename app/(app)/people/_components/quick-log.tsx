"use client";

import { useMutation } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState } from "react";
import { CHANNEL_LABELS, CHANNEL_PHRASES, ChannelIcon } from "@/app/_components/channel-icon";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, Skeleton } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import { INTERACTION_CHANNELS } from "@/db/schema/vocabulary";
import { useUndoLog } from "./use-undo-log";

// The full form (and its validation library) loads only when someone asks for more details: the
// list of people it sits in stays light.
const InteractionForm = dynamic(() => import("./interaction-form").then((module) => module.InteractionForm), {
  loading: () => <Skeleton className="h-64 w-full" />,
});

/**
 * A compact button that logs an interaction with one contact in two taps: open, pick the channel.
 * Lists show one per person, so what logging needs is set up only once the sheet opens.
 */
export function QuickLogButton({ contactId, name }: { contactId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="inline-flex h-11 w-11 shrink-0 items-center justify-center rounded-lg text-stone-600 hover:bg-stone-100 hover:text-brand-700 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-brand-100"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          <path d="M5 4h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H10l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />
          <path d="M12 7.5v6M9 10.5h6" />
        </svg>
        <span className="sr-only">Log an interaction with {name}</span>
      </button>
      <Sheet open={open} title={`Log with ${name}`} onClose={close}>
        <QuickLogChoices contactId={contactId} name={name} onDone={close} />
      </Sheet>
    </>
  );
}

/** The open sheet: a button per channel, or the full form once more details are asked for. */
function QuickLogChoices({ contactId, name, onDone }: { contactId: string; name: string; onDone: () => void }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefresh();
  const [details, setDetails] = useState(false);
  const undo = useUndoLog();
  const log = useMutation(
    trpc.interactions.log.mutationOptions({
      onSuccess: async (logged) => {
        onDone();
        toast(`Logged ${CHANNEL_PHRASES[logged.channel]} with ${name}.`, { label: "Undo", run: () => undo.mutate({ id: logged.id }) });
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  if (details) return <InteractionForm contacts={[{ id: contactId, displayName: name }]} onDone={onDone} />;
  return (
    <>
      <p className="text-sm text-stone-600 dark:text-stone-400">Tap how you were in touch; it is logged as now, started by you.</p>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {INTERACTION_CHANNELS.map((channel) => {
          const pending = log.isPending && log.variables.channel === channel;
          return (
            <li key={channel}>
              <button
                type="button"
                disabled={log.isPending}
                onClick={() => log.mutate({ channel, initiator: "me", contactIds: [contactId] })}
                className="flex min-h-20 w-full flex-col items-center justify-center gap-1.5 rounded-xl border border-stone-300 bg-white px-2 py-3 text-sm font-medium text-stone-800 transition hover:border-brand-500 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-60 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800"
              >
                <ChannelIcon channel={channel} className="h-7 w-7" />
                {pending ? "Logging…" : CHANNEL_LABELS[channel]}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className={buttonClass("ghost", "self-center")} onClick={() => setDetails(true)}>
        Add details…
      </button>
    </>
  );
}
