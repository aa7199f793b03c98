"use client";

import type { ReactNode } from "react";
import { Link } from "@/app/_components/link";
import type { LifeEventKind } from "@/db/schema/vocabulary";
import type { FeedEvent, FeedItem, FeedPost } from "@/server/feed/service";
import type { FeedActions } from "./feed-actions";
import { exactTime, mediaLabel, SOURCE_LABELS, webUrl } from "./feed-format";
import { RelativeTime } from "./relative-time";
import { SourceIcon } from "./source-icon";
import { Avatar } from "./ui";

/**
 * Typography for fetched post HTML (already reduced to text tags by the server): links underlined,
 * paragraphs spaced, and long URLs broken anywhere so a phone never scrolls sideways.
 */
const POST_BODY = [
  "min-w-0 break-words text-sm leading-relaxed [overflow-wrap:anywhere]",
  "[&_a]:text-brand-600 [&_a]:underline [&_a]:underline-offset-2 dark:[&_a]:text-brand-100",
  "[&_p]:my-2 [&>:first-child]:mt-0 [&>:last-child]:mb-0",
  "[&_blockquote]:my-2 [&_blockquote]:border-l-2 [&_blockquote]:border-stone-300 [&_blockquote]:pl-3 [&_blockquote]:text-stone-600 dark:[&_blockquote]:border-stone-700 dark:[&_blockquote]:text-stone-400",
  "[&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-5 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-5",
  "[&_pre]:my-2 [&_pre]:whitespace-pre-wrap [&_pre]:rounded-lg [&_pre]:bg-stone-100 [&_pre]:p-2 dark:[&_pre]:bg-stone-800 [&_code]:font-mono [&_code]:text-[0.9em]",
  "[&_h1]:my-2 [&_h1]:font-semibold [&_h2]:my-2 [&_h2]:font-semibold [&_h3]:my-2 [&_h3]:font-semibold [&_h4]:font-semibold [&_h5]:font-semibold [&_h6]:font-semibold",
].join(" ");

const EVENT_ICONS: Record<LifeEventKind, string> = {
  job_change: "M4 8h16v11H4zM9 8V5h6v3M4 13h16",
  target_company: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8ZM12 12h.01",
  moved_city: "M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11ZM12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z",
};

const EVENT_LABELS: Record<LifeEventKind, string> = { job_change: "New job", target_company: "Target company", moved_city: "Moved" };

const BADGE = "inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";
const NEUTRAL_BADGE = `${BADGE} bg-stone-100 text-stone-700 ring-stone-500/20 dark:bg-stone-800 dark:text-stone-300 dark:ring-stone-400/20`;

/** Where a list of items sits: the feed's own bordered list, or inside a card on a contact's page. */
export type FeedListVariant = "feed" | "card";

const rowClass = (variant: FeedListVariant, startsGroup: boolean, unread: boolean) =>
  [
    "scroll-mt-20 scroll-mb-24 outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-500",
    startsGroup ? "border-t border-stone-200 first:border-t-0 dark:border-stone-800" : "",
    variant === "feed" ? "px-4" : "",
    variant === "feed" && unread ? "bg-brand-50/50 dark:bg-stone-800/40" : "",
  ].join(" ");

/** A dot and the words "Unread" for screen readers. */
function UnreadMark() {
  return (
    <>
      <span aria-hidden="true" className="inline-block h-2.5 w-2.5 shrink-0 rounded-full bg-brand-600 dark:bg-brand-100" />
      <span className="sr-only">Unread</span>
    </>
  );
}

function When({ date }: { date: Date }) {
  return (
    <span title={exactTime(date)}>
      <RelativeTime date={date} />
    </span>
  );
}

const actionClass = "inline-flex min-h-11 items-center gap-1.5 rounded-lg px-3 text-sm font-medium text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800";

function MoreButton({ post, onClick }: { post: FeedPost; onClick: () => void }) {
  return (
    <button type="button" aria-haspopup="dialog" onClick={onClick} className={actionClass}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="currentColor">
        <circle cx="5" cy="12" r="1.7" />
        <circle cx="12" cy="12" r="1.7" />
        <circle cx="19" cy="12" r="1.7" />
      </svg>
      More<span className="sr-only"> actions on this post by {post.contact.displayName}</span>
    </button>
  );
}

function PostRow({ post, startsGroup, showContact, variant, actions }: { post: FeedPost; startsGroup: boolean; showContact: boolean; variant: FeedListVariant; actions: FeedActions }) {
  const unread = post.readAt === null;
  const url = webUrl(post.url);
  const kind = SOURCE_LABELS[post.source.kind];
  const media = post.media.flatMap((item) => {
    const href = webUrl(item.url);
    return href ? [{ ...item, url: href }] : [];
  });
  const html = post.html.trim();
  const withHeader = showContact && startsGroup;

  let aside: ReactNode = null;
  if (withHeader) aside = <Avatar name={post.contact.displayName} photoUrl={post.contact.photoUrl} />;
  else if (!showContact)
    aside = (
      <span aria-hidden="true" className="inline-flex h-10 w-10 items-center justify-center rounded-full bg-brand-50 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100">
        <SourceIcon kind={post.source.kind} />
      </span>
    );

  return (
    <li tabIndex={-1} data-feed-item="" data-url={url ?? undefined} className={`grid grid-cols-[2.5rem_minmax(0,1fr)] gap-x-3 pb-2 ${startsGroup ? "pt-3" : "pt-0"} ${rowClass(variant, startsGroup, unread)}`}>
      <div className="pt-0.5">{aside}</div>
      <article className="flex min-w-0 flex-col gap-1.5">
        {withHeader ? (
          <div className="min-w-0">
            <Link href={`/people/${post.contact.id}`} className={`break-words text-stone-900 hover:underline [overflow-wrap:anywhere] dark:text-stone-100 ${unread ? "font-bold" : "font-medium"}`}>
              {post.contact.displayName}
            </Link>
            <p className="flex min-w-0 items-center gap-1.5 text-sm text-stone-500 dark:text-stone-400">
              <SourceIcon kind={post.source.kind} className="h-4 w-4" />
              <span className="sr-only">{kind}: </span>
              <span className="min-w-0 break-words [overflow-wrap:anywhere]">{post.source.name}</span>
            </p>
          </div>
        ) : showContact ? (
          // The same header, for screen readers only: sighted readers see it on the first post of the group.
          <p className="sr-only">
            {post.contact.displayName}, {kind}: {post.source.name}
          </p>
        ) : null}
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-500 dark:text-stone-400">
          {unread && <UnreadMark />}
          {!showContact && (
            <span className="min-w-0 break-words [overflow-wrap:anywhere]">
              <span className="sr-only">{kind}: </span>
              <span className={`text-stone-700 dark:text-stone-300 ${unread ? "font-semibold" : "font-medium"}`}>{post.source.name}</span>
            </span>
          )}
          <When date={post.at} />
          {post.editedAt && <span title={`Edited ${exactTime(post.editedAt)}`}>· edited</span>}
          {post.isRepost && <span className={NEUTRAL_BADGE}>Reposted</span>}
        </p>
        {html ? (
          <div className={POST_BODY} dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          post.text && <p className="min-w-0 whitespace-pre-wrap break-words text-sm [overflow-wrap:anywhere]">{post.text}</p>
        )}
        {media.length > 0 && (
          <ul aria-label="Attachments" className="flex flex-col">
            {media.map((item, index) => (
              <li key={index} className="min-w-0 break-words text-sm [overflow-wrap:anywhere]">
                <a href={item.url} target="_blank" rel="noopener noreferrer nofollow" className="inline-flex min-h-11 items-center text-brand-600 underline underline-offset-2 dark:text-brand-100">
                  {mediaLabel(item)}
                </a>
              </li>
            ))}
          </ul>
        )}
      </article>
      <div className="col-span-2 -ml-3 flex flex-wrap items-center gap-1 sm:col-span-1 sm:col-start-2">
        {post.replyId ? (
          <span className="inline-flex min-h-11 items-center gap-1.5 px-3 text-sm font-medium text-brand-700 dark:text-brand-100">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
              <path d="m5 12 5 5L20 7" />
            </svg>
            Replied
          </span>
        ) : (
          <button type="button" disabled={actions.replyingId === post.id} onClick={() => actions.reply(post)} className={`${actionClass} disabled:opacity-60`}>
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
              <path d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
            </svg>
            {actions.replyingId === post.id ? "Logging…" : "I replied"}
          </button>
        )}
        {url && (
          <a href={url} target="_blank" rel="noopener noreferrer nofollow" className={actionClass}>
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
              <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
            </svg>
            Open<span className="sr-only sm:not-sr-only"> on {kind}</span>
          </a>
        )}
        <MoreButton post={post} onClick={() => actions.openMenu(post)} />
      </div>
    </li>
  );
}

function EventRow({ event, variant, actions }: { event: FeedEvent; variant: FeedListVariant; actions: FeedActions }) {
  const unread = event.readAt === null;
  return (
    <li tabIndex={-1} data-feed-item="" className={`py-3 ${rowClass(variant, true, false)}`}>
      <article className="flex gap-3 rounded-xl bg-amber-50 p-3 ring-1 ring-inset ring-amber-200 dark:bg-amber-900/20 dark:ring-amber-800/60">
        <span aria-hidden="true" className="inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-amber-100 text-amber-800 dark:bg-amber-900/50 dark:text-amber-200">
          <svg viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
            <path d={EVENT_ICONS[event.kind]} />
          </svg>
        </span>
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-amber-900/80 dark:text-amber-200/80">
            {unread && <UnreadMark />}
            <span className="font-medium">{EVENT_LABELS[event.kind]}</span>
            <When date={event.at} />
            {event.sourceKind && <span>· from {SOURCE_LABELS[event.sourceKind]}</span>}
          </p>
          <Link href={`/people/${event.contact.id}`} className={`break-words text-stone-900 hover:underline [overflow-wrap:anywhere] dark:text-stone-100 ${unread ? "font-bold" : "font-medium"}`}>
            {event.title}
          </Link>
          {event.body && <p className="break-words text-sm text-stone-700 [overflow-wrap:anywhere] dark:text-stone-300">{event.body}</p>}
          <div className="-ml-3 flex flex-wrap gap-1">
            <button type="button" onClick={() => actions.toggleRead(event)} className={actionClass}>
              {unread ? "Mark read" : "Mark unread"}
            </button>
          </div>
        </div>
      </article>
    </li>
  );
}

/** One item of the feed: a post (with its actions) or a life event card. */
export function FeedItemRow({ item, startsGroup, showContact, variant, actions }: { item: FeedItem; startsGroup: boolean; showContact: boolean; variant: FeedListVariant; actions: FeedActions }) {
  return item.type === "post" ? (
    <PostRow post={item} startsGroup={startsGroup} showContact={showContact} variant={variant} actions={actions} />
  ) : (
    <EventRow event={item} variant={variant} actions={actions} />
  );
}

