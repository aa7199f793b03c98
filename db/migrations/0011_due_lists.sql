CREATE TABLE "due_lists" (
	"owner_id" text PRIMARY KEY NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL,
	"version" integer,
	"time_zone" text,
	"today" text,
	"computed_at" timestamp with time zone,
	"overdue" jsonb,
	"this_week" jsonb
);
--> statement-breakpoint
ALTER TABLE "due_lists" ADD CONSTRAINT "due_lists_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;