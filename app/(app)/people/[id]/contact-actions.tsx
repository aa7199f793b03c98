"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { useToast } from "@/app/_components/toaster";
import { buttonClass } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";

export function ContactActions({ id, name, archived }: { id: string; name: string; archived: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.contacts.pathKey() });
    router.refresh();
  };
  const restore = useMutation(trpc.contacts.restore.mutationOptions({ onSuccess: refresh, onError: (error) => toast(messageFrom(error)) }));
  const archive = useMutation(
    trpc.contacts.archive.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast(`${name} archived.`, { label: "Undo", run: () => restore.mutate({ id }) });
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );
  const remove = useMutation(
    trpc.contacts.remove.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await queryClient.invalidateQueries({ queryKey: trpc.contacts.pathKey() });
        toast(`${name} deleted.`);
        router.replace("/people");
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  return (
    <>
      {archived ? (
        <button type="button" disabled={restore.isPending} className={buttonClass("secondary")} onClick={() => restore.mutate({ id })}>
          Restore
        </button>
      ) : (
        <button type="button" disabled={archive.isPending} className={buttonClass("secondary")} onClick={() => archive.mutate({ id })}>
          Archive
        </button>
      )}
      <button type="button" className={buttonClass("ghost", "text-red-600 dark:text-red-400")} onClick={() => setConfirming(true)}>
        Delete
      </button>
      <ConfirmDialog open={confirming} title={`Delete ${name}?`} confirmLabel="Delete for good" busy={remove.isPending} onCancel={() => setConfirming(false)} onConfirm={() => remove.mutate({ id })}>
        Everything you recorded about {name} goes with it, and this cannot be undone. To keep the record but hide it, archive instead.
      </ConfirmDialog>
    </>
  );
}
