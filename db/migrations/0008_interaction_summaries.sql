CREATE TABLE "interaction_summaries" (
	"contact_id" uuid PRIMARY KEY NOT NULL,
	"interaction_count" integer NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"initiated_by_me" integer NOT NULL,
	"initiated_by_them" integer NOT NULL,
	"initiated_mutually" integer NOT NULL,
	"contexts" text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interaction_summaries" ADD CONSTRAINT "interaction_summaries_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;