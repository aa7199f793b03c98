"use client";

import { useMutation } from "@tanstack/react-query";
import { useToast } from "@/app/_components/toaster";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { SnoozePeriod } from "@/server/reminders/schemas";

/** Snooze and unsnooze one contact's reminder; a snooze says so in a toast with Undo. */
export function useSnooze(contactId: string, name: string) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefresh();
  const unsnooze = useMutation(
    trpc.reminders.unsnooze.mutationOptions({
      onSuccess: refresh,
      onError: (error) => toast(messageFrom(error)),
    }),
  );
  const snooze = useMutation(
    trpc.reminders.snooze.mutationOptions({
      onSuccess: async (_state, { period }) => {
        toast(`Snoozed ${name} for a ${period}.`, { label: "Undo", run: () => unsnooze.mutate({ contactId }) });
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );
  return {
    snooze: (period: SnoozePeriod, onSuccess?: () => void) => snooze.mutate({ contactId, period }, { onSuccess }),
    /** The period being saved, while a snooze is under way. */
    snoozing: snooze.isPending ? snooze.variables.period : null,
    unsnooze: () => unsnooze.mutate({ contactId }),
    unsnoozing: unsnooze.isPending,
  };
}
