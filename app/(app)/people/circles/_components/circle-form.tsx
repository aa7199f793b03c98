"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Field, invalidProps } from "@/app/_components/field";
import { FormActions } from "@/app/_components/form-actions";
import { inputClass } from "@/app/_components/ui";
import { messageFrom, namedFormErrorsFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { CIRCLE_PURPOSES, CIRCLE_TYPES } from "@/db/schema/vocabulary";
import { createCircleInput, type CreateCircleInput } from "@/server/circles/schemas";
import type { Circle } from "@/server/circles/service";
import { fieldErrorsOf } from "@/server/trpc/field-errors";
import { CADENCE_OPTIONS, cadenceLabel, PURPOSE_LABELS, STYLE_SUGGESTIONS, TYPE_LABELS } from "./circle-labels";

interface FormState {
  name: string;
  description: string;
  purpose: string;
  type: string;
  place: string;
  space: string;
  pace: string;
  cadenceDays: string;
}

function initialState(circle?: Circle): FormState {
  return {
    name: circle?.name ?? "",
    description: circle?.description ?? "",
    purpose: circle?.purpose ?? "",
    type: circle?.type ?? "",
    place: circle?.place ?? "",
    space: circle?.space ?? "",
    pace: circle?.pace ?? "",
    cadenceDays: circle?.cadenceDays ? String(circle.cadenceDays) : "",
  };
}

function toInput(state: FormState): CreateCircleInput {
  return {
    ...state,
    purpose: (state.purpose || null) as CreateCircleInput["purpose"],
    type: (state.type || null) as CreateCircleInput["type"],
    cadenceDays: state.cadenceDays ? Number(state.cadenceDays) : null,
  };
}

/** Creates a circle, or edits the one given. */
export function CircleForm({ circle, onSaved, onCancel }: { circle?: Circle; onSaved: (circle: Circle) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const prefix = useId();
  const [state, setState] = useState(() => initialState(circle));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof FormState, value: string) => setState((current) => ({ ...current, [key]: value }));

  const onError = (error: unknown) => {
    const found = namedFormErrorsFrom(error);
    setErrors(Object.keys(found).length > 0 ? found : { _form: messageFrom(error) });
  };
  const create = useMutation(trpc.circles.create.mutationOptions({ onSuccess: onSaved, onError }));
  const update = useMutation(trpc.circles.update.mutationOptions({ onSuccess: onSaved, onError }));
  const saving = create.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = toInput(state);
    const checked = createCircleInput.safeParse(input);
    if (!checked.success) {
      const found = fieldErrorsOf(checked.error);
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`${prefix}-${first}`)?.focus();
      return;
    }
    setErrors({});
    if (circle) update.mutate({ ...input, id: circle.id });
    else create.mutate(input);
  };

  const id = (key: string) => `${prefix}-${key}`;
  const styleField = (key: "place" | "space" | "pace", label: string, hint: string) => (
    <Field id={id(key)} label={label} error={errors[key]} hint={hint}>
      <input id={id(key)} list={id(`${key}-list`)} autoComplete="off" className={inputClass} value={state[key]} onChange={(event) => set(key, event.target.value)} {...invalidProps(id(key), errors[key])} />
      <datalist id={id(`${key}-list`)}>
        {STYLE_SUGGESTIONS[key].map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <Field id={id("name")} label="Name" error={errors.name}>
        <input id={id("name")} autoComplete="off" autoFocus className={inputClass} value={state.name} onChange={(event) => set("name", event.target.value)} {...invalidProps(id("name"), errors.name)} />
      </Field>
      <Field id={id("description")} label="Description" error={errors.description}>
        <textarea id={id("description")} rows={2} className={`${inputClass} py-2`} value={state.description} onChange={(event) => set("description", event.target.value)} {...invalidProps(id("description"), errors.description)} />
      </Field>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id={id("purpose")} label="Purpose" error={errors.purpose}>
          <select id={id("purpose")} className={inputClass} value={state.purpose} onChange={(event) => set("purpose", event.target.value)} {...invalidProps(id("purpose"), errors.purpose)}>
            <option value="">Not set</option>
            {CIRCLE_PURPOSES.map((purpose) => (
              <option key={purpose} value={purpose}>
                {PURPOSE_LABELS[purpose]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id("type")} label="Type" error={errors.type}>
          <select id={id("type")} className={inputClass} value={state.type} onChange={(event) => set("type", event.target.value)} {...invalidProps(id("type"), errors.type)}>
            <option value="">Not set</option>
            {CIRCLE_TYPES.map((type) => (
              <option key={type} value={type}>
                {TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-stone-700 dark:text-stone-300">Style</legend>
        {styleField("place", "Place", "Where it meets")}
        {styleField("space", "Space", "Where it talks")}
        {styleField("pace", "Pace", "How often it moves")}
      </fieldset>
      <Field id={id("cadenceDays")} label="Keep in touch" error={errors.cadenceDays} hint="Members without their own cadence get reminders this often.">
        <select id={id("cadenceDays")} className={inputClass} value={state.cadenceDays} onChange={(event) => set("cadenceDays", event.target.value)} {...invalidProps(id("cadenceDays"), errors.cadenceDays)}>
          <option value="">No default</option>
          {CADENCE_OPTIONS.map((option) => (
            <option key={option.days} value={option.days}>
              {option.label}
            </option>
          ))}
          {circle?.cadenceDays && !CADENCE_OPTIONS.some((option) => option.days === circle.cadenceDays) && <option value={circle.cadenceDays}>{cadenceLabel(circle.cadenceDays)}</option>}
        </select>
      </Field>
      <FormActions error={errors._form} pending={saving} submitLabel={circle ? "Save changes" : "Create circle"} onCancel={onCancel} />
    </form>
  );
}
