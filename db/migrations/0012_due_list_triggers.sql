-- due_lists (db/schema/reminders.ts) is marked out of date by the database: any write to what the
-- due list is made from (contacts, their circles, their interactions as added up in
-- interaction_summaries, the user's time zone and home) adds one to the user's generation and
-- clears the kept lists. The triggers are deferred to the end of the transaction, so the user's
-- row is locked last and briefly (two transactions of one user cannot deadlock over it), and a
-- list worked out while a transaction was under way is not kept (server/reminders/kept-due-list.ts).
-- The row is added when missing, unless the user is gone (deleting a user deletes their contacts).
CREATE FUNCTION due_list_outdated(owner text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Once per user and transaction is enough, since the triggers all run at its end, after every
  -- write (an import of thousands of contacts would otherwise mark the row thousands of times).
  IF owner IS NULL OR current_setting('kith.due_list_outdated', true) = owner THEN
    RETURN;
  END IF;
  PERFORM set_config('kith.due_list_outdated', owner, true);
  INSERT INTO due_lists (owner_id, generation)
  SELECT id, 1 FROM users WHERE id = owner
  ON CONFLICT (owner_id) DO UPDATE SET generation = due_lists.generation + 1, overdue = NULL, this_week = NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION owner_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM due_list_outdated(CASE WHEN TG_OP = 'DELETE' THEN OLD.owner_id ELSE NEW.owner_id END);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION contact_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A contact deleted with the row has no owner left to find; deleting the contact marked it.
  PERFORM due_list_outdated((SELECT owner_id FROM contacts WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.contact_id ELSE NEW.contact_id END));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION user_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM due_list_outdated(NEW.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER contacts_due_list AFTER INSERT OR DELETE OR UPDATE OF display_name, photo_url, cadence_days, snoozed_until, archived_at, created_at, knows_me, known_since, contexts, place ON contacts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION owner_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER circles_due_list AFTER DELETE OR UPDATE OF name, cadence_days ON circles DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION owner_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER circle_members_due_list AFTER INSERT OR DELETE OR UPDATE ON circle_members DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION contact_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER interaction_summaries_due_list AFTER INSERT OR DELETE OR UPDATE ON interaction_summaries DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION contact_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER users_due_list AFTER UPDATE OF time_zone, home_place ON users DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION user_row_changed();
