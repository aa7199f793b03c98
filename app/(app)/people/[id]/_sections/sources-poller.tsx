"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { SourceState } from "@/db/schema/vocabulary";

const POLL_EVERY_MS = 2_000;
/** A sync that has not finished by then is stuck or slow; the next visit shows how it ended. */
const GIVE_UP_AFTER_MS = 120_000;

function isSyncing(state: SourceState): boolean {
  return state === "pending" || state === "syncing";
}

/**
 * Rendered while a linked profile syncs: asks every 2 s whether any still is, and once none is,
 * re-renders the page so the new posts and profile values show. Give it a key that changes when a
 * new sync starts, so its two minutes start over.
 */
export function SourcesPoller({ contactId }: { contactId: string }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [expired, setExpired] = useState(false);
  const refreshed = useRef(false);

  useEffect(() => {
    const timer = setTimeout(() => setExpired(true), GIVE_UP_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);

  const status = useQuery(
    trpc.sources.forContact.queryOptions(
      { contactId },
      {
        enabled: !expired,
        staleTime: 0,
        refetchInterval: (query) => (expired || (query.state.data && !query.state.data.sources.some((source) => isSyncing(source.state))) ? false : POLL_EVERY_MS),
      },
    ),
  );
  // Cached data can be from an earlier sync; only an answer fetched since this sync began counts.
  const done = status.isFetchedAfterMount && status.data !== undefined && !status.data.sources.some((source) => isSyncing(source.state));

  useEffect(() => {
    if (!done || refreshed.current) return;
    refreshed.current = true;
    void refresh();
  }, [done, refresh]);

  return null;
}
