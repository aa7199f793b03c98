"use client";

import { usePathname } from "next/navigation";
import { Link } from "@/app/_components/link";

const TABS = [
  { href: "/people", label: "Contacts" },
  { href: "/people/circles", label: "Circles" },
  { href: "/people/tags", label: "Tags" },
  { href: "/people/topics", label: "Topics" },
  { href: "/people/companies", label: "Companies" },
];

/** The sub-places of People; scrolls sideways on a narrow phone rather than wrapping. */
export function PeopleTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="People" className="-mx-4 overflow-x-auto px-4">
      <ul className="flex gap-1 border-b border-stone-200 dark:border-stone-800">
        {TABS.map((tab) => {
          const active = tab.href === "/people" ? pathname === "/people" : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={`inline-flex min-h-11 items-center whitespace-nowrap border-b-2 px-2 text-sm font-medium ${active ? "border-brand-600 text-brand-700 dark:text-brand-100" : "border-transparent text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100"}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
