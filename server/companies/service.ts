import { and, asc, eq, inArray, isNotNull, isNull, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { companies, contacts, employments, type CompanyTarget } from "@/db/schema";
import { isUuid, NotFoundError, UserInputError } from "../errors";
import { getTieStrengths } from "../ties/service";
import {
  addEmploymentInput,
  createCompanyInput,
  employmentProblems,
  firstOfMonth,
  listCompaniesInput,
  setCompanyTargetInput,
  updateCompanyInput,
  updateEmploymentInput,
  type AddEmploymentInput,
  type CreateCompanyInput,
  type ListCompaniesInput,
  type SetCompanyTargetInput,
  type UpdateCompanyInput,
  type UpdateEmploymentInput,
} from "./schemas";

export type Company = Omit<typeof companies.$inferSelect, "ownerId">;

export interface CompanySummary extends Company {
  /** Contacts who work there now. */
  currentCount: number;
  /** Contacts who worked there and no longer do. */
  formerCount: number;
}

export interface CompanyPerson {
  /** The contact's id. */
  id: string;
  displayName: string;
  photoUrl: string | null;
  title: string | null;
  startedOn: string | null;
  endedOn: string | null;
  /** Tie strength, 0 to 100. */
  strength: number;
}

/** A company with the people who work there now and those who did, strongest ties first. */
export interface CompanyDetail extends Company {
  current: CompanyPerson[];
  former: CompanyPerson[];
}

export interface Employment {
  id: string;
  contactId: string;
  company: { id: string; name: string; target: CompanyTarget | null };
  title: string | null;
  startedOn: string | null;
  endedOn: string | null;
  current: boolean;
}

/** The cache of a contact's current role kept on the contact row, for lists and search. */
export interface CurrentRole {
  company: string | null;
  title: string | null;
}

const companyColumns = {
  id: companies.id,
  name: companies.name,
  domain: companies.domain,
  notes: companies.notes,
  industry: companies.industry,
  target: companies.target,
  createdAt: companies.createdAt,
  updatedAt: companies.updatedAt,
};

function ownedCompany(ownerId: string, id: string): SQL | undefined {
  return and(eq(companies.ownerId, ownerId), eq(companies.id, id));
}

/** Employments under the alias the ordering fragments below are written against. */
const e = alias(employments, "e");

/**
 * Which of a contact's current jobs is "the" current role: the latest start, a job with no start
 * counting from when it was recorded (so a job typed into the contact form shows at once).
 */
const CURRENT_JOB_ORDER = sql.raw(`coalesce(e.started_on, (e.created_at at time zone 'UTC')::date) desc, e.created_at desc, e.id desc`);

/** Newest first: current jobs in CURRENT_JOB_ORDER, then former ones by when they ended. */
const NEWEST_JOB_FIRST = sql.raw(
  `e.current desc, case when e.current then coalesce(e.started_on, (e.created_at at time zone 'UTC')::date) else coalesce(e.ended_on, e.started_on) end desc nulls last, e.created_at desc, e.id desc`,
);

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

// Current role cache -------------------------------------------------------------------------

/**
 * Rewrites contacts.company/title of the given contacts from their current job (see
 * CURRENT_JOB_ORDER). With no current job the company is cleared, and so is the title when it
 * came from a job; a title kept without any company (say "Retired teacher") stays.
 */
async function syncCurrentRoles(tx: Db, ownerId: string, contactIds: string[]): Promise<(CurrentRole & { id: string })[]> {
  const ids = [...new Set(contactIds)];
  if (ids.length === 0) return [];
  const currentJob = sql`from employments e join companies co on co.id = e.company_id where e.owner_id = ${ownerId} and e.contact_id = "contacts"."id" and e.current`;
  return tx
    .update(contacts)
    .set({
      company: sql`(select co.name ${currentJob} order by ${CURRENT_JOB_ORDER} limit 1)`,
      title: sql`case when exists (select 1 ${currentJob}) then (select e.title ${currentJob} order by ${CURRENT_JOB_ORDER} limit 1) when "contacts"."company" is null then "contacts"."title" end`,
    })
    .where(and(eq(contacts.ownerId, ownerId), inArray(contacts.id, ids)))
    .returning({ id: contacts.id, company: contacts.company, title: contacts.title });
}

/**
 * Sets contacts.company/title from the contact's current job with the latest start; with none,
 * nulls (except a title that never came from a job, see syncCurrentRoles). Every job write calls
 * it in its transaction.
 */
export async function syncCurrentRole(tx: Db, ownerId: string, contactId: string): Promise<CurrentRole> {
  const [row] = await syncCurrentRoles(tx, ownerId, [contactId]);
  if (!row) throw new NotFoundError("Contact");
  return { company: row.company, title: row.title };
}

/**
 * The owner's companies with these names (any case), creating those missing; keyed by the name
 * as given. The database's lower() decides what counts as the same name, as its unique index does.
 */
async function findOrCreateCompanies(tx: Db, ownerId: string, names: string[]): Promise<Map<string, { id: string; name: string }>> {
  const wanted = [...new Set(names)];
  const found = new Map<string, { id: string; name: string }>();
  if (wanted.length === 0) return found;
  const lookup = async () => {
    const rows = await tx
      .select({ input: sql<string>`n.input`, id: companies.id, name: companies.name })
      .from(sql`unnest(array[${sql.join(
        wanted.map((name) => sql`${name}`),
        sql`, `,
      )}]::text[]) as n(input)`)
      .innerJoin(companies, and(eq(companies.ownerId, ownerId), sql`lower(${companies.name}) = lower(n.input)`));
    for (const row of rows) found.set(row.input, { id: row.id, name: row.name });
  };
  await lookup();
  const missing = wanted.filter((name) => !found.has(name));
  if (missing.length > 0) {
    await tx
      .insert(companies)
      .values(missing.map((name) => ({ ownerId, name })))
      .onConflictDoNothing();
    await lookup();
  }
  return found;
}

async function findOrCreateCompany(tx: Db, ownerId: string, name: string): Promise<{ id: string; name: string }> {
  const company = (await findOrCreateCompanies(tx, ownerId, [name])).get(name);
  if (!company) throw new Error(`Company "${name}" was neither found nor created`);
  return company;
}

/**
 * Applies the Company and Title fields of the contact form to the contact's jobs, in the caller's
 * transaction; undefined leaves a field as it is. The contact must be the owner's.
 * - a company: the current job there gets the title; without one, a new current job starts there
 *   (other current jobs are left as they are: several are allowed);
 * - company cleared: current jobs become former ones (no end date is invented);
 * - title alone: the current job's title.
 */
export async function setCurrentRole(tx: Db, ownerId: string, contactId: string, role: { company?: string | null; title?: string | null }): Promise<CurrentRole> {
  const { company, title } = role;
  const ownedContact = and(eq(contacts.ownerId, ownerId), eq(contacts.id, contactId));
  if (company === null) {
    await tx
      .update(employments)
      .set({ current: false })
      .where(and(eq(employments.ownerId, ownerId), eq(employments.contactId, contactId), eq(employments.current, true)));
    const [row] = await tx.update(contacts).set({ company: null, title: title ?? null }).where(ownedContact).returning({ company: contacts.company, title: contacts.title });
    if (!row) throw new NotFoundError("Contact");
    return row;
  }

  const currentJobs = (companyId?: string) =>
    tx
      .select({ id: e.id })
      .from(e)
      .where(and(eq(e.ownerId, ownerId), eq(e.contactId, contactId), eq(e.current, true), companyId ? eq(e.companyId, companyId) : undefined))
      .orderBy(CURRENT_JOB_ORDER)
      .limit(1);

  if (company === undefined) {
    if (title === undefined) return syncCurrentRole(tx, ownerId, contactId);
    const [job] = await currentJobs();
    if (!job) {
      // No job to hold the title: it stays on the contact on its own.
      const [row] = await tx.update(contacts).set({ title }).where(ownedContact).returning({ company: contacts.company, title: contacts.title });
      if (!row) throw new NotFoundError("Contact");
      return row;
    }
    await tx.update(employments).set({ title }).where(eq(employments.id, job.id));
    return syncCurrentRole(tx, ownerId, contactId);
  }

  const found = await findOrCreateCompany(tx, ownerId, company);
  const [job] = await currentJobs(found.id);
  if (!job) await tx.insert(employments).values({ ownerId, contactId, companyId: found.id, title: title ?? null, current: true });
  else if (title !== undefined) await tx.update(employments).set({ title }).where(eq(employments.id, job.id));
  return syncCurrentRole(tx, ownerId, contactId);
}

/** The contact's current job at this company (any case) becomes a former one, as when a linked profile names a new employer. */
export async function endCurrentJobAt(tx: Db, ownerId: string, contactId: string, companyName: string): Promise<void> {
  await tx
    .update(employments)
    .set({ current: false })
    .where(
      and(
        eq(employments.ownerId, ownerId),
        eq(employments.contactId, contactId),
        eq(employments.current, true),
        inArray(employments.companyId, tx.select({ id: companies.id }).from(companies).where(and(eq(companies.ownerId, ownerId), sql`lower(${companies.name}) = lower(${companyName})`))),
      ),
    );
}

/**
 * Starts a current job for each of many new contacts of the owner at once (the contact form's
 * Company and Title on a bulk create): a fixed number of queries however many there are.
 */
export async function addCurrentRoles(tx: Db, ownerId: string, roles: { contactId: string; company: string; title: string | null }[]): Promise<void> {
  if (roles.length === 0) return;
  const found = await findOrCreateCompanies(
    tx,
    ownerId,
    roles.map((role) => role.company),
  );
  await tx.insert(employments).values(
    roles.map((role) => {
      const company = found.get(role.company);
      if (!company) throw new Error(`Company "${role.company}" was neither found nor created`);
      return { ownerId, contactId: role.contactId, companyId: company.id, title: role.title, current: true };
    }),
  );
  await syncCurrentRoles(
    tx,
    ownerId,
    roles.map((role) => role.contactId),
  );
}

// Companies -----------------------------------------------------------------------------------

/** The owner's companies by name, with how many of their (non-archived) contacts work there now and before. */
export async function listCompanies(db: Db, ownerId: string, rawInput: ListCompaniesInput = {}): Promise<CompanySummary[]> {
  const input = listCompaniesInput.parse(rawInput);
  const people = db
    .select({
      companyId: employments.companyId,
      contactId: employments.contactId,
      isCurrent: sql<boolean>`bool_or(${employments.current})`.as("is_current"),
    })
    .from(employments)
    .innerJoin(contacts, eq(contacts.id, employments.contactId))
    .where(and(eq(employments.ownerId, ownerId), eq(contacts.ownerId, ownerId), isNull(contacts.archivedAt)))
    .groupBy(employments.companyId, employments.contactId)
    .as("people");
  return db
    .select({
      ...companyColumns,
      currentCount: sql<number>`(count(*) filter (where ${people.isCurrent}))::int`,
      formerCount: sql<number>`(count(*) filter (where not ${people.isCurrent}))::int`,
    })
    .from(companies)
    .leftJoin(people, eq(people.companyId, companies.id))
    .where(and(eq(companies.ownerId, ownerId), input.q ? sql`${companies.name} ilike ${`%${escapeLike(input.q)}%`}` : undefined))
    .groupBy(companies.id)
    .orderBy(sql`lower(${companies.name})`, asc(companies.id))
    .limit(input.limit);
}

function byStrength(a: CompanyPerson, b: CompanyPerson): number {
  return b.strength - a.strength || a.displayName.localeCompare(b.displayName);
}

/** Who works at each company now and who did, by company id; archived contacts are left out. */
async function peopleAt(db: Db, ownerId: string, companyIds: string[]): Promise<Map<string, { current: CompanyPerson[]; former: CompanyPerson[] }>> {
  const result = new Map(companyIds.map((id) => [id, { current: [] as CompanyPerson[], former: [] as CompanyPerson[] }]));
  if (companyIds.length === 0) return result;
  const rows = await db
    .select({
      companyId: e.companyId,
      contactId: contacts.id,
      displayName: contacts.displayName,
      photoUrl: contacts.photoUrl,
      title: e.title,
      startedOn: e.startedOn,
      endedOn: e.endedOn,
      current: e.current,
    })
    .from(e)
    .innerJoin(contacts, eq(contacts.id, e.contactId))
    .where(and(eq(e.ownerId, ownerId), eq(contacts.ownerId, ownerId), isNull(contacts.archivedAt), inArray(e.companyId, companyIds)))
    // Per company and contact, the job that speaks for them comes first: a current one (picked as
    // the contact's own role is), else the one that ended last.
    .orderBy(NEWEST_JOB_FIRST);
  if (rows.length === 0) return result;
  const strengths = await getTieStrengths(db, ownerId, [...new Set(rows.map((row) => row.contactId))]);
  const seen = new Set<string>();
  for (const row of rows) {
    const key = `${row.companyId}/${row.contactId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const person: CompanyPerson = {
      id: row.contactId,
      displayName: row.displayName,
      photoUrl: row.photoUrl,
      title: row.title,
      startedOn: row.startedOn,
      endedOn: row.endedOn,
      strength: strengths.get(row.contactId) ?? 0,
    };
    result.get(row.companyId)?.[row.current ? "current" : "former"].push(person);
  }
  for (const people of result.values()) {
    people.current.sort(byStrength);
    people.former.sort(byStrength);
  }
  return result;
}

export async function getCompany(db: Db, ownerId: string, id: string): Promise<CompanyDetail> {
  if (!isUuid(id)) throw new NotFoundError("Company");
  const [company] = await db.select(companyColumns).from(companies).where(ownedCompany(ownerId, id));
  if (!company) throw new NotFoundError("Company");
  const people = (await peopleAt(db, ownerId, [id])).get(id) ?? { current: [], former: [] };
  return { ...company, ...people };
}

/** The companies the user wants to work for or collaborate with, by name, each with its people. */
export async function listTargetCompanies(db: Db, ownerId: string): Promise<CompanyDetail[]> {
  const rows = await db
    .select(companyColumns)
    .from(companies)
    .where(and(eq(companies.ownerId, ownerId), isNotNull(companies.target)))
    .orderBy(sql`lower(${companies.name})`, asc(companies.id));
  const people = await peopleAt(
    db,
    ownerId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, ...(people.get(row.id) ?? { current: [], former: [] }) }));
}

/**
 * Adds a company; when the owner already has one of that name (any case), that one is reused,
 * taking the domain, notes, industry and target given where it has none.
 */
export async function createCompany(db: Db, ownerId: string, rawInput: CreateCompanyInput): Promise<Company> {
  const input = createCompanyInput.parse(rawInput);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(companies)
      .values({ ownerId, name: input.name, domain: input.domain ?? null, notes: input.notes ?? null, industry: input.industry ?? null, target: input.target ?? null })
      .onConflictDoNothing()
      .returning(companyColumns);
    if (created) return created;
    const existing = await findOrCreateCompany(tx, ownerId, input.name);
    const [reused] = await tx
      .update(companies)
      .set({
        domain: sql`coalesce(${companies.domain}, ${input.domain ?? null})`,
        notes: sql`coalesce(${companies.notes}, ${input.notes ?? null})`,
        industry: sql`coalesce(${companies.industry}, ${input.industry ?? null})`,
        target: sql`coalesce(${companies.target}, ${input.target ?? null})`,
      })
      .where(ownedCompany(ownerId, existing.id))
      .returning(companyColumns);
    if (!reused) throw new NotFoundError("Company");
    return reused;
  });
}

/** Changes name, domain, industry or notes; a new name shows on the contacts who work there now. */
export async function updateCompany(db: Db, ownerId: string, rawInput: UpdateCompanyInput): Promise<Company> {
  const { id, ...fields } = updateCompanyInput.parse(rawInput);
  if (!isUuid(id)) throw new NotFoundError("Company");
  return db.transaction(async (tx) => {
    if (fields.name !== undefined) {
      const [clash] = await tx
        .select({ name: companies.name })
        .from(companies)
        .where(and(eq(companies.ownerId, ownerId), ne(companies.id, id), sql`lower(${companies.name}) = lower(${fields.name})`));
      if (clash) throw new UserInputError(`You already have a company called “${clash.name}”. Pick another name.`);
    }
    const [company] = await tx
      .update(companies)
      .set({ ...fields, updatedAt: new Date() })
      .where(ownedCompany(ownerId, id))
      .returning(companyColumns);
    if (!company) throw new NotFoundError("Company");
    if (fields.name !== undefined) {
      const staff = await tx
        .selectDistinct({ contactId: employments.contactId })
        .from(employments)
        .where(and(eq(employments.ownerId, ownerId), eq(employments.companyId, id), eq(employments.current, true)));
      await syncCurrentRoles(
        tx,
        ownerId,
        staff.map((row) => row.contactId),
      );
    }
    return company;
  });
}

export async function setCompanyTarget(db: Db, ownerId: string, rawInput: SetCompanyTargetInput): Promise<Company> {
  const { id, target } = setCompanyTargetInput.parse(rawInput);
  if (!isUuid(id)) throw new NotFoundError("Company");
  const [company] = await db.update(companies).set({ target, updatedAt: new Date() }).where(ownedCompany(ownerId, id)).returning(companyColumns);
  if (!company) throw new NotFoundError("Company");
  return company;
}

/** Deletes a company with every job at it; the contacts who worked there get their role recomputed. */
export async function removeCompany(db: Db, ownerId: string, id: string): Promise<{ id: string }> {
  if (!isUuid(id)) throw new NotFoundError("Company");
  return db.transaction(async (tx) => {
    const staff = await tx
      .selectDistinct({ contactId: employments.contactId })
      .from(employments)
      .where(and(eq(employments.ownerId, ownerId), eq(employments.companyId, id)));
    const [removed] = await tx.delete(companies).where(ownedCompany(ownerId, id)).returning({ id: companies.id });
    if (!removed) throw new NotFoundError("Company");
    await syncCurrentRoles(
      tx,
      ownerId,
      staff.map((row) => row.contactId),
    );
    return removed;
  });
}

// Employment ----------------------------------------------------------------------------------

const employmentColumns = {
  id: e.id,
  contactId: e.contactId,
  company: { id: companies.id, name: companies.name, target: companies.target },
  title: e.title,
  startedOn: e.startedOn,
  endedOn: e.endedOn,
  current: e.current,
};

function selectEmployments(db: Db, where: SQL | undefined) {
  return db.select(employmentColumns).from(e).innerJoin(companies, eq(companies.id, e.companyId)).where(where);
}

async function findEmployment(db: Db, ownerId: string, id: string): Promise<Employment> {
  if (!isUuid(id)) throw new NotFoundError("Job");
  const [job] = await selectEmployments(db, and(eq(e.ownerId, ownerId), eq(e.id, id)));
  if (!job) throw new NotFoundError("Job");
  return job;
}

async function assertContact(db: Db, ownerId: string, contactId: string): Promise<void> {
  if (!isUuid(contactId)) throw new NotFoundError("Contact");
  const [row] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), eq(contacts.id, contactId)));
  if (!row) throw new NotFoundError("Contact");
}

async function companyIdFor(tx: Db, ownerId: string, pick: { companyId?: string; companyName?: string }): Promise<string | undefined> {
  if (pick.companyName !== undefined) return (await findOrCreateCompany(tx, ownerId, pick.companyName)).id;
  if (pick.companyId === undefined) return undefined;
  if (!isUuid(pick.companyId)) throw new NotFoundError("Company");
  const [company] = await tx.select({ id: companies.id }).from(companies).where(ownedCompany(ownerId, pick.companyId));
  if (!company) throw new NotFoundError("Company");
  return company.id;
}

const monthOrNull = (value: string | null | undefined) => (value ? firstOfMonth(value) : null);

/** A contact's jobs, newest first: current ones (latest start first), then former ones by when they ended. */
export async function listEmployments(db: Db, ownerId: string, contactId: string): Promise<Employment[]> {
  await assertContact(db, ownerId, contactId);
  return selectEmployments(db, and(eq(e.ownerId, ownerId), eq(e.contactId, contactId))).orderBy(NEWEST_JOB_FIRST);
}

export async function addEmployment(db: Db, ownerId: string, rawInput: AddEmploymentInput): Promise<Employment> {
  const input = addEmploymentInput.parse(rawInput);
  return db.transaction(async (tx) => {
    await assertContact(tx, ownerId, input.contactId);
    const companyId = await companyIdFor(tx, ownerId, input);
    if (!companyId) throw new UserInputError("Pick a company, or type its name to add it.");
    const [row] = await tx
      .insert(employments)
      .values({
        ownerId,
        contactId: input.contactId,
        companyId,
        title: input.title ?? null,
        startedOn: monthOrNull(input.startedOn),
        endedOn: monthOrNull(input.endedOn),
        current: input.current,
      })
      .returning({ id: employments.id });
    if (!row) throw new Error("Insert returned no row");
    await syncCurrentRole(tx, ownerId, input.contactId);
    return findEmployment(tx, ownerId, row.id);
  });
}

export async function updateEmployment(db: Db, ownerId: string, rawInput: UpdateEmploymentInput): Promise<Employment> {
  const { id, companyId: _id, companyName: _name, ...input } = updateEmploymentInput.parse(rawInput);
  return db.transaction(async (tx) => {
    const existing = await findEmployment(tx, ownerId, id);
    const companyId = (await companyIdFor(tx, ownerId, { companyId: _id, companyName: _name })) ?? existing.company.id;
    const merged = {
      title: input.title === undefined ? existing.title : input.title,
      startedOn: input.startedOn === undefined ? existing.startedOn : monthOrNull(input.startedOn),
      endedOn: input.endedOn === undefined ? existing.endedOn : monthOrNull(input.endedOn),
      current: input.current ?? existing.current,
    };
    const [problem] = employmentProblems(merged);
    if (problem) throw new UserInputError(problem.message);
    await tx
      .update(employments)
      .set({ ...merged, companyId })
      .where(and(eq(employments.ownerId, ownerId), eq(employments.id, id)));
    await syncCurrentRole(tx, ownerId, existing.contactId);
    return findEmployment(tx, ownerId, id);
  });
}

/** Deletes a job and returns it as it was, so it can be added back (Undo). */
export async function removeEmployment(db: Db, ownerId: string, id: string): Promise<Employment> {
  return db.transaction(async (tx) => {
    const existing = await findEmployment(tx, ownerId, id);
    await tx.delete(employments).where(and(eq(employments.ownerId, ownerId), eq(employments.id, id)));
    await syncCurrentRole(tx, ownerId, existing.contactId);
    return existing;
  });
}
