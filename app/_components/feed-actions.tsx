"use client";

import { useMutation, useQueryClient, type Query } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useCallback, useId, useState, type FormEvent, type ReactNode } from "react";
import { CONTEXT_LABELS } from "@/app/_components/channel-icon";
import { Field, invalidProps } from "@/app/_components/field";
import { FormActions } from "@/app/_components/form-actions";
import { Sheet } from "@/app/_components/sheet";
import { useToast } from "@/app/_components/toaster";
import { inputClass } from "@/app/_components/ui";
import { fieldErrorsFrom, messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { CONTRIBUTION_KINDS, TIE_CONTEXTS, type ContributionDirection, type ContributionKind, type TieContext } from "@/db/schema/vocabulary";
import type { FeedContact, FeedItem, FeedPost } from "@/server/feed/service";
import { patchFeedItems, refOf, setReadInCache } from "./feed-cache";
import { ContributionDirectionField } from "@/app/_components/contribution-direction";

const KIND_LABELS: Record<ContributionKind, string> = { intro: "Introduction", advice: "Advice", help: "Help", referral: "Referral", gift: "Gift", other: "Other" };

type Mode = "menu" | "note" | "contribution" | "context";

/** What an item's buttons call; the sheets they open live once per list. */
export interface FeedActions {
  reply: (post: FeedPost) => void;
  /** The post whose reply is being saved, if any. */
  replyingId: string | null;
  openMenu: (item: FeedItem) => void;
  toggleRead: (item: FeedItem) => void;
}

export interface FeedActionOptions {
  /** Muting takes a source's posts out of the feed (offered on the feed page only). */
  allowMute: boolean;
  /** "Show only <name>": narrows the feed to the item's contact. */
  onShowOnly?: (contact: FeedContact) => void;
  /** Re-render the server components after a change (a contact's page shows the new interaction, fact…). */
  refreshServer: boolean;
}

/** The reply needs a relationship context the first time: the server says so with a plain BAD_REQUEST. */
function needsContext(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data = error.data as { code?: string; fieldErrors?: Record<string, string> | null } | undefined;
  return data?.code === "BAD_REQUEST" && !data.fieldErrors;
}

const menuItemClass =
  "flex min-h-12 w-full items-center gap-3 rounded-lg px-3 text-left text-sm font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60 dark:text-stone-100 dark:hover:bg-stone-800";

function NoteForm({ post, pending, error, onSave, onCancel }: { post: FeedPost; pending: boolean; error?: string; onSave: (text: string) => void; onCancel: () => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(text);
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <Field id={`${id}-note`} label={`Note about ${post.contact.displayName}`} error={error} hint="Saved with what you know about them, linked to this post.">
        <textarea
          id={`${id}-note`}
          rows={4}
          autoFocus
          maxLength={2000}
          className={`${inputClass} py-2`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="Starting a new job in Lisbon in May"
          {...invalidProps(`${id}-note`, error)}
        />
      </Field>
      <FormActions submitLabel="Save note" pending={pending} onCancel={onCancel} />
    </form>
  );
}

interface ContributionDraft {
  direction: ContributionDirection;
  kind: ContributionKind;
  description: string;
}

function ContributionForm({ pending, errors, onSave, onCancel }: { pending: boolean; errors: Record<string, string>; onSave: (draft: ContributionDraft) => void; onCancel: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState<ContributionDraft>({ direction: "given", kind: "help", description: "" });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(draft);
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <ContributionDirectionField name={`${id}-direction`} value={draft.direction} onChange={(direction) => setDraft({ ...draft, direction })} />
      <Field id={`${id}-kind`} label="Kind" error={errors.kind}>
        <select id={`${id}-kind`} className={inputClass} value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value as ContributionKind })} {...invalidProps(`${id}-kind`, errors.kind)}>
          {CONTRIBUTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-description`} label="What it was (optional)" error={errors.description} hint="Left empty, it names the post.">
        <textarea
          id={`${id}-description`}
          rows={3}
          maxLength={2000}
          className={`${inputClass} py-2`}
          value={draft.description}
          onChange={(event) => setDraft({ ...draft, description: event.target.value })}
          placeholder="Offered to introduce her to the team at Acme"
          {...invalidProps(`${id}-description`, errors.description)}
        />
      </Field>
      <FormActions submitLabel="Log contribution" pending={pending} onCancel={onCancel} />
    </form>
  );
}

/**
 * The actions on feed items (reply, note, contribution, read state, mute), each undoable from its
 * toast, and the one sheet they open. Changes are written into the loaded pages rather than
 * refetched, so nothing moves under the reader.
 */
export function useFeedActions({ allowMute, onShowOnly, refreshServer }: FeedActionOptions): { actions: FeedActions; sheet: ReactNode } {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState<{ item: FeedItem; mode: Mode } | null>(null);
  const [formErrors, setFormErrors] = useState<Record<string, string>>({});
  const listKey = trpc.feed.list.pathKey();

  const close = () => {
    setOpen(null);
    setFormErrors({});
  };

  /** After any change: the nav badge, and (on a contact's page) everything else the change touches. */
  const afterChange = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.feed.unreadCount.queryKey() });
    if (!refreshServer) return;
    const feedLists = JSON.stringify(listKey[0]);
    void queryClient.invalidateQueries({ predicate: (query: Query) => JSON.stringify(query.queryKey[0]) !== feedLists });
    router.refresh();
  }, [queryClient, trpc, refreshServer, listKey, router]);

  const onError = (error: unknown) => toast(messageFrom(error));
  const mark = useMutation(trpc.feed.mark.mutationOptions({ onError }));
  const reply = useMutation(trpc.feed.reply.mutationOptions());
  const removeInteraction = useMutation(trpc.interactions.remove.mutationOptions({ onError }));
  const addNote = useMutation(trpc.feed.addNote.mutationOptions());
  const removeFact = useMutation(trpc.knowledge.facts.remove.mutationOptions({ onError }));
  const addContribution = useMutation(trpc.feed.addContribution.mutationOptions());
  const removeContribution = useMutation(trpc.knowledge.contributions.remove.mutationOptions({ onError }));
  const mute = useMutation(trpc.feed.muteSource.mutationOptions({ onError }));

  const setRead = (item: FeedItem, read: boolean, then?: () => void) =>
    mark.mutate(
      { items: [refOf(item)], read },
      {
        onSuccess: () => {
          setReadInCache(queryClient, listKey, [refOf(item)], read);
          afterChange();
          then?.();
        },
      },
    );

  /** Acting on an item reads it; undoing the act makes it unread again if it was. */
  const readByActing = (item: FeedItem) => {
    if (item.readAt === null) setRead(item, true);
  };
  const unreadAgain = (item: FeedItem) => {
    if (item.readAt === null) setRead(item, false);
  };

  const replyTo = (post: FeedPost, context?: TieContext) =>
    reply.mutate(
      { postId: post.id, context },
      {
        onSuccess: (interaction) => {
          close();
          patchFeedItems(queryClient, listKey, (item) => (item.type === "post" && item.id === post.id ? { ...item, replyId: interaction.id, readAt: item.readAt ?? new Date() } : item));
          afterChange();
          toast(`Logged a reply to ${post.contact.displayName}.`, {
            label: "Undo",
            run: () =>
              removeInteraction.mutate(
                { id: interaction.id },
                {
                  onSuccess: () => {
                    patchFeedItems(queryClient, listKey, (item) => (item.type === "post" && item.id === post.id ? { ...item, replyId: null } : item));
                    if (post.readAt === null) setRead(post, false);
                    else afterChange();
                    toast("Reply removed.");
                  },
                },
              ),
          });
        },
        onError: (error) => {
          if (!context && needsContext(error)) setOpen({ item: post, mode: "context" });
          else toast(messageFrom(error));
        },
      },
    );

  const saveNote = (post: FeedPost, text: string) =>
    addNote.mutate(
      { postId: post.id, text },
      {
        onSuccess: (fact) => {
          close();
          readByActing(post);
          if (post.readAt !== null) afterChange();
          toast(`Saved a note about ${post.contact.displayName}.`, {
            label: "Undo",
            run: () =>
              removeFact.mutate(
                { id: fact.id },
                {
                  onSuccess: () => {
                    unreadAgain(post);
                    if (post.readAt !== null) afterChange();
                    toast("Note removed.");
                  },
                },
              ),
          });
        },
        onError: (error) => {
          const fields = fieldErrorsFrom(error);
          if (Object.keys(fields).length > 0) setFormErrors(fields);
          else toast(messageFrom(error));
        },
      },
    );

  const saveContribution = (post: FeedPost, draft: ContributionDraft) =>
    addContribution.mutate(
      { postId: post.id, direction: draft.direction, kind: draft.kind, description: draft.description.trim() || undefined },
      {
        onSuccess: (contribution) => {
          close();
          readByActing(post);
          if (post.readAt !== null) afterChange();
          toast(`Logged a contribution with ${post.contact.displayName}.`, {
            label: "Undo",
            run: () =>
              removeContribution.mutate(
                { id: contribution.id },
                {
                  onSuccess: () => {
                    unreadAgain(post);
                    if (post.readAt !== null) afterChange();
                    toast("Contribution removed.");
                  },
                },
              ),
          });
        },
        onError: (error) => {
          const fields = fieldErrorsFrom(error);
          if (Object.keys(fields).length > 0) setFormErrors(fields);
          else toast(messageFrom(error));
        },
      },
    );

  const toggleRead = (item: FeedItem) => {
    const read = item.readAt === null;
    setRead(item, read, () => {
      close();
      toast(read ? "Marked as read." : "Marked as unread.", { label: "Undo", run: () => setRead(item, !read) });
    });
  };

  const muteSource = (post: FeedPost) =>
    mute.mutate(
      { sourceId: post.source.id, muted: true },
      {
        onSuccess: () => {
          close();
          patchFeedItems(queryClient, listKey, (item) => (item.type === "post" && item.source.id === post.source.id ? null : item));
          afterChange();
          toast(`Muted ${post.source.name} in your feed.`, {
            label: "Undo",
            run: () =>
              mute.mutate(
                { sourceId: post.source.id, muted: false },
                {
                  onSuccess: () => {
                    // Its posts come back in place: the loaded pages are fetched again.
                    void queryClient.invalidateQueries({ queryKey: listKey });
                    afterChange();
                    toast(`${post.source.name} is back in your feed.`);
                  },
                },
              ),
          });
        },
      },
    );

  const item = open?.item ?? null;
  const name = item?.contact.displayName ?? "";
  const title =
    open?.mode === "note" ? `Note about ${name}` : open?.mode === "contribution" ? `Contribution with ${name}` : open?.mode === "context" ? "What is this relationship about?" : item?.type === "event" ? name : `Post by ${name}`;

  let body: ReactNode = null;
  if (open && item) {
    if (open.mode === "menu") {
      body = (
        <ul aria-label="Actions" className="-mx-2 flex flex-col">
          {item.type === "post" && (
            <>
              <li>
                <button type="button" className={menuItemClass} onClick={() => setOpen({ item, mode: "note" })}>
                  Add note
                </button>
              </li>
              <li>
                <button type="button" className={menuItemClass} onClick={() => setOpen({ item, mode: "contribution" })}>
                  Log a contribution
                </button>
              </li>
            </>
          )}
          <li>
            <button type="button" className={menuItemClass} disabled={mark.isPending} onClick={() => toggleRead(item)}>
              {item.readAt === null ? "Mark read" : "Mark unread"}
            </button>
          </li>
          {onShowOnly && (
            <li>
              <button
                type="button"
                className={menuItemClass}
                onClick={() => {
                  close();
                  onShowOnly(item.contact);
                }}
              >
                Show only {name}
              </button>
            </li>
          )}
          {allowMute && item.type === "post" && (
            <li>
              <button type="button" className={menuItemClass} disabled={mute.isPending} onClick={() => muteSource(item)}>
                Mute {item.source.name}
              </button>
            </li>
          )}
        </ul>
      );
    } else if (open.mode === "note" && item.type === "post") {
      body = <NoteForm post={item} pending={addNote.isPending} error={formErrors.text} onSave={(text) => saveNote(item, text)} onCancel={close} />;
    } else if (open.mode === "contribution" && item.type === "post") {
      body = <ContributionForm pending={addContribution.isPending} errors={formErrors} onSave={(draft) => saveContribution(item, draft)} onCancel={close} />;
    } else if (open.mode === "context" && item.type === "post") {
      body = (
        <>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Your reply to {name} is logged as an interaction on social media. Choose what your relationships there are mostly about; Kith remembers it for your next replies.
          </p>
          <ul aria-label="Relationship context" className="grid grid-cols-2 gap-2">
            {TIE_CONTEXTS.map((context) => (
              <li key={context}>
                <button
                  type="button"
                  disabled={reply.isPending}
                  onClick={() => replyTo(item, context)}
                  className="flex min-h-12 w-full items-center justify-center rounded-xl border border-stone-300 bg-white px-3 text-sm font-medium text-stone-800 hover:border-brand-500 hover:bg-brand-50 disabled:opacity-60 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800"
                >
                  {reply.isPending && reply.variables.context === context ? "Logging…" : CONTEXT_LABELS[context]}
                </button>
              </li>
            ))}
          </ul>
        </>
      );
    }
  }

  const actions: FeedActions = {
    reply: (post) => replyTo(post),
    replyingId: reply.isPending ? reply.variables.postId : null,
    openMenu: (target) => {
      setFormErrors({});
      setOpen({ item: target, mode: "menu" });
    },
    toggleRead,
  };

  return {
    actions,
    sheet: (
      <Sheet open={open !== null} title={title} onClose={close}>
        {body}
      </Sheet>
    ),
  };
}
