-- Naming a handler on an assignment makes them that assignment's handler only (DESIGN §3); it used
-- to make them a handler of the whole unit as well. Such a unit-wide role is taken back when every
-- grant of it was written by an assignment, an import or a transfer (an audit event of the same
-- actor at the same instant) and none by `unit member`. The person keeps exactly the assignments
-- that name them, which hold their work in progress. The removals are audited as the system's.
WITH granted AS (
  SELECT g.entity_id::integer AS unit_id, g.after->>'userId' AS user_id,
    EXISTS (
      SELECT 1 FROM audit_events o
      WHERE o.actor = g.actor AND o.at = g.at AND o.action IN ('suggestion.assign', 'assignment.create')
    ) AS by_naming
  FROM audit_events g
  WHERE g.action = 'unit.member.add' AND g.entity = 'unit' AND g.after->>'role' = 'handler'
),
by_naming_only AS (
  SELECT unit_id, user_id FROM granted GROUP BY unit_id, user_id HAVING bool_and(by_naming)
),
removed AS (
  DELETE FROM members m USING by_naming_only n
  WHERE m.role = 'handler' AND m.unit_id = n.unit_id AND m.user_id = n.user_id
  RETURNING m.unit_id, m.user_id
)
INSERT INTO audit_events (actor, action, entity, entity_id, before, after, at)
SELECT 'system', 'unit.member.remove', 'unit', unit_id::text,
  jsonb_build_object('userId', user_id, 'role', 'handler'),
  jsonb_build_object('reason', 'handler_of_assignments_only'),
  now()
FROM removed;
