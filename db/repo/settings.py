"""Settings as JSON values by (scope, key): scope '' is the installation, else a unit code."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.core import SettingRow


def get(session: Session, scope: str, key: str, default: Any = None) -> Any:
    row = session.get(SettingRow, (scope, key))
    return json.loads(row.value_json) if row else default


def put(session: Session, scope: str, key: str, value: Any) -> None:
    row = session.get(SettingRow, (scope, key))
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(SettingRow(scope=scope, key=key, value_json=text))
    else:
        row.value_json = text


def all_for(session: Session, scope: str) -> dict[str, Any]:
    rows = session.execute(select(SettingRow).where(SettingRow.scope == scope)).scalars()
    return {r.key: json.loads(r.value_json) for r in rows}
