"""Row-level security at head office: a hall's role sees and writes only its own hall's rows
(the owner of the tables, head office, reads everything)."""

from __future__ import annotations

OWN = "(SELECT h.hall_code FROM halls h WHERE h.db_role = current_user)"


def ddl(tables: list[str]) -> list[str]:
    """The policies of `halls` and of every table keyed by hall_code (made again each time)."""
    out = ["ALTER TABLE halls ENABLE ROW LEVEL SECURITY",
           "DROP POLICY IF EXISTS own_hall ON halls",
           "CREATE POLICY own_hall ON halls USING (db_role = current_user) "
           "WITH CHECK (db_role = current_user)"]
    for name in tables:
        out += [f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
                f"DROP POLICY IF EXISTS own_hall ON {name}",
                f"CREATE POLICY own_hall ON {name} USING (hall_code = {OWN}) "
                f"WITH CHECK (hall_code = {OWN})"]
    return out
