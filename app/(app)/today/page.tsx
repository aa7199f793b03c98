import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { buttonClass, EmptyState } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";
import { NotificationRow } from "../notifications/_components/notification-row";
import { DueList } from "./_components/due-list";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage({ searchParams }: { searchParams: Promise<{ all?: string }> }) {
  // The most pressing few of each list, until "Show all" asks for everyone.
  const showAll = (await searchParams).all === "1";
  const caller = await getServerCaller();
  const [due, unread] = await Promise.all([caller.reminders.due(showAll ? { limit: null } : {}), caller.notifications.list({ unreadOnly: true, limit: 5 })]);
  const nobodyDue = due.counts.overdue === 0 && due.counts.thisWeek === 0;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">Today</h1>

      {nobodyDue ? (
        <EmptyState
          title="No one is due"
          actions={
            <>
              <Link href="/people" className={buttonClass("secondary")}>
                Go to People
              </Link>
              <Link href="/people/circles" className={buttonClass("secondary")}>
                Go to Circles
              </Link>
            </>
          }
        >
          Set a keep-in-touch cadence on a contact (on their page) or on a circle, and whoever you are due to get in touch with shows up here.
        </EmptyState>
      ) : (
        <>
          {due.counts.overdue > 0 && <DueList title="Overdue" contacts={due.overdue} total={due.counts.overdue} />}
          {due.counts.thisWeek > 0 && <DueList title="Due this week" contacts={due.thisWeek} total={due.counts.thisWeek} />}
        </>
      )}

      <section aria-labelledby="today-notifications" className="flex flex-col gap-2">
        <div className="flex items-center justify-between gap-3">
          <h2 id="today-notifications" className="text-sm font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">
            Unread notifications
          </h2>
          <Link href="/notifications" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-600 hover:underline dark:text-brand-100">
            All notifications
          </Link>
        </div>
        {unread.items.length === 0 ? (
          <p className="text-sm text-stone-500 dark:text-stone-400">You are all caught up.</p>
        ) : (
          <ul aria-labelledby="today-notifications" className="divide-y divide-stone-200 overflow-hidden rounded-2xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {unread.items.map((item) => (
              <NotificationRow key={item.id} item={item} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
