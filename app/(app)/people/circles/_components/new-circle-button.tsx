"use client";

import { useRouter } from "next/navigation";
import { AddSheetButton } from "@/app/_components/add-sheet-button";
import { useToast } from "@/app/_components/toaster";
import { useRefresh } from "@/app/_lib/use-refresh";
import { CircleForm } from "./circle-form";

/** "New circle": the form in a sheet; once created, the circle's page, ready for adding people. */
export function NewCircleButton() {
  const router = useRouter();
  const refresh = useRefresh();
  const toast = useToast();
  return (
    <AddSheetButton label="New circle">
      {(close) => (
        <CircleForm
          onCancel={close}
          onSaved={(circle) => {
            close();
            toast(`Circle “${circle.name}” created.`);
            router.push(`/people/circles/${circle.id}`);
            void refresh();
          }}
        />
      )}
    </AddSheetButton>
  );
}
