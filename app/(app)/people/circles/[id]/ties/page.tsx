import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/app/_components/link";
import { orNotFound } from "@/app/_lib/or-not-found";
import type { CircleMatrix } from "@/server/network/ties";
import { getServerCaller } from "@/server/trpc/server";
import { PeopleTabs } from "../../../_components/people-tabs";
import { TieMatrix } from "../../_components/tie-matrix";

const loadMatrix = cache(async (circleId: string): Promise<CircleMatrix> => {
  const caller = await getServerCaller();
  return orNotFound(caller.network.circleMatrix({ circleId }));
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: `Who knows whom in ${(await loadMatrix((await params).id)).circle.name}` };
}

export default async function CircleTiesPage({ params }: { params: Promise<{ id: string }> }) {
  const matrix = await loadMatrix((await params).id);
  return (
    <div className="flex flex-col gap-4">
      <PeopleTabs />
      <Link href={`/people/circles/${matrix.circle.id}`} className="text-sm text-stone-500 hover:underline">
        ← {matrix.circle.name}
      </Link>
      <h1 className="break-words text-2xl font-semibold tracking-tight">Who knows whom in {matrix.circle.name}</h1>
      <TieMatrix initialMatrix={matrix} />
    </div>
  );
}
