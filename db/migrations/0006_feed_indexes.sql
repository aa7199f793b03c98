CREATE INDEX "contacts_owner_id_archived_idx" ON "contacts" USING btree ("owner_id") WHERE "contacts"."archived_at" is not null;--> statement-breakpoint
CREATE INDEX "interactions_status_update_id_idx" ON "interactions" USING btree ("status_update_id") WHERE "interactions"."status_update_id" is not null;--> statement-breakpoint
CREATE INDEX "contributions_status_update_id_idx" ON "contributions" USING btree ("status_update_id") WHERE "contributions"."status_update_id" is not null;--> statement-breakpoint
CREATE INDEX "facts_status_update_id_idx" ON "facts" USING btree ("status_update_id") WHERE "facts"."status_update_id" is not null;--> statement-breakpoint
CREATE INDEX "sources_owner_id_muted_idx" ON "sources" USING btree ("owner_id") WHERE "sources"."muted_at" is not null;