"use client";

import { useMutation } from "@tanstack/react-query";
import { Link } from "@/app/_components/link";
import { RelativeTime } from "@/app/_components/relative-time";
import { useToast } from "@/app/_components/toaster";
import { Avatar, buttonClass } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { NotificationItem } from "@/server/notifications/service";

const KIND_ICONS: Record<NotificationItem["kind"], string> = {
  due: "M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z",
  birthday: "M4 21h16M5 21v-7a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v7M5 16c1.5 1 2.5 1 3.5 0s2.5-1 3.5 0 2.5 1 3.5 0 2.5-1 3.5 0M12 12V8M12 5.5c-.8-.8-.8-1.8 0-2.5.8.7.8 1.7 0 2.5Z",
  job_change: "M4 8h16v11H4zM9 8V5h6v3",
  target_company: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z",
  moved_city: "M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11ZM12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z",
};

/** One notification: unread ones stand out; opening one (or "Mark read") marks it read. */
export function NotificationRow({ item }: { item: NotificationItem }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefresh();
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: refresh, onError: (error) => toast(messageFrom(error)) }));
  const unread = item.readAt === null && !markRead.isSuccess;
  const open = () => {
    if (unread && !markRead.isPending) markRead.mutate({ id: item.id });
  };

  const content = (
    <>
      {item.contact ? (
        <Avatar name={item.contact.displayName} photoUrl={item.contact.photoUrl} />
      ) : (
        <span aria-hidden="true" className="inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-stone-100 text-stone-600 dark:bg-stone-800 dark:text-stone-300">
          <svg viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
            <path d={KIND_ICONS[item.kind]} />
          </svg>
        </span>
      )}
      <span className="min-w-0 flex-1">
        <span className={`block break-words ${unread ? "font-semibold" : "text-stone-700 dark:text-stone-300"}`}>
          {unread && <span className="sr-only">Unread: </span>}
          {item.title}
        </span>
        {item.body && <span className="block break-words text-sm text-stone-600 dark:text-stone-400">{item.body}</span>}
        <span className="block text-xs text-stone-500 dark:text-stone-400">
          <RelativeTime date={item.createdAt} />
        </span>
      </span>
      {unread && <span aria-hidden="true" className="mt-2 h-2.5 w-2.5 shrink-0 rounded-full bg-brand-600" />}
    </>
  );

  return (
    <li className={unread ? "bg-brand-50/70 dark:bg-stone-800/50" : undefined}>
      {item.contact ? (
        <Link href={`/people/${item.contact.id}`} onClick={open} className="flex min-h-14 items-start gap-3 px-4 py-3 hover:bg-stone-50 dark:hover:bg-stone-800/60">
          {content}
        </Link>
      ) : (
        <div className="flex items-start gap-3 px-4 py-3">
          {content}
          {unread && (
            <button type="button" disabled={markRead.isPending} onClick={open} className={buttonClass("ghost", "shrink-0 px-3")}>
              Mark read
            </button>
          )}
        </div>
      )}
    </li>
  );
}
