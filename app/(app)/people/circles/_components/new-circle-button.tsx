"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { buttonClass } from "@/app/_components/ui";
import { useRefresh } from "@/app/_lib/use-refresh";
import { CircleForm } from "./circle-form";

/** "New circle": the form in a sheet; once created, the circle's page, ready for adding people. */
export function NewCircleButton() {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const refresh = useRefresh();
  const toast = useToast();
  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => setOpen(true)}>
        <span aria-hidden="true" className="text-lg leading-none">
          +
        </span>{" "}
        New circle
      </button>
      <Sheet open={open} title="New circle" onClose={() => setOpen(false)}>
        <CircleForm
          onCancel={() => setOpen(false)}
          onSaved={(circle) => {
            setOpen(false);
            toast(`Circle “${circle.name}” created.`);
            router.push(`/people/circles/${circle.id}`);
            void refresh();
          }}
        />
      </Sheet>
    </>
  );
}
