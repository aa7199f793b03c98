import { Link } from "@/app/_components/link";
import { Avatar } from "@/app/_components/ui";
import { QuickLogButton } from "@/app/(app)/people/_components/quick-log";
import { StrengthBadge } from "@/app/(app)/people/_components/strength-badge";
import { describeCadence, dueInWords } from "@/server/reminders/due";
import type { DueContact } from "@/server/reminders/service";
import { SnoozeMenu } from "./snooze-menu";

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One titled list of due contacts, each with quick log and snooze; "Show all" when `total` is more than it holds. */
export function DueList({ title, contacts, total }: { title: string; contacts: DueContact[]; total: number }) {
  const headingId = `due-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h2 id={headingId} className="text-sm font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">
        {title} <span className="font-normal tabular-nums">({total.toLocaleString("en")})</span>
      </h2>
      <ul aria-labelledby={headingId} className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
        {contacts.map((contact) => (
          <li key={contact.id} className="flex items-center gap-3 py-2 pl-4 pr-2">
            <Avatar name={contact.displayName} photoUrl={contact.photoUrl} />
            <div className="min-w-0 flex-1">
              <div className="flex min-w-0 items-center gap-2">
                <Link href={`/people/${contact.id}`} className="truncate font-medium hover:underline">
                  {contact.displayName}
                </Link>
                <StrengthBadge strength={contact.strength} />
              </div>
              <p className={`text-sm ${contact.daysOverdue > 0 ? "text-red-700 dark:text-red-400" : "text-stone-500 dark:text-stone-400"}`}>
                {capitalize(dueInWords(contact.daysOverdue))}
                <span className="text-stone-500 dark:text-stone-400"> · {describeCadence(contact.cadence)}</span>
              </p>
            </div>
            <div className="flex shrink-0 items-center">
              <QuickLogButton contactId={contact.id} name={contact.displayName} />
              <SnoozeMenu contactId={contact.id} name={contact.displayName} />
            </div>
          </li>
        ))}
      </ul>
      {total > contacts.length && (
        <Link href="/today?all=1" scroll={false} className="inline-flex min-h-11 items-center self-start text-sm font-medium text-brand-600 hover:underline dark:text-brand-100">
          Show all {total.toLocaleString("en")}
        </Link>
      )}
    </section>
  );
}
