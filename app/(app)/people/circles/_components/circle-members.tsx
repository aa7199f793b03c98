"use client";

import { useMutation } from "@tanstack/react-query";
import { Link } from "@/app/_components/link";
import { useToast } from "@/app/_components/toaster";
import { Avatar, EmptyState } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { CircleMember } from "@/server/circles/service";

/** The circle's people, each linking to their page, with Remove (and Undo). */
export function CircleMembers({ circleId, circleName, members }: { circleId: string; circleName: string; members: CircleMember[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toast = useToast();
  const addBack = useMutation(trpc.circles.addMembers.mutationOptions({ onSuccess: refresh, onError: (error) => toast(messageFrom(error)) }));
  const remove = useMutation(
    trpc.circles.removeMember.mutationOptions({
      onSuccess: async ({ contactId }) => {
        await refresh();
        const name = members.find((member) => member.id === contactId)?.displayName ?? "They";
        toast(`${name} removed from ${circleName}.`, { label: "Undo", run: () => addBack.mutate({ circleId, contactIds: [contactId] }) });
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );

  if (members.length === 0) {
    return <EmptyState title="No one here yet">Use Add people to bring in the people who belong to this circle.</EmptyState>;
  }
  return (
    <ul aria-label="Members" className="-mx-1 divide-y divide-stone-200 dark:divide-stone-800">
      {members.map((member) => {
        const subtitle = [member.title, member.company].filter(Boolean).join(" · ");
        const removing = remove.isPending && remove.variables.contactId === member.id;
        return (
          <li key={member.id} className="flex items-center gap-2 py-1">
            <Link href={`/people/${member.id}`} className="flex min-h-12 min-w-0 flex-1 items-center gap-3 rounded-lg px-1 hover:bg-stone-50 dark:hover:bg-stone-800/60">
              <Avatar name={member.displayName} photoUrl={member.photoUrl} />
              <span className="min-w-0">
                <span className="block truncate font-medium">{member.displayName}</span>
                {subtitle && <span className="block truncate text-sm text-stone-500 dark:text-stone-400">{subtitle}</span>}
              </span>
            </Link>
            <button
              type="button"
              disabled={removing}
              aria-label={`Remove ${member.displayName} from ${circleName}`}
              onClick={() => remove.mutate({ circleId, contactId: member.id })}
              className="inline-flex min-h-11 shrink-0 items-center rounded-lg px-3 text-sm font-medium text-stone-600 hover:bg-stone-100 disabled:opacity-60 dark:text-stone-300 dark:hover:bg-stone-800"
            >
              {removing ? "Removing…" : "Remove"}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
