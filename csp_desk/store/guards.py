"""The database's own guards on PostgreSQL: PL/pgSQL triggers beside SQLite's (migrations 0005,
0008), so no program — not ours, not psql — deletes a record the law asks to keep or changes one
kept as issued. Their messages carry the same words as SQLite's ('csp-desk retention: table',
'csp-desk unchanged: table'), which the store turns into the producer's message.

PostgreSQL allows no subquery in a trigger's WHEN, so each condition is tested in the function.
TRUNCATE, which fires no row trigger, is refused on the guarded tables as a whole."""

from __future__ import annotations

REFUSE_TRUNCATE = """
CREATE OR REPLACE FUNCTION csp_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'csp-desk retention: %', TG_TABLE_NAME USING ERRCODE = '23000';
END $$"""


def retain(table: str, condition: str) -> list[str]:
    """A row of `table` may not be deleted while `condition` (about OLD) holds."""
    name = f"retain_{table}"
    return [
        f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF {condition} THEN
    RAISE EXCEPTION 'csp-desk retention: {table}' USING ERRCODE = '23000';
  END IF;
  RETURN OLD;
END $$""",
        f"CREATE TRIGGER {name} BEFORE DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()",
        f"CREATE TRIGGER {name}_truncate BEFORE TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION csp_refuse_truncate()",
    ]


def unchanged(table: str) -> list[str]:
    """A row of `table` is never updated."""
    name = f"unchanged_{table}"
    return [
        f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'csp-desk unchanged: {table}' USING ERRCODE = '23000';
END $$""",
        f"CREATE TRIGGER {name} BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()",
    ]


def drop(name: str, table: str) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"DROP TRIGGER IF EXISTS {name}_truncate ON {table}",
        f"DROP FUNCTION IF EXISTS {name}()",
    ]


OPEN = "keep_until IS NULL OR keep_until > current_date"
BY_ENGAGEMENT = f"(SELECT {OPEN} FROM engagement WHERE id = OLD.engagement_id)"
BY_CONTRACT = (
    "(SELECT e.keep_until IS NULL OR e.keep_until > current_date FROM engagement e "
    "JOIN work_contract c ON c.engagement_id = e.id WHERE c.id = OLD.contract_id)"
)
# a work item may have been ordered more than once: kept while any of its orders is
BY_POSTING = (
    "coalesce((SELECT bool_or(e.keep_until IS NULL OR e.keep_until > current_date) FROM engagement e "
    "JOIN posting p ON p.work_item_id = e.work_item_id WHERE p.id = OLD.posting_id), "
    "OLD.{day} + interval '3 years' > current_date)"
)


def all_guards() -> list[tuple[str, str, list[str]]]:
    """(trigger name, table, statements) of migration 0005, in order."""
    conditions = [("engagement", OPEN.replace("keep_until", "OLD.keep_until"))]
    for t in ("work_contract", "state_change", "trouble", "contact_entry", "application"):
        conditions.append((t, BY_ENGAGEMENT))
    for t in ("delivery", "revision_request", "contract_change", "work_payment", "milestone", "rating"):
        conditions.append((t, BY_CONTRACT))
    conditions += [
        ("posted_version", BY_POSTING.format(day="posted_on")),
        ("issued_notice", BY_POSTING.format(day="issued_on")),
        ("audit_log", "OLD.at > localtimestamp - interval '3 years'"),
    ]
    out = [(f"retain_{t}", t, retain(t, condition)) for t, condition in conditions]
    out += [(f"unchanged_{t}", t, unchanged(t)) for t in ("posted_version", "issued_notice", "audit_log")]
    return out
