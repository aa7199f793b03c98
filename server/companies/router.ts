import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import {
  addEmploymentInput,
  companyIdInput,
  createCompanyInput,
  employmentIdInput,
  listCompaniesInput,
  listEmploymentsInput,
  setCompanyTargetInput,
  updateCompanyInput,
  updateEmploymentInput,
} from "./schemas";
import {
  addEmployment,
  createCompany,
  getCompany,
  listCompanies,
  listEmployments,
  listTargetCompanies,
  removeCompany,
  removeEmployment,
  setCompanyTarget,
  updateCompany,
  updateEmployment,
} from "./service";

const employmentsRouter = createTRPCRouter({
  listForContact: protectedProcedure.input(listEmploymentsInput).query(({ ctx, input }) => listEmployments(ctx.db, ctx.ownerId, input.contactId)),
  add: protectedProcedure.input(addEmploymentInput).mutation(({ ctx, input }) => addEmployment(ctx.db, ctx.ownerId, input)),
  update: protectedProcedure.input(updateEmploymentInput).mutation(({ ctx, input }) => updateEmployment(ctx.db, ctx.ownerId, input)),
  remove: protectedProcedure.input(employmentIdInput).mutation(({ ctx, input }) => removeEmployment(ctx.db, ctx.ownerId, input.id)),
});

export const companiesRouter = createTRPCRouter({
  list: protectedProcedure.input(listCompaniesInput).query(({ ctx, input }) => listCompanies(ctx.db, ctx.ownerId, input)),
  get: protectedProcedure.input(companyIdInput).query(({ ctx, input }) => getCompany(ctx.db, ctx.ownerId, input.id)),
  targets: protectedProcedure.query(({ ctx }) => listTargetCompanies(ctx.db, ctx.ownerId)),
  create: protectedProcedure.input(createCompanyInput).mutation(({ ctx, input }) => createCompany(ctx.db, ctx.ownerId, input)),
  update: protectedProcedure.input(updateCompanyInput).mutation(({ ctx, input }) => updateCompany(ctx.db, ctx.ownerId, input)),
  setTarget: protectedProcedure.input(setCompanyTargetInput).mutation(({ ctx, input }) => setCompanyTarget(ctx.db, ctx.ownerId, input)),
  remove: protectedProcedure.input(companyIdInput).mutation(({ ctx, input }) => removeCompany(ctx.db, ctx.ownerId, input.id)),
  employments: employmentsRouter,
});
