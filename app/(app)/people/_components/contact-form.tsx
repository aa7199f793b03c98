"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, invalidProps } from "@/app/_components/field";
import { Link } from "@/app/_components/link";
import { PlacePicker } from "@/app/_components/place-picker";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, Card, inputBase, inputClass } from "@/app/_components/ui";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { fieldErrorsOf } from "@/server/trpc/field-errors";
import { contactFields, type ContactFieldsInput } from "@/server/contacts/schemas";
import type { Contact } from "@/server/contacts/service";
import { placeLabel } from "@/server/places/schemas";
import type { Place } from "@/db/schema/vocabulary";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

interface Entry {
  label: string;
  value: string;
}

interface FormState {
  displayName: string;
  givenName: string;
  familyName: string;
  nickname: string;
  pronouns: string;
  photoUrl: string;
  emails: Entry[];
  phones: Entry[];
  links: Entry[];
  company: string;
  title: string;
  /** The place's "City, Country" label, or free text kept from before places were picked. */
  location: string;
  place: Place | null;
  birthdayDay: string;
  birthdayMonth: string;
  birthdayYear: string;
  howWeMet: string;
  notes: string;
}

function initialState(contact?: Contact): FormState {
  return {
    displayName: contact?.displayName ?? "",
    givenName: contact?.givenName ?? "",
    familyName: contact?.familyName ?? "",
    nickname: contact?.nickname ?? "",
    pronouns: contact?.pronouns ?? "",
    photoUrl: contact?.photoUrl ?? "",
    emails: contact?.emails.map((email) => ({ ...email })) ?? [],
    phones: contact?.phones.map((phone) => ({ ...phone })) ?? [],
    links: contact?.links.map((link) => ({ label: link.label, value: link.url })) ?? [],
    company: contact?.company ?? "",
    title: contact?.title ?? "",
    location: contact?.location ?? (contact?.place ? placeLabel(contact.place) : ""),
    place: contact?.place ?? null,
    birthdayDay: contact?.birthday ? String(contact.birthday.day) : "",
    birthdayMonth: contact?.birthday ? String(contact.birthday.month) : "",
    birthdayYear: contact?.birthday?.year ? String(contact.birthday.year) : "",
    howWeMet: contact?.howWeMet ?? "",
    notes: contact?.notes ?? "",
  };
}

const filled = (entries: Entry[]) => entries.filter((entry) => entry.value.trim() !== "");

function toInput(state: FormState): ContactFieldsInput {
  const { birthdayDay, birthdayMonth, birthdayYear, emails, phones, links, ...text } = state;
  const hasBirthday = birthdayDay !== "" || birthdayMonth !== "";
  return {
    ...text,
    emails: filled(emails),
    phones: filled(phones),
    links: filled(links).map((link) => ({ label: link.label, url: link.value })),
    birthday: hasBirthday ? { day: Number(birthdayDay || 0), month: Number(birthdayMonth || 0), year: birthdayYear.trim() ? Number(birthdayYear) : null } : null,
  };
}

/** Maps a message for a link's `url` to the row's `value` control, which shows it; location messages go to the place picker. */
function formErrorKey(key: string): string {
  return key.replace(/^links\.(\d+)\.url$/, "links.$1.value").replace(/^(location|place\..*)$/, "place");
}

export function ContactForm({ contact }: { contact?: Contact }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [state, setState] = useState(() => initialState(contact));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((current) => ({ ...current, [key]: value }));

  const onSaved = async (saved: Contact) => {
    await queryClient.invalidateQueries({ queryKey: trpc.contacts.pathKey() });
    toast(contact ? "Changes saved." : `${saved.displayName} added.`);
    router.push(`/people/${saved.id}`);
    router.refresh();
  };
  const onError = (error: unknown) => {
    const fieldErrors = fieldErrorsFrom(error);
    if (Object.keys(fieldErrors).length > 0) setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([key, message]) => [formErrorKey(key), message])));
    else toast(messageFrom(error));
  };
  const create = useMutation(trpc.contacts.create.mutationOptions({ onSuccess: onSaved, onError }));
  const update = useMutation(trpc.contacts.update.mutationOptions({ onSuccess: onSaved, onError }));
  const saving = create.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = toInput(state);
    const checked = contactFields.safeParse(input);
    if (!checked.success) {
      const found = Object.fromEntries(Object.entries(fieldErrorsOf(checked.error)).map(([key, message]) => [formErrorKey(key), message]));
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`field-${first.replaceAll(".", "-")}`)?.focus();
      return;
    }
    setErrors({});
    if (contact) update.mutate({ ...input, id: contact.id });
    else create.mutate(input);
  };

  const text = (key: keyof FormState & string, label: string, props: { autoComplete?: string; type?: string; placeholder?: string; hint?: string } = {}) => {
    const id = `field-${key}`;
    const { hint, ...inputProps } = props;
    return (
      <Field id={id} label={label} error={errors[key]} hint={hint}>
        <input id={id} className={inputClass} value={state[key] as string} onChange={(event) => set(key, event.target.value as never)} {...inputProps} {...invalidProps(id, errors[key])} />
      </Field>
    );
  };

  const entries = (key: "emails" | "phones" | "links", legend: string, valueLabel: string, type: string, labelPlaceholder: string) => {
    const rows = state[key];
    const change = (index: number, patch: Partial<Entry>) => set(key, rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
    return (
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-stone-700 dark:text-stone-300">{legend}</legend>
        {rows.map((row, index) => {
          const id = `field-${key}-${index}-value`;
          const error = errors[`${key}.${index}.value`] ?? errors[`${key}.${index}.label`];
          return (
            <div key={index} className="flex flex-col gap-1">
              <div className="flex gap-2">
                <label className="sr-only" htmlFor={`field-${key}-${index}-label`}>
                  {valueLabel} {index + 1} label
                </label>
                <input id={`field-${key}-${index}-label`} className={`${inputBase} w-24 shrink-0 sm:w-32`} placeholder={labelPlaceholder} value={row.label} onChange={(event) => change(index, { label: event.target.value })} />
                <label className="sr-only" htmlFor={id}>
                  {valueLabel} {index + 1}
                </label>
                <input id={id} type={type} className={`${inputBase} flex-1`} value={row.value} onChange={(event) => change(index, { value: event.target.value })} {...invalidProps(id, error)} />
                <button type="button" aria-label={`Remove ${valueLabel.toLowerCase()} ${index + 1}`} className={buttonClass("ghost", "px-3")} onClick={() => set(key, rows.filter((_, i) => i !== index))}>
                  ✕
                </button>
              </div>
              {error && (
                <p id={`${id}-error`} className="text-sm text-red-600 dark:text-red-400">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <button type="button" className={buttonClass("ghost", "self-start")} onClick={() => set(key, [...rows, { label: "", value: "" }])}>
          + Add {valueLabel.toLowerCase()}
        </button>
      </fieldset>
    );
  };

  // A location typed before places could be picked, kept until one is.
  const legacyLocation = state.place ? null : state.location.trim() || null;
  const birthdayError = errors["birthday.day"] ?? errors["birthday.month"] ?? errors["birthday.year"] ?? errors.birthday;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <Card title="Name">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">{text("displayName", "Display name", { autoComplete: "off", hint: "How you refer to them; shown everywhere." })}</div>
          {text("givenName", "Given name", { autoComplete: "off" })}
          {text("familyName", "Family name", { autoComplete: "off" })}
          {text("nickname", "Nickname", { autoComplete: "off" })}
          {text("pronouns", "Pronouns", { autoComplete: "off", placeholder: "e.g. she/her" })}
          <div className="sm:col-span-2">{text("photoUrl", "Photo address", { type: "url", placeholder: "https://…", autoComplete: "off" })}</div>
        </div>
      </Card>

      <Card title="Reach them">
        <div className="flex flex-col gap-5">
          {entries("emails", "Emails", "Email", "email", "work")}
          {entries("phones", "Phones", "Phone", "tel", "mobile")}
          {entries("links", "Links", "Link", "url", "website")}
        </div>
      </Card>

      <Card title="About them">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {text("company", "Company", { autoComplete: "off" })}
          {text("title", "Title", { autoComplete: "off" })}
          <div className="sm:col-span-2">
            <PlacePicker
              id="field-place"
              label="Location"
              value={state.place}
              onChange={(place) => setState((current) => ({ ...current, place, location: place ? placeLabel(place) : "" }))}
              error={errors.place}
              hint={legacyLocation ? `Was: ${legacyLocation}: pick it from the list to measure proximity.` : "Where they live; Kith measures how far that is from your home city."}
            />
            {legacyLocation && (
              <button type="button" className={buttonClass("ghost", "mt-1 px-2 text-xs")} onClick={() => set("location", "")}>
                Forget “{legacyLocation}”
              </button>
            )}
          </div>
          <fieldset className="sm:col-span-2">
            <legend className="mb-1 text-sm font-medium text-stone-700 dark:text-stone-300">Birthday</legend>
            <div className="flex gap-2">
              <label className="sr-only" htmlFor="field-birthday-day">
                Birthday day
              </label>
              <select id="field-birthday-day" className={`${inputBase} w-20 shrink-0`} value={state.birthdayDay} onChange={(event) => set("birthdayDay", event.target.value)} {...invalidProps("field-birthday", birthdayError)}>
                <option value="">Day</option>
                {Array.from({ length: 31 }, (_, i) => (
                  <option key={i + 1} value={i + 1}>
                    {i + 1}
                  </option>
                ))}
              </select>
              <label className="sr-only" htmlFor="field-birthday-month">
                Birthday month
              </label>
              <select id="field-birthday-month" className={`${inputBase} flex-1`} value={state.birthdayMonth} onChange={(event) => set("birthdayMonth", event.target.value)}>
                <option value="">Month</option>
                {MONTHS.map((month, i) => (
                  <option key={month} value={i + 1}>
                    {month}
                  </option>
                ))}
              </select>
              <label className="sr-only" htmlFor="field-birthday-year">
                Birthday year (optional)
              </label>
              <input id="field-birthday-year" inputMode="numeric" placeholder="Year" className={`${inputBase} w-20 shrink-0`} value={state.birthdayYear} onChange={(event) => set("birthdayYear", event.target.value.replace(/\D/g, "").slice(0, 4))} />
            </div>
            {birthdayError ? (
              <p id="field-birthday-error" className="mt-1 text-sm text-red-600 dark:text-red-400">
                {birthdayError}
              </p>
            ) : (
              <p className="mt-1 text-xs text-stone-500 dark:text-stone-400">The year is optional.</p>
            )}
          </fieldset>
        </div>
      </Card>

      <Card title="Your notes">
        <div className="flex flex-col gap-4">
          <Field id="field-howWeMet" label="How we met" error={errors.howWeMet}>
            <textarea id="field-howWeMet" rows={2} className={`${inputClass} py-2`} value={state.howWeMet} onChange={(event) => set("howWeMet", event.target.value)} {...invalidProps("field-howWeMet", errors.howWeMet)} />
          </Field>
          <Field id="field-notes" label="Notes" error={errors.notes} hint="Markdown works: **bold**, lists, links.">
            <textarea id="field-notes" rows={6} className={`${inputClass} py-2 font-mono text-sm`} value={state.notes} onChange={(event) => set("notes", event.target.value)} {...invalidProps("field-notes", errors.notes)} />
          </Field>
        </div>
      </Card>

      {Object.keys(errors).length > 0 && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          Some fields need attention; see the messages above.
        </p>
      )}
      <div className="sticky bottom-20 z-10 flex justify-end gap-2 rounded-2xl bg-stone-50/90 py-2 backdrop-blur dark:bg-stone-950/90 sm:bottom-0">
        <Link href={contact ? `/people/${contact.id}` : "/people"} className={buttonClass("secondary")}>
          Cancel
        </Link>
        <button type="submit" disabled={saving} className={buttonClass("primary")}>
          {saving ? "Saving…" : contact ? "Save changes" : "Add contact"}
        </button>
      </div>
    </form>
  );
}
