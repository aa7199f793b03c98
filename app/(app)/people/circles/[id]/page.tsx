import type { Metadata } from "next";
import { cache, type ReactNode } from "react";
import { Link } from "@/app/_components/link";
import { Card } from "@/app/_components/ui";
import { orNotFound } from "@/app/_lib/or-not-found";
import type { CircleDetails } from "@/server/circles/service";
import { getServerCaller } from "@/server/trpc/server";
import { PeopleTabs } from "../../_components/people-tabs";
import { AddPeople } from "../_components/add-people";
import { CircleActions } from "../_components/circle-actions";
import { cadenceLabel, PURPOSE_LABELS, TYPE_LABELS } from "../_components/circle-labels";
import { CircleMembers } from "../_components/circle-members";

const loadCircle = cache(async (id: string): Promise<CircleDetails> => {
  const caller = await getServerCaller();
  return orNotFound(caller.circles.get({ id }));
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await loadCircle((await params).id)).name };
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-3 py-1.5 text-sm sm:grid-cols-[9rem_1fr]">
      <dt className="text-stone-500 dark:text-stone-400">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

const notSet = <span className="text-stone-400 dark:text-stone-500">Not set</span>;

export default async function CirclePage({ params }: { params: Promise<{ id: string }> }) {
  const { members, ...circle } = await loadCircle((await params).id);
  return (
    <div className="flex flex-col gap-4">
      <PeopleTabs />
      <Link href="/people/circles" className="text-sm text-stone-500 hover:underline">
        ← Circles
      </Link>
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <h1 className="break-words text-2xl font-semibold tracking-tight">{circle.name}</h1>
          {circle.description && <p className="mt-1 whitespace-pre-line text-sm text-stone-600 dark:text-stone-400">{circle.description}</p>}
        </div>
        <div className="flex gap-2">
          <CircleActions circle={circle} memberCount={members.length} />
        </div>
      </header>

      <div className="grid grid-cols-1 gap-4 md:grid-cols-[2fr_3fr] md:items-start">
        <Card title="About">
          <dl>
            <Row label="Purpose">{circle.purpose ? PURPOSE_LABELS[circle.purpose] : notSet}</Row>
            <Row label="Type">{circle.type ? TYPE_LABELS[circle.type] : notSet}</Row>
            <Row label="Place">{circle.place ?? notSet}</Row>
            <Row label="Space">{circle.space ?? notSet}</Row>
            <Row label="Pace">{circle.pace ?? notSet}</Row>
            <Row label="Keep in touch">{circle.cadenceDays ? `${cadenceLabel(circle.cadenceDays)}, for members without their own` : "No default"}</Row>
          </dl>
        </Card>
        <Card title={`Members (${members.length})`} actions={<AddPeople circleId={circle.id} circleName={circle.name} memberIds={members.map((member) => member.id)} />}>
          <CircleMembers circleId={circle.id} circleName={circle.name} members={members} />
          {members.length > 0 && (
            <div className="mt-3 flex flex-wrap gap-x-6">
              <Link href={`/people?circle=${circle.id}`} className="inline-flex min-h-11 items-center text-sm text-brand-600 hover:underline dark:text-brand-100">
                Open in the contact list
              </Link>
              <Link href={`/people/circles/${circle.id}/ties`} className="inline-flex min-h-11 items-center text-sm text-brand-600 hover:underline dark:text-brand-100">
                Who knows whom
              </Link>
            </div>
          )}
        </Card>
      </div>
    </div>
  );
}
