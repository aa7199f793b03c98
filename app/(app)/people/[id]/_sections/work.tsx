import { Link } from "@/app/_components/link";
import { Card } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";
import { formatSpan } from "../../companies/_components/company-labels";
import { TargetBadge } from "../../companies/_components/target-badge";
import { AddJobButton, JobActions } from "./work-editor";

/** Employment history, newest first; the current job with the latest start is the one shown under their name. */
export async function WorkSection({ contactId }: { contactId: string }) {
  const caller = await getServerCaller();
  const jobs = await caller.companies.employments.listForContact({ contactId });
  return (
    <Card title="Work" actions={<AddJobButton contactId={contactId} />}>
      {jobs.length === 0 ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">No jobs yet. Add where they work now and where they worked before; their current job shows under their name.</p>
      ) : (
        <ul aria-label="Jobs" className="divide-y divide-stone-100 dark:divide-stone-800">
          {jobs.map((job) => {
            const span = formatSpan(job);
            return (
              <li key={job.id} className="flex items-start gap-1 py-2">
                <div className="min-w-0 flex-1 py-1">
                  <p className="break-words text-sm">
                    {job.title && <>{job.title} at </>}
                    <Link href={`/people/companies/${job.company.id}`} className="font-medium text-brand-600 hover:underline dark:text-brand-100">
                      {job.company.name}
                    </Link>
                    {job.company.target && (
                      <>
                        {" "}
                        <TargetBadge target={job.company.target} />
                      </>
                    )}
                  </p>
                  {span && <p className="text-xs text-stone-500 dark:text-stone-400">{span}</p>}
                </div>
                <JobActions contactId={contactId} job={job} />
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
