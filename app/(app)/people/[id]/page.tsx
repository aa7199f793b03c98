import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Link } from "@/app/_components/link";
import { Markdown } from "@/app/_components/markdown";
import { Avatar, buttonClass, Card } from "@/app/_components/ui";
import type { Birthday } from "@/server/contacts/service";
import { QuickLogButton } from "../_components/quick-log";
import { loadContact } from "../_lib/load-contact";
import { CirclesAndTagsSection } from "./_sections/circles-tags";
import { ContributionsSection } from "./_sections/contributions";
import { DisclosuresSection } from "./_sections/disclosures";
import { FactsSection } from "./_sections/facts";
import { InteractionsSection } from "./_sections/interactions";
import { KeepInTouchSection } from "./_sections/keep-in-touch";
import { KnowsSection } from "./_sections/knows";
import { PostsSection } from "./_sections/posts";
import { SourcesSection } from "./_sections/sources";
import { TieSection } from "./_sections/tie";
import { TopicsSection } from "./_sections/topics";
import { WhoKnowsYouSection } from "./_sections/who-knows-you";
import { WorkSection } from "./_sections/work";
import { ContactActions } from "./contact-actions";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await loadContact((await params).id)).displayName };
}

function formatBirthday(birthday: Birthday): string {
  const date = new Date(Date.UTC(birthday.year ?? 2000, birthday.month - 1, birthday.day));
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", ...(birthday.year ? { year: "numeric" } : {}), timeZone: "UTC" });
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[6rem_1fr] gap-3 py-1.5 text-sm sm:grid-cols-[8rem_1fr]">
      <dt className="text-stone-500 dark:text-stone-400">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** The five questions of a relationship, each a part of the page with its own anchor. */
const QUESTIONS = [
  { id: "tie", label: "Your tie" },
  { id: "knows-you", label: "Who knows you" },
  { id: "you-know", label: "What you know" },
  { id: "elsewhere", label: "Elsewhere" },
  { id: "they-know", label: "What they know" },
  { id: "learning", label: "Learning together" },
  { id: "working", label: "How you work at it" },
];

function Question({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="flex scroll-mt-28 flex-col gap-3">
      <h2 id={`${id}-title`} className="text-lg font-semibold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const contact = await loadContact((await params).id);
  const role = [contact.title, contact.company].filter(Boolean).join(" at ");
  const fullName = [contact.givenName, contact.familyName].filter(Boolean).join(" ");
  const hasReach = contact.emails.length + contact.phones.length + contact.links.length > 0;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <Link href="/people" className="text-sm text-stone-500 hover:underline">
        ← People
      </Link>
      {contact.archivedAt && (
        <p className="rounded-lg border border-stone-300 bg-stone-100 p-3 text-sm dark:border-stone-700 dark:bg-stone-900">Archived: hidden from your lists until you restore it.</p>
      )}
      <header className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <div className="flex min-w-0 flex-1 items-center gap-4">
          <Avatar name={contact.displayName} photoUrl={contact.photoUrl} size="lg" />
          <div className="min-w-0">
            <h1 className="truncate text-2xl font-semibold tracking-tight">{contact.displayName}</h1>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {[contact.pronouns, contact.nickname && `“${contact.nickname}”`, fullName !== contact.displayName && fullName].filter(Boolean).join(" · ")}
            </p>
            {(role || contact.location) && <p className="text-sm text-stone-600 dark:text-stone-400">{[role, contact.location].filter(Boolean).join(" · ")}</p>}
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <QuickLogButton contactId={contact.id} name={contact.displayName} />
          <Link href={`/people/${contact.id}/edit`} className={buttonClass("primary")}>
            Edit
          </Link>
          <ContactActions id={contact.id} name={contact.displayName} archived={contact.archivedAt !== null} />
        </div>
      </header>

      <nav aria-label="On this page" className="sticky top-14 z-20 -mx-4 overflow-x-auto border-b border-stone-200 bg-stone-50/95 px-4 py-2 backdrop-blur dark:border-stone-800 dark:bg-stone-950/95">
        <ul className="flex gap-2">
          {QUESTIONS.map((question) => (
            <li key={question.id}>
              <a href={`#${question.id}`} className="inline-flex min-h-11 items-center whitespace-nowrap rounded-full border border-stone-300 px-3 text-sm text-stone-700 hover:bg-stone-100 dark:border-stone-700 dark:text-stone-300 dark:hover:bg-stone-800">
                {question.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Question id="tie" title="Your tie">
        <TieSection contactId={contact.id} />
      </Question>

      <Question id="knows-you" title="Who knows you">
        <WhoKnowsYouSection contactId={contact.id} />
        <KnowsSection contactId={contact.id} />
      </Question>

      <Question id="you-know" title="What you know about them">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Card title="Reach them">
            {hasReach ? (
              <dl>
                {contact.emails.map((email, i) => (
                  <Row key={`e${i}`} label={email.label || "Email"}>
                    <a className="text-brand-600 hover:underline dark:text-brand-100" href={`mailto:${email.value}`}>
                      {email.value}
                    </a>
                  </Row>
                ))}
                {contact.phones.map((phone, i) => (
                  <Row key={`p${i}`} label={phone.label || "Phone"}>
                    <a className="text-brand-600 hover:underline dark:text-brand-100" href={`tel:${phone.value.replace(/[^\d+]/g, "")}`}>
                      {phone.value}
                    </a>
                  </Row>
                ))}
                {contact.links.map((link, i) => (
                  <Row key={`l${i}`} label={link.label || "Link"}>
                    <a className="text-brand-600 hover:underline dark:text-brand-100" href={link.url} target="_blank" rel="noopener noreferrer nofollow">
                      {link.url.replace(/^https?:\/\//, "")}
                    </a>
                  </Row>
                ))}
              </dl>
            ) : (
              <p className="text-sm text-stone-500">
                No emails, phones or links yet.{" "}
                <Link className="text-brand-600 underline" href={`/people/${contact.id}/edit`}>
                  Add some
                </Link>
              </p>
            )}
          </Card>
          <Card title="Profile">
            <dl>
              {contact.birthday && <Row label="Birthday">{formatBirthday(contact.birthday)}</Row>}
              {contact.howWeMet && <Row label="How we met">{contact.howWeMet}</Row>}
              <Row label="Added">{contact.createdAt.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}</Row>
            </dl>
          </Card>
        </div>
        <FactsSection contactId={contact.id} />
        <WorkSection contactId={contact.id} />
        <CirclesAndTagsSection contactId={contact.id} />
        <Card title="Notes">{contact.notes ? <Markdown>{contact.notes}</Markdown> : <p className="text-sm text-stone-500">Nothing written yet. Notes are private to you.</p>}</Card>
      </Question>

      <Question id="elsewhere" title="Elsewhere: their profiles and posts">
        <SourcesSection contactId={contact.id} />
        <PostsSection contactId={contact.id} />
      </Question>

      <Question id="they-know" title="What they know about you">
        <DisclosuresSection contactId={contact.id} />
      </Question>

      <Question id="learning" title="What you are learning together">
        <TopicsSection contactId={contact.id} />
      </Question>

      <Question id="working" title="How you work at it">
        <KeepInTouchSection contactId={contact.id} />
        <InteractionsSection contactId={contact.id} />
        <ContributionsSection contactId={contact.id} />
      </Question>
    </div>
  );
}
