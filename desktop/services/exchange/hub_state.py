"""What online sync remembers between rounds (DataDir/online_sync.json): last success,
failures and the next attempt (a backoff capped at about a minute), the last problem, held
items, introductions made and revocations still to send; and the names of the connection
settings. Written atomically; a damaged file reads as a fresh state.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from desktop.services.context import AppContext
from desktop.sync.files import atomic_write

ENV_HUB_URL = "SOTHIDUA_HUB_URL"
STATE_FILE = "online_sync.json"
BACKOFF_BASE_S = 5  # first retry after a failure; doubles …
BACKOFF_MAX_S = 60  # … up to about a minute: "after an outage, minutes at most"
INTERVAL_S = 90  # a pull every minute and a half while the app is open
HELD_RECHECK_S = 3600  # permanent refusals are re-checked this often (the hub side may have changed)
CA_FILE, HTTP_ACK, HUB_KEY = "online.ca_file", "online.http_ack", "online.hub_key"


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _iso(d: datetime | None) -> str | None:
    return d.strftime("%Y-%m-%dT%H:%M:%SZ") if d else None


def _parse(s: str | None) -> datetime | None:
    if not s:
        return None
    try:
        return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


@dataclass
class SyncState:
    last_success_at: str | None = None
    last_attempt_at: str | None = None
    failures: int = 0
    next_attempt_at: str | None = None
    last_error: str | None = None  # the Vietnamese sentence of the last problem (None: all well)
    hub_url: str | None = None
    problem_kind: str | None = None
    problem_permanent: bool = False
    held: dict = field(default_factory=dict)  # package id -> {"code", "reason", "at"}
    introduced: dict = field(default_factory=dict)  # child code -> fingerprint introduced to the hub
    revocations_to_send: list = field(default_factory=list)  # [{"unit", "fingerprint"}]
    last_round_at: str | None = None


def _state_path(ctx: AppContext) -> Path:
    return ctx.data.root / STATE_FILE


def load_state(ctx: AppContext) -> SyncState:
    try:
        raw = json.loads(_state_path(ctx).read_text(encoding="utf-8"))
        st = SyncState(**{k: raw.get(k) for k in SyncState.__dataclass_fields__ if k in raw})
        st.held = st.held if isinstance(st.held, dict) else {}
        st.introduced = st.introduced if isinstance(st.introduced, dict) else {}
        st.revocations_to_send = st.revocations_to_send if isinstance(st.revocations_to_send, list) else []
        st.failures = int(st.failures or 0)
        return st
    except (OSError, ValueError, TypeError):
        return SyncState()


def _save_state(ctx: AppContext, st: SyncState) -> None:
    atomic_write(_state_path(ctx), json.dumps(asdict(st), ensure_ascii=False, indent=2).encode("utf-8"))


def backoff_seconds(failures: int) -> int:
    if failures <= 0:
        return 0
    return min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** (failures - 1))
