CREATE TABLE "contact_ties" (
	"owner_id" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"other_contact_id" uuid NOT NULL,
	"strength" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_ties_contact_id_other_contact_id_pk" PRIMARY KEY("contact_id","other_contact_id"),
	CONSTRAINT "contact_ties_order_check" CHECK ("contact_ties"."contact_id" < "contact_ties"."other_contact_id"),
	CONSTRAINT "contact_ties_strength_check" CHECK ("contact_ties"."strength" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "dismissed_tie_suggestions" (
	"owner_id" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"other_contact_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dismissed_tie_suggestions_contact_id_other_contact_id_pk" PRIMARY KEY("contact_id","other_contact_id"),
	CONSTRAINT "dismissed_tie_suggestions_order_check" CHECK ("dismissed_tie_suggestions"."contact_id" < "dismissed_tie_suggestions"."other_contact_id")
);
--> statement-breakpoint
CREATE TABLE "network_cache" (
	"owner_id" text PRIMARY KEY NOT NULL,
	"graph_key" text NOT NULL,
	"structure" jsonb NOT NULL,
	"betweenness" jsonb,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" text NOT NULL,
	"month" date NOT NULL,
	"measures" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "industry" text;--> statement-breakpoint
ALTER TABLE "contact_ties" ADD CONSTRAINT "contact_ties_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_ties" ADD CONSTRAINT "contact_ties_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_ties" ADD CONSTRAINT "contact_ties_other_contact_id_contacts_id_fk" FOREIGN KEY ("other_contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dismissed_tie_suggestions" ADD CONSTRAINT "dismissed_tie_suggestions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dismissed_tie_suggestions" ADD CONSTRAINT "dismissed_tie_suggestions_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dismissed_tie_suggestions" ADD CONSTRAINT "dismissed_tie_suggestions_other_contact_id_contacts_id_fk" FOREIGN KEY ("other_contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_cache" ADD CONSTRAINT "network_cache_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_snapshots" ADD CONSTRAINT "network_snapshots_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_ties_owner_id_idx" ON "contact_ties" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "contact_ties_other_contact_id_idx" ON "contact_ties" USING btree ("other_contact_id");--> statement-breakpoint
CREATE INDEX "dismissed_tie_suggestions_owner_id_idx" ON "dismissed_tie_suggestions" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_snapshots_owner_id_month_idx" ON "network_snapshots" USING btree ("owner_id","month");--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_industry_check" CHECK (industry in ('tech', 'finance', 'health', 'education', 'retail', 'media', 'law', 'public', 'research', 'manufacturing', 'energy', 'hospitality', 'nonprofit', 'arts', 'other'));