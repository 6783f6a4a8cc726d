-- Rules the database enforces itself, beyond what the drizzle schema can say.

-- Every suggestion has exactly one live lead assignment once its transaction commits
-- (the partial unique index assignments_one_live_lead refuses a second one at once).
CREATE FUNCTION duban_require_live_lead() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target integer;
BEGIN
  IF TG_TABLE_NAME = 'suggestions' THEN
    target := NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    target := OLD.suggestion_id;
  ELSE
    target := NEW.suggestion_id;
  END IF;
  IF EXISTS (SELECT 1 FROM suggestions WHERE id = target) AND NOT EXISTS (
    SELECT 1 FROM assignments
    WHERE suggestion_id = target AND role = 'lead' AND status IN ('pending', 'accepted')
  ) THEN
    RAISE EXCEPTION 'suggestion % has no live lead assignment', target
      USING ERRCODE = 'check_violation', CONSTRAINT = 'suggestions_one_live_lead';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER suggestions_one_live_lead
  AFTER INSERT ON suggestions
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_require_live_lead();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER assignments_keep_live_lead
  AFTER UPDATE OR DELETE ON assignments
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_require_live_lead();
--> statement-breakpoint

-- The audit log is append-only.
CREATE FUNCTION duban_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION duban_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION duban_refuse_audit_change();
