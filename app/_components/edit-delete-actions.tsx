"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { messageFrom } from "@/app/_lib/errors";
import { useRefresh } from "@/app/_lib/use-refresh";
import { ConfirmDialog } from "./confirm-dialog";
import { Sheet } from "./sheet";
import { useToast } from "./toaster";
import { buttonClass } from "./ui";

/** Edit (in a sheet) and Delete (after a confirmation) on the page of one thing; once deleted, back to its list. */
export function EditDeleteActions({
  editTitle,
  editForm,
  confirmTitle,
  confirmLabel,
  consequence,
  remove,
  deletedMessage,
  listHref,
}: {
  editTitle: string;
  /** The edit form, told what to do on Cancel and once saved. */
  editForm: (done: { onCancel: () => void; onSaved: () => void }) => ReactNode;
  confirmTitle: string;
  confirmLabel: string;
  /** What deleting it does, said in the confirmation. */
  consequence: string;
  remove: () => Promise<unknown>;
  deletedMessage: string;
  listHref: string;
}) {
  const router = useRouter();
  const refresh = useRefresh();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const removal = useMutation({
    mutationFn: remove,
    onSuccess: () => {
      setConfirming(false);
      toast(deletedMessage);
      router.replace(listHref);
      void refresh();
    },
    onError: (error) => toast(messageFrom(error)),
  });

  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => setEditing(true)}>
        Edit
      </button>
      <button type="button" className={buttonClass("ghost", "text-red-600 dark:text-red-400")} onClick={() => setConfirming(true)}>
        Delete
      </button>
      <Sheet open={editing} title={editTitle} onClose={() => setEditing(false)}>
        {editForm({
          onCancel: () => setEditing(false),
          onSaved: () => {
            setEditing(false);
            toast("Changes saved.");
            void refresh();
          },
        })}
      </Sheet>
      <ConfirmDialog open={confirming} title={confirmTitle} confirmLabel={confirmLabel} busy={removal.isPending} onCancel={() => setConfirming(false)} onConfirm={() => removal.mutate()}>
        {consequence}
      </ConfirmDialog>
    </>
  );
}
