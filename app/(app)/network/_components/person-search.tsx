"use client";

import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { inputClass } from "@/app/_components/ui";
import { indexNames, matchPeople, type Named } from "./person-matches";

/**
 * A combobox over the people in the graph: the person under the cursor (arrow keys, or the
 * first match while typing) is shown in the graph through `onPoint`; Enter or a tap opens them.
 */
export function PersonSearch({ people, onPoint, onOpen }: { people: readonly Named[]; onPoint: (contactId: string | null) => void; onOpen: (contactId: string) => void }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  // Names are indexed when the box is first used, not while the page loads: thousands take a while on a phone.
  const [used, setUsed] = useState(false);
  const index = useMemo(() => (used ? indexNames(people) : null), [people, used]);
  const matches = useMemo(() => (index ? matchPeople(index, query) : []), [index, query]);
  const expanded = open && query.trim() !== "";
  const active = expanded ? matches[activeIndex] : undefined;

  const point = (next: number, among = matches) => {
    setActiveIndex(next);
    onPoint(among[next]?.id ?? null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (matches.length > 0) point((activeIndex + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === "Enter" && active) {
      event.preventDefault();
      onOpen(active.id);
    } else if (event.key === "Escape") {
      if (expanded) setOpen(false);
      else {
        setQuery("");
        onPoint(null);
      }
    }
  };

  return (
    <div className="relative min-w-0 flex-1">
      <label htmlFor={`${id}-input`} className="sr-only">
        Find a person in the graph
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active ? `${id}-${active.id}` : undefined}
        autoComplete="off"
        placeholder="Find a person"
        className={inputClass}
        value={query}
        onChange={(event) => {
          const next = event.target.value;
          setQuery(next);
          setOpen(true);
          setUsed(true);
          point(0, matchPeople(index ?? indexNames(people), next));
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setOpen(true);
          setUsed(true);
        }}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="People in the graph"
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-80 overflow-y-auto rounded-xl border border-stone-200 bg-white py-1 shadow-lg dark:border-stone-700 dark:bg-stone-900"
      >
        {matches.length === 0 ? (
          <li role="presentation" className="px-3 py-3 text-sm text-stone-500 dark:text-stone-400">
            Nobody by that name in your network.
          </li>
        ) : (
          matches.map((person, position) => (
            <li
              key={person.id}
              id={`${id}-${person.id}`}
              role="option"
              aria-selected={position === activeIndex}
              // Keep the focus in the box, so the tap lands as a click.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => point(position)}
              onClick={() => onOpen(person.id)}
              className={`flex min-h-11 cursor-pointer items-center px-3 text-sm ${position === activeIndex ? "bg-brand-50 text-brand-700 dark:bg-stone-800 dark:text-brand-100" : ""}`}
            >
              <span className="truncate">{person.name}</span>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
