"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState, type KeyboardEvent } from "react";
import { inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_lib/trpc";
import { useDebounced } from "@/app/_lib/use-debounced";
import type { Place } from "@/db/schema/vocabulary";
import type { PlaceSuggestion } from "@/server/places/gazetteer";
import { placeDescription, placeWhereabouts } from "@/server/places/schemas";

const DEBOUNCE_MS = 200;

interface PlacePickerProps {
  id: string;
  label: string;
  value: Place | null;
  /** Called with the suggestion picked (a Place with its time zone), or null when cleared. */
  onChange: (place: PlaceSuggestion | null) => void;
  error?: string;
  hint?: string;
}

/**
 * A combobox over the offline city list: typing suggests cities, most populous first (add the
 * country to narrow: "Porto, Portugal"). Arrow keys move, Enter picks, Escape closes the list (or,
 * when closed, undoes the typing); the clear button removes the place.
 */
export function PlacePicker({ id, label, value, onChange, error, hint }: PlacePickerProps) {
  const trpc = useTRPC();
  // What the user typed since the last pick; null while the input shows the picked place.
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = (typed ?? "").trim();
  const debounced = useDebounced(query, DEBOUNCE_MS);
  const search = useQuery({
    ...trpc.places.search.queryOptions({ q: debounced }),
    enabled: open && debounced.length > 0,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });

  const shown = typed ?? (value ? placeDescription(value) : "");
  const suggestions = query.length > 0 ? (search.data ?? []) : [];
  const waiting = query.length > 0 && (query !== debounced || search.isFetching);
  const expanded = open && suggestions.length > 0;
  const listId = `${id}-listbox`;
  const statusId = `${id}-status`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const activeIndex = Math.min(active, suggestions.length - 1);
  const activeId = expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  const pick = (place: PlaceSuggestion) => {
    onChange(place);
    setTyped(null);
    setOpen(false);
  };
  const clear = () => {
    onChange(null);
    setTyped(null);
    setOpen(false);
    document.getElementById(id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      if (suggestions.length > 0) setActive((activeIndex + step + suggestions.length) % suggestions.length);
    } else if (event.key === "Enter" && expanded) {
      // Pick the highlighted city rather than submit the form around the picker.
      event.preventDefault();
      const place = suggestions[activeIndex];
      if (place) pick(place);
    } else if (event.key === "Escape" && (open || typed !== null)) {
      // Close the list (or undo the typing), not the sheet or dialog around the picker.
      event.preventDefault();
      event.stopPropagation();
      if (open) setOpen(false);
      else setTyped(null);
    }
  };

  let status = "";
  if (open && query.length > 0 && suggestions.length === 0) {
    if (waiting) status = "Searching…";
    else if (search.isError) status = "Could not search the city list. Try again in a moment.";
    else status = `No city matches “${query}”. Check the spelling, or add the country: “Porto, Portugal”.`;
  }
  const describedBy = [error ? `${id}-error` : hint ? `${id}-hint` : null, status ? statusId : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-700 dark:text-stone-300">
        {label}
      </label>
      <div className="relative">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-busy={waiting || undefined}
          autoComplete="off"
          autoCapitalize="words"
          spellCheck={false}
          enterKeyHint="search"
          placeholder="Type a city"
          className={`${inputClass} pr-12`}
          value={shown}
          onChange={(event) => {
            setTyped(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={(event) => {
            if (typed !== null) setOpen(true);
            else event.target.select();
          }}
          onBlur={() => {
            setOpen(false);
            // Emptying the box and leaving it removes the place; other unfinished typing is undone.
            if (typed !== null && typed.trim() === "" && value) onChange(null);
            setTyped(null);
          }}
          onKeyDown={onKeyDown}
        />
        {(value || typed) && (
          <button
            type="button"
            aria-label={`Clear ${label.toLowerCase()}`}
            // Keeps focus in the input so its blur does not undo what the click is about to do.
            onMouseDown={(event) => event.preventDefault()}
            onClick={clear}
            className="absolute inset-y-0 right-0 inline-flex w-11 items-center justify-center rounded-r-lg text-stone-500 hover:text-stone-800 dark:text-stone-400 dark:hover:text-stone-100"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              <path d="M6 6l12 12M18 6 6 18" />
            </svg>
          </button>
        )}
        <ul
          id={listId}
          role="listbox"
          aria-label={`${label} suggestions`}
          hidden={!expanded}
          className="absolute inset-x-0 top-full z-30 mt-1 flex max-h-72 flex-col overflow-y-auto rounded-lg border border-stone-200 bg-white p-1 shadow-lg dark:border-stone-700 dark:bg-stone-900"
        >
          {suggestions.map((place, index) => (
            <li
              key={place.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => {
                if (index !== activeIndex) setActive(index);
              }}
              onClick={() => pick(place)}
              className={`flex min-h-11 cursor-pointer items-center rounded-md px-3 py-1.5 text-sm ${index === activeIndex ? "bg-brand-50 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100" : "text-stone-800 dark:text-stone-100"}`}
            >
              <span className="min-w-0">
                <span className="font-medium">{place.name}</span> <span className={index === activeIndex ? "" : "text-stone-500 dark:text-stone-400"}>· {placeWhereabouts(place)}</span>
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p id={statusId} role="status" className={status ? "text-sm text-stone-600 dark:text-stone-400" : "sr-only"}>
        {status}
      </p>
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-stone-500 dark:text-stone-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
