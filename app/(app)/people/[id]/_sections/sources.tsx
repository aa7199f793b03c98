import type { ReactNode } from "react";
import { RelativeTime } from "@/app/_components/relative-time";
import { SourceIcon } from "@/app/_components/source-icon";
import { Card } from "@/app/_components/ui";
import type { ProfileField } from "@/db/schema/sources";
import type { SourceKind, SourceState } from "@/db/schema/vocabulary";
import { SOURCE_KIND_LABELS } from "@/server/sources/registry";
import type { FieldProvenance, FieldSuggestion, LinkedSource, SuggestedSource } from "@/server/sources/service";
import { getServerCaller } from "@/server/trpc/server";
import { loadContact } from "../../_lib/load-contact";
import { FieldSuggestionActions, LinkSourceButton, SourceActions, SuggestionActions, SyncAllButton } from "./sources-editor";
import { SourcesPoller } from "./sources-poller";

const FIELD_LABELS: Record<ProfileField, string> = { photoUrl: "photo", location: "location", company: "company", title: "title" };

const BADGE = "inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";
const BADGE_TONES = {
  neutral: "bg-stone-100 text-stone-700 ring-stone-500/20 dark:bg-stone-800 dark:text-stone-300 dark:ring-stone-400/20",
  good: "bg-brand-50 text-brand-700 ring-brand-600/20 dark:bg-brand-700/20 dark:text-brand-100 dark:ring-brand-100/20",
  warn: "bg-amber-50 text-amber-800 ring-amber-600/20 dark:bg-amber-900/30 dark:text-amber-200 dark:ring-amber-400/20",
  bad: "bg-red-50 text-red-700 ring-red-600/20 dark:bg-red-900/30 dark:text-red-200 dark:ring-red-400/20",
};

const STATE_BADGES: Record<SourceState, { label: string; tone: keyof typeof BADGE_TONES }> = {
  pending: { label: "Syncing…", tone: "neutral" },
  syncing: { label: "Syncing…", tone: "neutral" },
  ok: { label: "Up to date", tone: "good" },
  error: { label: "Sync failed", tone: "bad" },
  gone: { label: "Gone", tone: "warn" },
  suspended: { label: "Suspended", tone: "warn" },
  moved: { label: "Moved", tone: "warn" },
  not_found: { label: "Not found", tone: "warn" },
};

const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

function isSyncing(state: SourceState): boolean {
  return state === "pending" || state === "syncing";
}

/** "3 Mar", or "3 Mar 2025" for another year. */
function shortDay(date: Date): string {
  return (date.getUTCFullYear() === new Date().getUTCFullYear() ? DAY_MONTH : DAY_MONTH_YEAR).format(date);
}

function isPast(date: Date): boolean {
  return date.getTime() <= Date.now();
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The kind inside a sentence: "their Mastodon", "their website". */
function kindInSentence(kind: SourceKind): string {
  return kind === "feed" || kind === "website" ? SOURCE_KIND_LABELS[kind].toLowerCase() : SOURCE_KIND_LABELS[kind];
}

function possessive(name: string): string {
  return name.endsWith("s") ? `${name}’` : `${name}’s`;
}

/** Changes whenever a sync starts, so the poller's time limit starts over with it. */
function syncKey(linked: LinkedSource[]): string {
  return linked
    .filter((source) => isSyncing(source.state))
    .map((source) => `${source.id}@${source.checkedAt?.getTime() ?? 0}`)
    .join(",");
}

function Badge({ tone, title, children }: { tone: keyof typeof BADGE_TONES; title?: string; children: ReactNode }) {
  return (
    <span title={title} className={`${BADGE} ${BADGE_TONES[tone]}`}>
      {children}
    </span>
  );
}

function VerifiedBadge() {
  return (
    <Badge tone="good" title="This profile and their homepage link to each other">
      Verified
    </Badge>
  );
}

function KindIcon({ kind }: { kind: SourceKind }) {
  return (
    <span aria-hidden="true" className="mt-0.5 inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100">
      <SourceIcon kind={kind} />
    </span>
  );
}

function SmallHeading({ children }: { children: ReactNode }) {
  return <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">{children}</h3>;
}

function SourceRow({ source, contactName }: { source: LinkedSource; contactName: string }) {
  const label = SOURCE_KIND_LABELS[source.kind];
  const handle = source.profile?.handle ?? source.input;
  const url = source.profile?.url;
  const badge = STATE_BADGES[source.state];
  const syncing = isSyncing(source.state);
  return (
    <li className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:gap-3">
      <div className="flex min-w-0 flex-1 gap-3">
        <KindIcon kind={source.kind} />
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="text-sm font-medium">{label}</span>
            {source.verified && <VerifiedBadge />}
            <Badge tone={badge.tone}>{badge.label}</Badge>
          </p>
          <p className="min-w-0 break-words text-sm [overflow-wrap:anywhere]">
            {url ? (
              <a href={url} target="_blank" rel="noopener noreferrer nofollow" className="text-brand-600 underline-offset-2 hover:underline dark:text-brand-100">
                {handle}
              </a>
            ) : (
              handle
            )}
          </p>
          {source.stateReason && !syncing && (
            <p className={`break-words text-sm [overflow-wrap:anywhere] ${source.state === "error" ? "text-red-600 dark:text-red-400" : "text-stone-600 dark:text-stone-400"}`}>{source.stateReason}</p>
          )}
          <p className="text-xs text-stone-500 dark:text-stone-400">
            {source.checkedAt ? (
              <>
                {syncing ? "Started " : "Checked "}
                <RelativeTime date={source.checkedAt} />
              </>
            ) : (
              "Not checked yet"
            )}
            {!syncing && (
              <>
                {" · "}
                {isPast(source.nextSyncAt) ? (
                  "next check due"
                ) : (
                  <>
                    next check <RelativeTime date={source.nextSyncAt} />
                  </>
                )}
              </>
            )}
          </p>
        </div>
      </div>
      <div className="pl-12 sm:pl-0">
        <SourceActions id={source.id} what={`${label} ${handle}`} confirmTitle={`Unlink ${possessive(contactName)} ${label}?`} />
      </div>
    </li>
  );
}

function SuggestionRow({ suggestion }: { suggestion: SuggestedSource }) {
  const label = SOURCE_KIND_LABELS[suggestion.kind];
  return (
    <li className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:gap-3">
      <div className="flex min-w-0 flex-1 gap-3">
        <KindIcon kind={suggestion.kind} />
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="text-sm font-medium">{label}</span>
            {suggestion.verified && <VerifiedBadge />}
          </p>
          <p className="min-w-0 break-words text-sm [overflow-wrap:anywhere]">{suggestion.input}</p>
          <p className="text-xs text-stone-500 dark:text-stone-400">found on their {kindInSentence(suggestion.foundOn)}</p>
        </div>
      </div>
      <div className="pl-12 sm:pl-0">
        <SuggestionActions id={suggestion.id} what={`${label} ${suggestion.input}`} />
      </div>
    </li>
  );
}

function Photo({ url, alt }: { url: string; alt: string }) {
  return (
    // A photo on any host: next/image would need every host allow-listed.
    // eslint-disable-next-line @next/next/no-img-element
    <img src={url} alt={alt} referrerPolicy="no-referrer" loading="lazy" className="inline-block h-8 w-8 shrink-0 rounded-full object-cover align-middle" />
  );
}

function FieldSuggestionRow({ suggestion }: { suggestion: FieldSuggestion }) {
  const field = FIELD_LABELS[suggestion.field];
  const where = `Their ${SOURCE_KIND_LABELS[suggestion.sourceKind]} profile`;
  const current = suggestion.current;
  const sentence =
    suggestion.field === "photoUrl" ? (
      <>
        {where} has this photo: <Photo url={suggestion.value} alt={`the photo on their ${SOURCE_KIND_LABELS[suggestion.sourceKind]} profile`} />
        {current ? (
          <>
            {"; you have "}
            <Photo url={current} alt="the photo you have" />.
          </>
        ) : (
          "; you have none."
        )}
      </>
    ) : (
      <>
        {where} says {field} is <strong className="font-medium">{suggestion.value}</strong>
        {current ? (
          <>
            ; you have <strong className="font-medium">{current}</strong>.
          </>
        ) : (
          "; you have none."
        )}
      </>
    );
  return (
    <li className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:gap-3">
      <div className="flex min-w-0 flex-1 gap-3">
        <KindIcon kind={suggestion.sourceKind} />
        <p className="min-w-0 flex-1 break-words py-1 text-sm [overflow-wrap:anywhere]">{sentence}</p>
      </div>
      <div className="pl-12 sm:pl-0">
        <FieldSuggestionActions id={suggestion.id} field={field} hasCurrent={current !== null && current !== ""} />
      </div>
    </li>
  );
}

function ProvenanceLine({ provenance }: { provenance: FieldProvenance }) {
  return (
    <li className="text-sm text-stone-500 dark:text-stone-400">
      {capitalised(FIELD_LABELS[provenance.field])} from {SOURCE_KIND_LABELS[provenance.sourceKind]}, seen since {shortDay(provenance.firstSeenAt)}
    </li>
  );
}

/** The contact's profiles elsewhere, what Kith found on them, and which of the contact's details came from them. */
export async function SourcesSection({ contactId }: { contactId: string }) {
  const contact = await loadContact(contactId);
  const caller = await getServerCaller();
  const { sources: linked, suggestions, fieldSuggestions, provenance } = await caller.sources.forContact({ contactId });
  const pollKey = syncKey(linked);
  const actions =
    linked.length > 0 ? (
      <div className="flex flex-wrap justify-end gap-1">
        {linked.length >= 2 && <SyncAllButton contactId={contactId} />}
        <LinkSourceButton contactId={contactId} labels={SOURCE_KIND_LABELS} />
      </div>
    ) : undefined;

  return (
    <Card title="Linked profiles" actions={actions}>
      {pollKey && <SourcesPoller key={pollKey} contactId={contactId} />}
      {linked.length === 0 ? (
        <div className="flex flex-col items-start gap-3">
          <p className="text-sm text-stone-500 dark:text-stone-400">Link their Mastodon, Bluesky, GitHub, blog feed or homepage: Kith keeps their profile and posts here up to date.</p>
          <LinkSourceButton contactId={contactId} labels={SOURCE_KIND_LABELS} variant="primary" />
        </div>
      ) : (
        <ul aria-label="Linked profiles" className="-my-2 divide-y divide-stone-100 dark:divide-stone-800">
          {linked.map((source) => (
            <SourceRow key={source.id} source={source} contactName={contact.displayName} />
          ))}
        </ul>
      )}

      {fieldSuggestions.length > 0 && (
        <div className="mt-4 border-t border-stone-200 pt-4 dark:border-stone-800">
          <SmallHeading>Different on their profiles</SmallHeading>
          <ul aria-label="Different on their profiles" className="divide-y divide-stone-100 dark:divide-stone-800">
            {fieldSuggestions.map((suggestion) => (
              <FieldSuggestionRow key={suggestion.id} suggestion={suggestion} />
            ))}
          </ul>
        </div>
      )}

      {suggestions.length > 0 && (
        <div className="mt-4 border-t border-stone-200 pt-4 dark:border-stone-800">
          <SmallHeading>Also found</SmallHeading>
          <ul aria-label="Also found" className="divide-y divide-stone-100 dark:divide-stone-800">
            {suggestions.map((suggestion) => (
              <SuggestionRow key={suggestion.id} suggestion={suggestion} />
            ))}
          </ul>
        </div>
      )}

      {provenance.length > 0 && (
        <div className="mt-4 flex flex-col gap-1 border-t border-stone-200 pt-4 dark:border-stone-800">
          <SmallHeading>From their profiles</SmallHeading>
          <ul className="flex flex-col gap-0.5">
            {provenance.map((line) => (
              <ProvenanceLine key={line.field} provenance={line} />
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
