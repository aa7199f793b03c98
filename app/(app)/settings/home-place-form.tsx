"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { Field, invalidProps } from "@/app/_components/field";
import { PlacePicker } from "@/app/_components/place-picker";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_lib/trpc";
import { useFormErrors } from "@/app/_lib/use-form-errors";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { Place } from "@/db/schema/vocabulary";
import type { PlaceSuggestion } from "@/server/places/gazetteer";

// The browser's zone and zone list are read after hydration (the server has neither), never change.
const unchanging = () => () => {};
let browserZones: string[] | null = null;
const readBrowserZones = () => (browserZones ??= ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")]);
const readBrowserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const onServer = () => null;

export function HomePlaceForm({ homePlace, timeZone }: { homePlace: Place | null; timeZone: string }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefresh();
  const [place, setPlace] = useState<Place | null>(homePlace);
  const [chosenZone, setChosenZone] = useState<string | null>(null);
  const [proposedBy, setProposedBy] = useState<PlaceSuggestion | null>(null);
  const { errors, setErrors, onError } = useFormErrors();
  const zones = useSyncExternalStore(unchanging, readBrowserZones, onServer);
  const localZone = useSyncExternalStore(unchanging, readBrowserZone, onServer);

  // Never set: still UTC with no home city, so the browser's zone is the better guess.
  const untouched = timeZone === "UTC" && homePlace === null;
  const zone = chosenZone ?? (untouched && localZone ? localZone : timeZone);
  const options = zones ? (zones.includes(zone) ? zones : [zone, ...zones]) : [zone];
  const changed = place?.id !== homePlace?.id || zone !== timeZone;

  const update = useMutation(
    trpc.account.update.mutationOptions({
      onSuccess: async (saved) => {
        setErrors({});
        toast(saved.homePlace ? `Home city saved: ${saved.homePlace.name}.` : "Home city removed.");
        await refresh();
      },
      onError,
    }),
  );

  const pickPlace = (picked: PlaceSuggestion | null) => {
    setPlace(picked);
    // Propose the city's time zone; the select stays the user's to change.
    if (picked) {
      setChosenZone(picked.timeZone);
      setProposedBy(picked);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ homePlace: place, timeZone: zone });
  };

  const placeError = errors.homePlace ?? Object.entries(errors).find(([key]) => key.startsWith("homePlace."))?.[1];
  const zoneHint = proposedBy && proposedBy.timeZone === zone ? `${proposedBy.name}'s time zone; change it if you keep another.` : "Decides when your day starts, for reminders and birthdays.";

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-stone-600 dark:text-stone-400">Kith measures how far each contact lives from here.</p>
      <PlacePicker id="home-place" label="Home city" value={place} onChange={pickPlace} error={placeError} hint={place ? undefined : "No home city yet: distances to contacts stay unknown."} />
      <Field id="home-time-zone" label="Time zone" error={errors.timeZone} hint={zoneHint}>
        <select id="home-time-zone" className={inputClass} value={zone} onChange={(event) => setChosenZone(event.target.value)} {...invalidProps("home-time-zone", errors.timeZone)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {option.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-stone-500 dark:text-stone-400">
          City data:{" "}
          <a href="https://www.geonames.org/" className="underline hover:text-stone-700 dark:hover:text-stone-200" rel="noreferrer" target="_blank">
            GeoNames
          </a>
          , CC BY 4.0.
        </p>
        <button type="submit" disabled={update.isPending || !changed} className={buttonClass("secondary")}>
          {update.isPending ? "Saving…" : "Save"}
        </button>
      </div>
    </form>
  );
}
