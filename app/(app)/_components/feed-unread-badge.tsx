"use client";

import { useQuery } from "@tanstack/react-query";
import { unreadBadgeText } from "@/app/_components/feed-format";
import { useTRPC } from "@/app/_lib/trpc";

/** Unread feed items (the server stops at 100), fetched again on focus and every 2 minutes. */
export function useFeedUnreadCount(): number {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.feed.unreadCount.queryOptions(undefined, { refetchInterval: 120_000, refetchOnWindowFocus: true, staleTime: 15_000 }));
  return data ?? 0;
}

/** The count on the Feed link; decorative, since the link's name says it ("Feed, 5 unread"). */
export function FeedUnreadBadge({ count, variant }: { count: number; variant: "top" | "tabs" }) {
  if (count <= 0) return null;
  return (
    <span
      aria-hidden="true"
      className={`inline-flex min-w-5 items-center justify-center rounded-full bg-red-600 px-1 text-[0.7rem] font-semibold leading-5 text-white tabular-nums ${
        variant === "tabs" ? "absolute -right-3 -top-1.5" : "ml-1.5"
      }`}
    >
      {unreadBadgeText(count)}
    </span>
  );
}

/** "Feed, 5 unread", or just the label. */
export function feedLinkLabel(label: string, count: number): string | undefined {
  return count > 0 ? `${label}, ${unreadBadgeText(count)} unread` : undefined;
}
