"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useToast } from "@/app/_components/toaster";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { CompanyTarget } from "@/db/schema/vocabulary";
import { TargetOptions } from "./target-options";

/** Marks a company as a target, or not; the choice shows at once and is undone if saving fails. */
export function TargetControl({ companyId, target }: { companyId: string; target: CompanyTarget | null }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const [value, setValue] = useState(target);
  const setTarget = useMutation(
    trpc.companies.setTarget.mutationOptions({
      onSuccess: refresh,
      onError: (error) => {
        setValue(target);
        toast(messageFrom(error));
      },
    }),
  );
  return (
    <TargetOptions
      label="Target"
      value={value}
      busy={setTarget.isPending}
      onChange={(next) => {
        setValue(next);
        setTarget.mutate({ id: companyId, target: next });
      }}
    />
  );
}
