"""Head office admits a set number of syncs at once; the others hang up, wait and call back.

A sync takes one of `sync_slots` rows (central_settings, default 8) through the SECURITY
DEFINER function hallq_take_slot(hall) and gives it back at the end; a slot whose holder died
is free again after `sync_lease_seconds` (default 900). The functions run in autocommit and
hold no session state, so they work the same behind PgBouncer in transaction mode. A hall
refused a connection (the server's max_connections, the database's or role's CONNECTION
LIMIT) or a slot closes its connection, waits a jittered, growing time and tries again: it
is late, never failed, until its patience is spent.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

import psycopg

from hallq.sync.errors import CentralError

if TYPE_CHECKING:
    from hallq.sync.central_db import CentralDB

DB = TypeVar("DB", bound="CentralDB")  # connect gives back the connection it was given

log = logging.getLogger(__name__)

DEFAULT_SLOTS = 8
DEFAULT_LEASE_S = 900

FUNCTIONS = """
CREATE OR REPLACE FUNCTION hallq_take_slot(code text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  n integer := coalesce((SELECT value::integer FROM central_settings
                         WHERE key = 'sync_slots'), 8);
  lease integer := coalesce((SELECT value::integer FROM central_settings
                             WHERE key = 'sync_lease_seconds'), 900);
  s integer;
BEGIN
  -- a hall's role takes a slot in its own hall's name only (the owner: any hall's); any
  -- other call is let through without one, to meet the sync's own "unknown hall" refusal
  IF NOT EXISTS (SELECT 1 FROM halls WHERE hall_code = code AND (db_role = session_user
                 OR pg_has_role(session_user, (SELECT relowner FROM pg_class
                                               WHERE oid = 'halls'::regclass), 'USAGE'))) THEN
    RETURN -1;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM sync_slots WHERE slot = n - 1) THEN
    INSERT INTO sync_slots (slot) SELECT g FROM generate_series(0, n - 1) g
      ON CONFLICT (slot) DO NOTHING;
  END IF;
  SELECT slot INTO s FROM sync_slots WHERE hall_code = code AND slot < n FOR UPDATE;
  IF NOT FOUND THEN
    SELECT slot INTO s FROM sync_slots
      WHERE slot < n AND (hall_code IS NULL OR taken_at < now() - lease * interval '1 second')
      ORDER BY slot LIMIT 1 FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
      RETURN NULL;
    END IF;
  END IF;
  UPDATE sync_slots SET hall_code = code, taken_at = now() WHERE slot = s;
  RETURN s;
END $$
"""

GIVE = """
CREATE OR REPLACE FUNCTION hallq_give_slot(code text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE sync_slots SET hall_code = NULL, taken_at = NULL
  WHERE hall_code = code AND (code = (SELECT hall_code FROM halls WHERE db_role = session_user)
        OR pg_has_role(session_user, (SELECT relowner FROM pg_class
                                      WHERE oid = 'halls'::regclass), 'USAGE'))
$$
"""


def ddl() -> list[str]:
    return ["CREATE TABLE IF NOT EXISTS sync_slots (slot integer PRIMARY KEY, hall_code text, "
            "taken_at timestamptz)", FUNCTIONS, GIVE]


@dataclass
class Patience:
    """How a hall waits for head office: a first wait, doubling up to `cap`, each drawn
    at random between half and the whole of it (so halls refused together do not call back
    together), for at most `total` seconds."""

    first: float = 5.0
    cap: float = 120.0
    total: float = 6 * 3600.0
    rng: random.Random = field(default_factory=random.Random)
    sleep: Callable[[float], object] = time.sleep  # a true answer: stop waiting

    def waits(self) -> list[float]:
        out, w, spent = [], self.first, 0.0
        while spent < self.total:
            d = w * (0.5 + 0.5 * self.rng.random())
            out.append(d)
            spent += d
            w = min(w * 2, self.cap)
        return out


def busy(exc: BaseException) -> bool:
    """Head office refused a connection for want of room (SQLSTATE 53300)."""
    text = str(exc).lower()
    return (getattr(exc, "sqlstate", None) == "53300" or "too many" in text
            or "remaining connection slots" in text)


def take(central: CentralDB, code: str) -> int | None:
    """A slot for this hall's sync, or None when every slot is taken. A head office of an
    earlier release (no such function) admits everyone: -1."""
    if not central.pg:
        return -1
    try:
        slot = central.value("SELECT hallq_take_slot(%s)", (code,))
    except psycopg.errors.UndefinedFunction:
        return -1
    return None if slot is None else int(slot)


def give(central: CentralDB, code: str) -> None:
    if not central.pg:
        return
    try:
        central.execute("SELECT hallq_give_slot(%s)", (code,))
    except psycopg.Error as exc:  # a lost link: the lease frees the slot
        log.info("slot of %s not given back (%s); its lease frees it", code, exc)


def connect(open_central: Callable[[], DB], code: str,
            patience: Patience) -> tuple[DB, int, int]:
    """Connect and take a slot, waiting as long as patience allows: (head office, slot,
    times it was turned away). Once patience is spent: CentralError "busy"."""
    refused = 0
    waits = iter(patience.waits())
    while True:
        try:
            central = open_central()
        except CentralError as exc:
            if exc.code != "busy":
                raise
        else:
            try:
                central.check_schema()
                slot = take(central, code)
            except BaseException:
                central.close()
                raise
            if slot is not None:
                return central, slot, refused
            central.close()  # hang up while waiting: the connection is someone's turn
        refused += 1
        wait = next(waits, None)
        if wait is None:
            raise CentralError("busy", f"Head office stayed full for {patience.total:.0f} s "
                               f"({refused} tries): the sync of {code} tries again later.")
        if patience.sleep(wait):  # an Event's wait: True when the hub is stopping
            raise CentralError("busy", f"Stopped while waiting for head office ({code}).")


def wait_on(central: CentralDB, code: str, patience: Patience) -> tuple[int, int]:
    """On a connection someone else owns (kept open): poll for a slot. (slot, times)."""
    refused = 0
    waits = iter(patience.waits())
    while (slot := take(central, code)) is None:
        refused += 1
        wait = next(waits, None)
        if wait is None:
            raise CentralError("busy", f"Head office stayed full for {patience.total:.0f} s: "
                               f"the sync of {code} tries again later.")
        if patience.sleep(wait):  # an Event's wait: True when the hub is stopping
            raise CentralError("busy", f"Stopped while waiting for head office ({code}).")
    return slot, refused
