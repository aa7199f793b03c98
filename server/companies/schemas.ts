import { z } from "zod";
import { COMPANY_TARGETS, INDUSTRIES } from "@/db/schema/vocabulary";
import { isoDate } from "../contacts/schemas";

export const MAX_COMPANY_NAME_LENGTH = 200;

export const companyName = z
  .string()
  .trim()
  .min(1, "Enter the company's name.")
  .max(MAX_COMPANY_NAME_LENGTH, `The name must be at most ${MAX_COMPANY_NAME_LENGTH} characters.`);

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** A bare host name such as "acme.com", lower-cased; empty means none. */
export const companyDomain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/\.$/, ""))
  .superRefine((value, ctx) => {
    if (value === "") return;
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(value)) ctx.addIssue({ code: "custom", message: "Enter just the domain, like acme.com, without https://." });
    else if (!HOST.test(value)) ctx.addIssue({ code: "custom", message: "Enter a domain like acme.com." });
  })
  .transform((value) => (value === "" ? null : value))
  .nullish();

const companyNotes = z
  .string()
  .trim()
  .max(5000, "Notes must be at most 5,000 characters.")
  .transform((value) => (value === "" ? null : value))
  .nullish();

export const companyIndustry = z.enum(INDUSTRIES, { error: "Pick an industry from the list." }).nullish();

export const companyTarget = z.enum(COMPANY_TARGETS, { error: "Pick whether you want to work for or collaborate with them." }).nullable();

const id = z.string().max(100);

export const companyIdInput = z.object({ id });

export const listCompaniesInput = z.object({
  q: z.string().trim().max(200).optional(),
  limit: z.number().int().min(1).max(500).default(500),
});
export type ListCompaniesInput = z.input<typeof listCompaniesInput>;

export const createCompanyInput = z.object({
  name: companyName,
  domain: companyDomain,
  notes: companyNotes,
  industry: companyIndustry,
  target: companyTarget.optional(),
});
export type CreateCompanyInput = z.input<typeof createCompanyInput>;

/** Only the fields present change. */
export const updateCompanyInput = z.object({
  id,
  name: companyName.optional(),
  domain: companyDomain,
  notes: companyNotes,
  industry: companyIndustry,
});
export type UpdateCompanyInput = z.input<typeof updateCompanyInput>;

export const setCompanyTargetInput = z.object({ id, target: companyTarget });
export type SetCompanyTargetInput = z.input<typeof setCompanyTargetInput>;

// Employment ----------------------------------------------------------------------------------

export const END_BEFORE_START = "The end must be on or after the start.";
export const CURRENT_HAS_NO_END = "A current job has no end date: clear the end date, or untick “Works here now”.";

/** A month of a job as YYYY-MM-DD; the day is dropped when stored (the first of the month). */
const monthOf = (label: string) => isoDate(label).nullish();

const employmentShape = z.object({
  /** An existing company of the owner… */
  companyId: id.optional(),
  /** …or a name: the company of that name (any case), created when there is none. */
  companyName: companyName.optional(),
  title: z
    .string()
    .trim()
    .max(200, "The title must be at most 200 characters.")
    .transform((value) => (value === "" ? null : value))
    .nullish(),
  startedOn: monthOf("From"),
  endedOn: monthOf("To"),
  current: z.boolean(),
});

type EmploymentShape = Partial<z.output<typeof employmentShape>>;

/** The first of the month: employment dates have month precision. */
export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The checks between fields, shared by the schemas and by the service once an update is merged. */
export function employmentProblems(job: EmploymentShape): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (job.current && job.endedOn) problems.push({ path: "endedOn", message: CURRENT_HAS_NO_END });
  else if (job.startedOn && job.endedOn && firstOfMonth(job.endedOn) < firstOfMonth(job.startedOn)) problems.push({ path: "endedOn", message: END_BEFORE_START });
  return problems;
}

function checkEmployment(job: EmploymentShape, ctx: z.RefinementCtx) {
  if (job.companyId !== undefined && job.companyName !== undefined) {
    ctx.addIssue({ code: "custom", path: ["company"], message: "Pick a company or type a new name, not both." });
  }
  for (const problem of employmentProblems(job)) ctx.addIssue({ code: "custom", path: [problem.path], message: problem.message });
}

export const addEmploymentInput = employmentShape
  .extend({ contactId: id, current: employmentShape.shape.current.default(false) })
  .superRefine((job, ctx) => {
    if (job.companyId === undefined && job.companyName === undefined) {
      ctx.addIssue({ code: "custom", path: ["company"], message: "Pick a company, or type its name to add it." });
    }
    checkEmployment(job, ctx);
  });
export type AddEmploymentInput = z.input<typeof addEmploymentInput>;

/** Only the fields present change. */
export const updateEmploymentInput = employmentShape
  .partial()
  .extend({ id })
  .superRefine((job, ctx) => checkEmployment(job, ctx));
export type UpdateEmploymentInput = z.input<typeof updateEmploymentInput>;

export const employmentIdInput = z.object({ id });

export const listEmploymentsInput = z.object({ contactId: id });
