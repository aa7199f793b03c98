-- interaction_summaries (db/schema/interactions.ts) is kept by the database: these triggers add
-- up a contact's interactions again whenever an interaction's date, contexts or initiator change,
-- or a participant is added or removed (deleting an interaction removes its participants).
CREATE FUNCTION refresh_interaction_summaries(contact_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM interaction_summaries WHERE contact_id = ANY(contact_ids);
  -- Only the contact's owner's interactions count, as everywhere else. Each contact's are read
  -- through the indexes (LATERAL), so the cost follows the interactions of the contacts touched:
  -- a plan matching owners by scanning all of an owner's contacts, or every participant, took up
  -- to a second at thousands of contacts.
  WITH own AS (
    SELECT t.id AS contact_id, o.occurred_at, o.initiator, o.contexts
    FROM contacts t
    CROSS JOIN LATERAL (
      SELECT i.occurred_at, i.initiator, i.contexts
      FROM interaction_contacts ic
      JOIN interactions i ON i.id = ic.interaction_id
      WHERE ic.contact_id = t.id AND i.owner_id = t.owner_id
    ) o
    WHERE t.id = ANY(contact_ids)
  ),
  totals AS (
    SELECT
      contact_id,
      count(*) AS interaction_count,
      min(occurred_at) AS first_at,
      max(occurred_at) AS last_at,
      count(*) FILTER (WHERE initiator = 'me') AS initiated_by_me,
      count(*) FILTER (WHERE initiator = 'them') AS initiated_by_them,
      count(*) FILTER (WHERE initiator = 'mutual') AS initiated_mutually
    FROM own
    GROUP BY contact_id
  ),
  contexts AS (
    SELECT contact_id, array_agg(DISTINCT context ORDER BY context) AS contexts
    FROM own CROSS JOIN unnest(own.contexts) AS context
    GROUP BY contact_id
  )
  INSERT INTO interaction_summaries (contact_id, interaction_count, first_at, last_at, initiated_by_me, initiated_by_them, initiated_mutually, contexts)
  SELECT totals.*, coalesce(contexts.contexts, '{}')
  FROM totals LEFT JOIN contexts USING (contact_id);
$$;
--> statement-breakpoint
CREATE FUNCTION interaction_participants_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_interaction_summaries(ARRAY(SELECT DISTINCT contact_id FROM added));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION interaction_participants_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_interaction_summaries(ARRAY(SELECT DISTINCT contact_id FROM removed));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION interactions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_interaction_summaries(ARRAY(
    SELECT DISTINCT ic.contact_id
    FROM changed_after a
    JOIN changed_before b ON b.id = a.id
    JOIN interaction_contacts ic ON ic.interaction_id = a.id
    WHERE (a.occurred_at, a.contexts, a.initiator) IS DISTINCT FROM (b.occurred_at, b.contexts, b.initiator)
  ));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER interaction_participants_inserted AFTER INSERT ON interaction_contacts REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION interaction_participants_added();
--> statement-breakpoint
CREATE TRIGGER interaction_participants_deleted AFTER DELETE ON interaction_contacts REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION interaction_participants_removed();
--> statement-breakpoint
CREATE TRIGGER interaction_participants_updated_from AFTER UPDATE ON interaction_contacts REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION interaction_participants_removed();
--> statement-breakpoint
CREATE TRIGGER interaction_participants_updated_to AFTER UPDATE ON interaction_contacts REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION interaction_participants_added();
--> statement-breakpoint
CREATE TRIGGER interactions_updated AFTER UPDATE ON interactions REFERENCING OLD TABLE AS changed_before NEW TABLE AS changed_after FOR EACH STATEMENT EXECUTE FUNCTION interactions_changed();
--> statement-breakpoint
SELECT refresh_interaction_summaries(ARRAY(SELECT DISTINCT contact_id FROM interaction_contacts));
