-- network_generations (db/schema/network.ts) counts the writes to what the Network page is worked
-- out from, so that the page's figures can be kept while nothing they depend on changes
-- (server/network/kept-overview.ts; the kept measures in network_cache are told apart by their
-- updated_at there). As for due_lists (migration 0012) the triggers are deferred to the end of the
-- transaction and count once per user and transaction; the row is added when missing, unless the
-- user is gone.
CREATE FUNCTION network_outdated(owner text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF owner IS NULL OR current_setting('kith.network_outdated', true) = owner THEN
    RETURN;
  END IF;
  PERFORM set_config('kith.network_outdated', owner, true);
  INSERT INTO network_generations (owner_id, generation)
  SELECT id, 1 FROM users WHERE id = owner
  ON CONFLICT (owner_id) DO UPDATE SET generation = network_generations.generation + 1;
END;
$$;
--> statement-breakpoint
-- Marks the kept thing a trigger names (its argument) out of date for an owner. The due list's
-- triggers (migration 0012) name none.
CREATE FUNCTION kept_outdated(kept text, owner text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF kept IS NULL OR kept = 'due_list' THEN
    PERFORM due_list_outdated(owner);
  ELSIF kept = 'network' THEN
    PERFORM network_outdated(owner);
  ELSE
    RAISE EXCEPTION 'no kept %', kept;
  END IF;
END;
$$;
--> statement-breakpoint
-- The row trigger functions of migration 0012, now for whichever kept thing their trigger names.
CREATE OR REPLACE FUNCTION owner_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kept_outdated(TG_ARGV[0], CASE WHEN TG_OP = 'DELETE' THEN OLD.owner_id ELSE NEW.owner_id END);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION contact_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A contact deleted with the row has no owner left to find; deleting the contact marked it.
  PERFORM kept_outdated(TG_ARGV[0], (SELECT owner_id FROM contacts WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.contact_id ELSE NEW.contact_id END));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION user_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kept_outdated(TG_ARGV[0], NEW.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER contacts_network AFTER INSERT OR DELETE OR UPDATE OF display_name, photo_url, archived_at, knows_me, known_since, contexts, place ON contacts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION owner_row_changed('network');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER interaction_summaries_network AFTER INSERT OR DELETE OR UPDATE ON interaction_summaries DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION contact_row_changed('network');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER employments_network AFTER INSERT OR DELETE OR UPDATE ON employments DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION owner_row_changed('network');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER companies_network AFTER DELETE OR UPDATE OF name, industry ON companies DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION owner_row_changed('network');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER circles_network AFTER DELETE OR UPDATE OF name, purpose, type ON circles DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION owner_row_changed('network');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER circle_members_network AFTER INSERT OR DELETE OR UPDATE ON circle_members DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION contact_row_changed('network');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER contact_ties_network AFTER INSERT OR DELETE OR UPDATE ON contact_ties DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION owner_row_changed('network');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER users_network AFTER UPDATE OF home_place ON users DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION user_row_changed('network');
