"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { cancelOnEscape } from "@/app/_lib/cancel-on-escape";
import { FormActions } from "./form-actions";
import { buttonClass, PlusSign } from "./ui";

/**
 * A list edited in place: each entry shows as itself or, while edited, as its form; the add button
 * opens the add form under the list. `empty` shows while there is nothing and no add form is open.
 */
export function EditableList<T extends { id: string }>({
  items,
  empty,
  addLabel,
  renderItem,
  renderEditForm,
  renderAddForm,
}: {
  items: T[];
  empty: string;
  addLabel: string;
  /** The entry as shown; `edit` puts its form in its place. */
  renderItem: (item: T, edit: () => void) => ReactNode;
  renderEditForm: (item: T, done: () => void) => ReactNode;
  renderAddForm: (done: () => void) => ReactNode;
}) {
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  return (
    <div>
      {items.length === 0 && !adding && <p className="text-sm text-stone-500 dark:text-stone-400">{empty}</p>}
      {items.length > 0 && (
        <ul className="divide-y divide-stone-100 dark:divide-stone-800">
          {items.map((item) =>
            editingId === item.id ? (
              <li key={item.id} className="py-2">
                {renderEditForm(item, () => setEditingId(null))}
              </li>
            ) : (
              <li key={item.id} className="flex items-start gap-1 py-2">
                {renderItem(item, () => setEditingId(item.id))}
              </li>
            ),
          )}
        </ul>
      )}
      {adding ? (
        <div className="mt-3 rounded-xl bg-stone-50 p-3 dark:bg-stone-950">{renderAddForm(() => setAdding(false))}</div>
      ) : (
        <button type="button" className={buttonClass("secondary", "mt-3")} onClick={() => setAdding(true)}>
          <PlusSign /> {addLabel}
        </button>
      )}
    </div>
  );
}

/** The add or edit form of an EditableList entry; Escape, like the first button, leaves it. */
export function EntryForm({
  label,
  submitLabel,
  pendingLabel,
  cancelLabel,
  pending,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  submitLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} onKeyDown={cancelOnEscape(onCancel)} noValidate aria-label={label} className="flex flex-col gap-3">
      {children}
      <FormActions inline pending={pending} submitLabel={submitLabel} pendingLabel={pendingLabel} cancelLabel={cancelLabel} onCancel={onCancel} />
    </form>
  );
}
