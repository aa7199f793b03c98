import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { contactColumn, createdAtColumn, ownerColumn, updatedAtColumn } from "./columns";
import { INDUSTRIES, type CompanyTarget, type Industry } from "./vocabulary";

/** A company, shared by every contact of the owner who works or worked there. */
export const companies = pgTable(
  "companies",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    name: text().notNull(),
    domain: text(),
    notes: text(),
    industry: text().$type<Industry>(),
    /** Set when the user wants to work for or collaborate with this company. */
    target: text().$type<CompanyTarget>(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    uniqueIndex("companies_owner_id_name_idx").on(table.ownerId, sql`lower(${table.name})`),
    index("companies_owner_id_target_idx").on(table.ownerId, table.target),
    check("companies_target_check", sql`${table.target} in ('work_for', 'collaborate')`),
    check("companies_industry_check", sql.raw(`industry in (${INDUSTRIES.map((industry) => `'${industry}'`).join(", ")})`)),
  ],
);

export const employments = pgTable(
  "employments",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: ownerColumn(),
    contactId: contactColumn(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    title: text(),
    startedOn: date({ mode: "string" }),
    endedOn: date({ mode: "string" }),
    current: boolean().notNull().default(false),
    createdAt: createdAtColumn(),
  },
  (table) => [
    index("employments_contact_id_idx").on(table.contactId),
    index("employments_company_id_idx").on(table.companyId),
    check("employments_dates_check", sql`${table.endedOn} is null or ${table.startedOn} is null or ${table.endedOn} >= ${table.startedOn}`),
  ],
);
