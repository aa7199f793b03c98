import { Link } from "@/app/_components/link";
import { Avatar } from "@/app/_components/ui";
import type { CompanyPerson } from "@/server/companies/service";
import { StrengthBadge } from "../../_components/strength-badge";
import { formatSpan } from "./company-labels";

/** People at a company, in the order given (strongest ties first), each linking to their page. */
export function CompanyPeople({ people, current, label }: { people: CompanyPerson[]; current: boolean; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-col">
      {people.map((person) => {
        const span = formatSpan({ ...person, current });
        return (
          <li key={person.id}>
            <Link
              href={`/people/${person.id}`}
              className="-mx-2 flex min-h-11 items-center gap-3 rounded-lg px-2 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800/60"
            >
              <Avatar name={person.displayName} photoUrl={person.photoUrl} />
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{person.displayName}</span>
                {(person.title || span) && (
                  <span className="block truncate text-sm text-stone-500 dark:text-stone-400">{[person.title, span].filter(Boolean).join(" · ")}</span>
                )}
              </span>
              <StrengthBadge strength={person.strength} />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
