-- Every committed transaction that changes a table answers read adds one to
-- ledger_version.changes, inside that transaction. A writer updates the latest committed row
-- under its row lock, so the count only grows, and two readings that agree bracket a time in
-- which no such transaction committed (services/answer-cache.ts relies on it).
--
-- The count is taken at commit (deferred constraint triggers), so the ledger_version row is the
-- last lock any transaction takes: a transaction waiting for it holds nothing the holder still
-- needs, and no deadlock can form around it. Counting once per transaction keeps bulk writes
-- cheap. TRUNCATE cannot have a constraint trigger; it takes an exclusive lock anyway.
--
-- Not counted: the audit log, the outbox and its pacing, job runs (no answer reads them).
-- test/integration/ledger-version.test.ts fails when a table is neither counted here nor named
-- there as unread.
INSERT INTO ledger_version (id, changes) VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION duban_count_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('duban.ledger_change_counted', true) IS DISTINCT FROM 'yes' THEN
    UPDATE ledger_version SET changes = changes + 1 WHERE id = 1;
    PERFORM set_config('duban.ledger_change_counted', 'yes', true);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER assignments_count_change
  AFTER INSERT OR UPDATE OR DELETE ON assignments
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER assignments_count_truncate
  AFTER TRUNCATE ON assignments
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER calendar_overrides_count_change
  AFTER INSERT OR UPDATE OR DELETE ON calendar_overrides
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER calendar_overrides_count_truncate
  AFTER TRUNCATE ON calendar_overrides
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER co_opinions_count_change
  AFTER INSERT OR UPDATE OR DELETE ON co_opinions
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER co_opinions_count_truncate
  AFTER TRUNCATE ON co_opinions
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER commitments_count_change
  AFTER INSERT OR UPDATE OR DELETE ON commitments
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER commitments_count_truncate
  AFTER TRUNCATE ON commitments
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER contacts_count_change
  AFTER INSERT OR UPDATE OR DELETE ON contacts
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER contacts_count_truncate
  AFTER TRUNCATE ON contacts
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER evaluations_count_change
  AFTER INSERT OR UPDATE OR DELETE ON evaluations
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER evaluations_count_truncate
  AFTER TRUNCATE ON evaluations
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER extension_requests_count_change
  AFTER INSERT OR UPDATE OR DELETE ON extension_requests
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER extension_requests_count_truncate
  AFTER TRUNCATE ON extension_requests
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER members_count_change
  AFTER INSERT OR UPDATE OR DELETE ON members
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER members_count_truncate
  AFTER TRUNCATE ON members
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER milestones_count_change
  AFTER INSERT OR UPDATE OR DELETE ON milestones
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER milestones_count_truncate
  AFTER TRUNCATE ON milestones
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER replies_count_change
  AFTER INSERT OR UPDATE OR DELETE ON replies
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER replies_count_truncate
  AFTER TRUNCATE ON replies
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER reviews_count_change
  AFTER INSERT OR UPDATE OR DELETE ON reviews
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER reviews_count_truncate
  AFTER TRUNCATE ON reviews
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER sessions_count_change
  AFTER INSERT OR UPDATE OR DELETE ON sessions
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER sessions_count_truncate
  AFTER TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER suggestions_count_change
  AFTER INSERT OR UPDATE OR DELETE ON suggestions
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER suggestions_count_truncate
  AFTER TRUNCATE ON suggestions
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER supervisors_count_change
  AFTER INSERT OR UPDATE OR DELETE ON supervisors
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER supervisors_count_truncate
  AFTER TRUNCATE ON supervisors
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER transfer_requests_count_change
  AFTER INSERT OR UPDATE OR DELETE ON transfer_requests
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER transfer_requests_count_truncate
  AFTER TRUNCATE ON transfer_requests
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER units_count_change
  AFTER INSERT OR UPDATE OR DELETE ON units
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER units_count_truncate
  AFTER TRUNCATE ON units
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
