"use client";

import { useMutation } from "@tanstack/react-query";
import { useToast } from "@/app/_components/toaster";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";

/** Removes an interaction just logged: what the Undo of "Logged a call with Ada." runs. */
export function useUndoLog() {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefresh();
  return useMutation(
    trpc.interactions.remove.mutationOptions({
      onSuccess: async () => {
        toast("Interaction removed.");
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );
}
