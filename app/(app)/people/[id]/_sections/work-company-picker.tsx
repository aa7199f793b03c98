"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState, type KeyboardEvent } from "react";
import { inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_lib/trpc";
import { useDebounced } from "@/app/_lib/use-debounced";

/** The company of a job: an existing one (id) or a name to find or create. */
export interface CompanyChoice {
  id: string | null;
  name: string;
}

interface Option {
  key: string;
  label: string;
  choice: CompanyChoice;
}

/**
 * A combobox over the owner's companies: typing filters them, and offers “Create “X”” when no
 * company has that name. Arrow keys move, Enter picks, Escape closes the list.
 */
export function CompanyPicker({ id, value, error, onChange }: { id: string; value: CompanyChoice; error?: string; onChange: (choice: CompanyChoice) => void }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = value.name.trim();
  const q = useDebounced(typed, 200);
  const companies = useQuery({ ...trpc.companies.list.queryOptions({ q: q || undefined, limit: 8 }), enabled: open, placeholderData: keepPreviousData });

  const matches = companies.data ?? [];
  const exact = matches.some((company) => company.name.toLowerCase() === typed.toLowerCase());
  const options: Option[] = [
    ...matches.map((company) => ({ key: company.id, label: company.name, choice: { id: company.id, name: company.name } })),
    ...(typed && !exact ? [{ key: "new", label: `Create “${typed}”`, choice: { id: null, name: typed } }] : []),
  ];
  const listId = `${id}-options`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = open && options.length > 0;

  const choose = (option: Option) => {
    onChange(option.choice);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (options.length === 0 ? -1 : (current + step + options.length) % options.length));
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (event.key === "Escape" && expanded) {
      // Close the list, not the sheet around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <input
        id={id}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        autoComplete="off"
        className={inputClass}
        value={value.name}
        placeholder="Type to find or add a company"
        onChange={(event) => {
          onChange({ id: null, name: event.target.value });
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Companies"
        hidden={!expanded}
        className="flex max-h-60 flex-col overflow-y-auto rounded-lg border border-stone-200 bg-white p-1 shadow-sm dark:border-stone-700 dark:bg-stone-900"
      >
        {options.map((option, index) => (
          <li
            key={option.key}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // Keeps focus in the input, so the list does not close before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
            className={`flex min-h-11 cursor-pointer items-center rounded-md px-3 text-sm ${index === active ? "bg-brand-50 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100" : "hover:bg-stone-100 dark:hover:bg-stone-800"} ${option.choice.id ? "" : "font-medium"}`}
          >
            <span className="min-w-0 break-words">{option.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
