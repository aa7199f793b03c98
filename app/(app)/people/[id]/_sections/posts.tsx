import Link from "next/link";
import { RelativeTime } from "@/app/_components/relative-time";
import { SourceIcon } from "@/app/_components/source-icon";
import { buttonClass, Card } from "@/app/_components/ui";
import { sanitizeHtml } from "@/server/sources/html";
import { SOURCE_KIND_LABELS } from "@/server/sources/registry";
import type { StatusUpdateItem } from "@/server/sources/service";
import type { MediaLink } from "@/server/sources/types";
import { getServerCaller } from "@/server/trpc/server";

const PAGE_SIZE = 20;

const MEDIA_LABELS: Record<MediaLink["kind"], string> = { image: "Image", video: "Video", audio: "Audio", link: "Link" };

const EXACT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/**
 * Typography for fetched post HTML (already reduced to text tags by sanitizeHtml): links underlined,
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

/** The address when it is a web address; anything else is not made a link. */
function webUrl(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  const protocol = new URL(url).protocol;
  return protocol === "http:" || protocol === "https:" ? url : null;
}

function exactTime(date: Date): string {
  return `${EXACT.format(date)} UTC`;
}

function mediaLabel(media: MediaLink): string {
  const kind = MEDIA_LABELS[media.kind];
  const alt = media.alt?.trim();
  return alt ? `${kind}: ${alt}` : `${kind} (no description)`;
}

function Post({ post }: { post: StatusUpdateItem }) {
  const label = SOURCE_KIND_LABELS[post.sourceKind];
  const url = webUrl(post.url);
  // Sanitised again when shown, whatever was stored: defence in depth.
  const html = sanitizeHtml(post.html, url ?? undefined).trim();
  const media = post.media.map((item) => ({ ...item, url: webUrl(item.url) })).filter((item): item is MediaLink => item.url !== null);
  const time = <RelativeTime date={post.publishedAt} />;
  return (
    <li className="flex gap-3 py-3">
      <span aria-hidden="true" className="mt-0.5 inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100">
        <SourceIcon kind={post.sourceKind} />
      </span>
      <article className="flex min-w-0 flex-1 flex-col gap-1.5">
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-stone-500 dark:text-stone-400">
          <span className="min-w-0 break-words [overflow-wrap:anywhere]">
            <span className="sr-only">{label}: </span>
            <span className="font-medium text-stone-700 dark:text-stone-300">{post.handle ?? label}</span>
          </span>
          {url ? (
            <a href={url} target="_blank" rel="noopener noreferrer nofollow" title={exactTime(post.publishedAt)} className="hover:underline">
              {time}
            </a>
          ) : (
            <span title={exactTime(post.publishedAt)}>{time}</span>
          )}
          {post.editedAt && <span title={`Edited ${exactTime(post.editedAt)}`}>· edited</span>}
          {post.isRepost && (
            <span className="inline-flex items-center whitespace-nowrap rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700 ring-1 ring-inset ring-stone-500/20 dark:bg-stone-800 dark:text-stone-300 dark:ring-stone-400/20">
              Reposted
            </span>
          )}
        </p>
        {html ? (
          <div className={POST_BODY} dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          post.text && <p className="min-w-0 whitespace-pre-wrap break-words text-sm [overflow-wrap:anywhere]">{post.text}</p>
        )}
        {media.length > 0 && (
          <ul aria-label="Attachments" className="flex flex-col gap-0.5">
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
    </li>
  );
}

/**
 * The contact's recent posts from every linked profile, newest first. Older pages come by a link
 * (`?posts=<cursor>`) rather than a client fetch, so every post is sanitised on the server.
 */
export async function PostsSection({ contactId, cursor }: { contactId: string; cursor?: string }) {
  const caller = await getServerCaller();
  const page = await caller.sources.updates({ contactId, cursor: cursor || null, limit: PAGE_SIZE });
  const here = `/people/${contactId}`;

  return (
    <Card title="Recent posts">
      {cursor && (
        <p className="mb-2 text-sm text-stone-600 dark:text-stone-400">
          Showing older posts.{" "}
          <Link href={`${here}#elsewhere`} className="inline-flex min-h-11 items-center text-brand-600 underline underline-offset-2 dark:text-brand-100">
            Back to the newest
          </Link>
        </p>
      )}
      {page.items.length === 0 ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">
          {cursor ? "No older posts." : "No posts yet. Posts from their linked profiles appear here after the next sync."}
        </p>
      ) : (
        <ul aria-label="Recent posts" className="-my-2 divide-y divide-stone-100 dark:divide-stone-800">
          {page.items.map((post) => (
            <Post key={post.id} post={post} />
          ))}
        </ul>
      )}
      {page.nextCursor && (
        <div className="mt-4 flex justify-center">
          <Link href={`${here}?posts=${encodeURIComponent(page.nextCursor)}#elsewhere`} className={buttonClass("secondary")}>
            Show older posts
          </Link>
        </div>
      )}
    </Card>
  );
}
