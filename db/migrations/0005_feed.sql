CREATE TABLE "life_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"source_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "feed_reply_context" text;--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "status_update_id" uuid;--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "status_update_id" uuid;--> statement-breakpoint
ALTER TABLE "facts" ADD COLUMN "status_update_id" uuid;--> statement-breakpoint
ALTER TABLE "status_updates" ADD COLUMN "read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "life_events" ADD CONSTRAINT "life_events_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "life_events" ADD CONSTRAINT "life_events_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "life_events" ADD CONSTRAINT "life_events_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "life_events_owner_id_dedupe_key_idx" ON "life_events" USING btree ("owner_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "life_events_owner_id_occurred_at_id_idx" ON "life_events" USING btree ("owner_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "life_events_contact_id_idx" ON "life_events" USING btree ("contact_id");--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_status_update_id_status_updates_id_fk" FOREIGN KEY ("status_update_id") REFERENCES "public"."status_updates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_status_update_id_status_updates_id_fk" FOREIGN KEY ("status_update_id") REFERENCES "public"."status_updates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facts" ADD CONSTRAINT "facts_status_update_id_status_updates_id_fk" FOREIGN KEY ("status_update_id") REFERENCES "public"."status_updates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "status_updates_owner_id_unread_idx" ON "status_updates" USING btree ("owner_id","published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "status_updates"."read_at" is null;