import { z } from "zod";
import { KNOWS_ME_LEVELS, TIE_CONTEXTS } from "@/db/schema/vocabulary";
import { placeSchema } from "../places/schemas";

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .transform((value) => (value === "" ? null : value))
    .nullish();

const webAddress = (label: string) =>
  z
    .string()
    .trim()
    .max(2000, `${label} must be at most 2,000 characters.`)
    .refine((value) => {
      if (!URL.canParse(value)) return false;
      const { protocol } = new URL(value);
      return protocol === "https:" || protocol === "http:";
    }, `Enter a full web address starting with https://`);

const label = z.string().trim().max(40, "Labels must be at most 40 characters.").default("");

export const emailEntry = z.object({
  label,
  value: z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@example.com.")),
});

export const phoneEntry = z.object({
  label,
  value: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().\-/]{3,40}$/, "Enter a phone number using digits, spaces and + ( ) - only.")
    .refine((value) => /\d{3}/.test(value.replace(/\D/g, "")), "A phone number needs at least 3 digits."),
});

export const linkEntry = z.object({ label, url: webAddress("A link") });

/** A calendar date as YYYY-MM-DD, not in the future. */
export const isoDate = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: enter a date like 2024-05-31.`)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), `${label}: that date does not exist.`)
    .refine((value) => value <= new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10), `${label} cannot be in the future.`);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const birthdaySchema = z
  .object({
    day: z.number().int().min(1, "Pick a day.").max(31),
    month: z.number().int().min(1, "Pick a month.").max(12),
    year: z.number().int().min(1900, "Enter a year from 1900 on.").max(new Date().getFullYear(), "The year cannot be in the future.").nullish(),
  })
  .superRefine((birthday, ctx) => {
    const leap = birthday.year == null || (birthday.year % 4 === 0 && (birthday.year % 100 !== 0 || birthday.year % 400 === 0));
    const maxDay = birthday.month === 2 && !leap ? 28 : (DAYS_IN_MONTH[birthday.month - 1] ?? 31);
    if (birthday.day > maxDay) ctx.addIssue({ code: "custom", path: ["day"], message: `That month has ${maxDay} days.` });
  });

const contactShape = z.object({
  displayName: z.string().trim().min(1, "Enter a name.").max(200, "Name must be at most 200 characters."),
  givenName: optionalText("Given name", 100),
  familyName: optionalText("Family name", 100),
  nickname: optionalText("Nickname", 100),
  photoUrl: webAddress("The photo address")
    .nullish()
    .or(z.literal("").transform(() => null)),
  pronouns: optionalText("Pronouns", 40),
  emails: z.array(emailEntry).max(20, "At most 20 email addresses."),
  phones: z.array(phoneEntry).max(20, "At most 20 phone numbers."),
  links: z.array(linkEntry).max(30, "At most 30 links."),
  company: optionalText("Company", 200),
  title: optionalText("Title", 200),
  location: optionalText("Location", 200),
  birthday: birthdaySchema.nullish(),
  howWeMet: optionalText("How we met", 2000),
  notes: optionalText("Notes", 20000),
  place: placeSchema.nullish(),
  knowsMe: z
    .number()
    .int()
    .refine((value) => (KNOWS_ME_LEVELS as readonly number[]).includes(value), "Pick how well they know you.")
    .nullish(),
  knownSince: isoDate("Known since").nullish(),
  contexts: z.array(z.enum(TIE_CONTEXTS)).max(TIE_CONTEXTS.length),
  cadenceDays: z.number().int().min(0, "Pick how often to keep in touch.").max(3660, "Keep in touch at least every ten years.").nullish(),
});

/** A new contact's fields; lists left out start empty. */
export const contactFields = contactShape.extend({
  emails: contactShape.shape.emails.default([]),
  phones: contactShape.shape.phones.default([]),
  links: contactShape.shape.links.default([]),
  contexts: contactShape.shape.contexts.default([]),
});

export type ContactFieldsInput = z.input<typeof contactFields>;
export type ContactFields = z.output<typeof contactFields>;

export const contactIdInput = z.object({ id: z.string().max(100) });

export const createContactInput = contactFields;

/** Only the fields present change. */
export const updateContactInput = contactShape.partial().extend({ id: z.string().max(100) });
export type UpdateContactInput = z.output<typeof updateContactInput>;

export const listContactsInput = z.object({
  q: z.string().trim().max(200).optional(),
  circleId: z.string().max(100).optional(),
  tagId: z.string().max(100).optional(),
  companyId: z.string().max(100).optional(),
  sort: z.enum(["name", "updated"]).default("name"),
  archived: z.boolean().default(false),
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type ListContactsInput = z.input<typeof listContactsInput>;
