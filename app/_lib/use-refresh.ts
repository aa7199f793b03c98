"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";

/**
 * After a change: refetch client queries and re-render the server components, so every figure
 * derived from the change (tie strength, due dates, balances) shows its new value.
 */
export function useRefresh(): () => Promise<void> {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useCallback(async () => {
    await queryClient.invalidateQueries();
    router.refresh();
  }, [queryClient, router]);
}
