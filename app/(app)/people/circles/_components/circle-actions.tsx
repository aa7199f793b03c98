"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { buttonClass } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { Circle } from "@/server/circles/service";
import { CircleForm } from "./circle-form";

/** Edit (in a sheet) and Delete (after a confirmation) for a circle's page. */
export function CircleActions({ circle, memberCount }: { circle: Circle; memberCount: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useRefresh();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(
    trpc.circles.remove.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        toast(`Circle “${circle.name}” deleted.`);
        router.replace("/people/circles");
        void refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => setEditing(true)}>
        Edit
      </button>
      <button type="button" className={buttonClass("ghost", "text-red-600 dark:text-red-400")} onClick={() => setConfirming(true)}>
        Delete
      </button>
      <Sheet open={editing} title="Edit circle" onClose={() => setEditing(false)}>
        <CircleForm
          circle={circle}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            toast("Changes saved.");
            void refresh();
          }}
        />
      </Sheet>
      <ConfirmDialog open={confirming} title={`Delete “${circle.name}”?`} confirmLabel="Delete circle" busy={remove.isPending} onCancel={() => setConfirming(false)} onConfirm={() => remove.mutate({ id: circle.id })}>
        {memberCount === 0
          ? "The circle has no members. This cannot be undone."
          : `The circle goes for good; ${memberCount === 1 ? "its one member stays" : `its ${memberCount} members stay`} in your contacts. Members who relied on its keep-in-touch cadence lose that reminder.`}
      </ConfirmDialog>
    </>
  );
}
