"use client";

import { EditDeleteActions } from "@/app/_components/edit-delete-actions";
import { useTRPCClient } from "@/app/_lib/trpc";
import type { Circle } from "@/server/circles/service";
import { CircleForm } from "./circle-form";

/** Edit (in a sheet) and Delete (after a confirmation) for a circle's page. */
export function CircleActions({ circle, memberCount }: { circle: Circle; memberCount: number }) {
  const client = useTRPCClient();
  return (
    <EditDeleteActions
      editTitle="Edit circle"
      editForm={(done) => <CircleForm circle={circle} {...done} />}
      confirmTitle={`Delete “${circle.name}”?`}
      confirmLabel="Delete circle"
      consequence={
        memberCount === 0
          ? "The circle has no members. This cannot be undone."
          : `The circle goes for good; ${memberCount === 1 ? "its one member stays" : `its ${memberCount} members stay`} in your contacts. Members who relied on its keep-in-touch cadence lose that reminder.`
      }
      remove={() => client.circles.remove.mutate({ id: circle.id })}
      deletedMessage={`Circle “${circle.name}” deleted.`}
      listHref="/people/circles"
    />
  );
}
