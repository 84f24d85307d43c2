"""Reading a unit-data file (see interchange.py): the file's limits, the errors it is refused with
(every problem with its path and a Vietnamese message), parsing, the JSON Schema check, and the
small tools the record checks share (the checker, the plan of rows to write)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain import bounded_json
from desktop.domain import recognition as rec_rules
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period, unit_period
from desktop.domain.units import Unit
from desktop.paths import schemas_dir
from desktop.services.context import AppContext


FORMAT = "sothidua-unit-data"
VERSION = 1
SCHEMA_FILE = "unit-data.schema.json"
MAX_PROBLEMS = 200
# A unit's whole data is a few MB; names and notes are short (issue 18: bounded input).
INPUT_LIMITS = bounded_json.JsonLimits(
    max_bytes=256 * 1024 * 1024, max_depth=32, max_number_chars=40, max_string_chars=100_000
)
LOG_OWNER = "cycle_log"  # attachments.owner_kind used by the cycle area (db/repo/cycle.py)
OWNERS = {"member": "member", "log": LOG_OWNER, "volunteer_activity": "volunteer_activity"}
OWNER_NAMES = {v: k for k, v in OWNERS.items()}
DEFAULT_CAMPAIGN = rec_rules.BRANCH_CAMPAIGN
# A file may hold dates after today (a year planned ahead, test scenarios): dates are checked for
# sense (not before 1950, history in order) but not against the clock.
LENIENT_TODAY = date(2100, 12, 31)
_LOG_FIELDS = {"on_date": "date", "member_id": "member", "participants": "participants"}
_HISTORY_FIELDS = {"on_date": "date", "kind": "kind"}


# ============================================================================= errors


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InvalidDocument(DomainError):
    """The file was refused; ``problems`` lists every error with its path. Nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems[:MAX_PROBLEMS]
        shown = "\n".join(f"  - {p}" for p in self.problems[:20])
        more = f"\n  … và {len(problems) - 20} lỗi khác." if len(problems) > 20 else ""
        super().__init__(
            f"Tệp dữ liệu không hợp lệ ({len(problems)} lỗi), chưa ghi gì:\n{shown}{more}",
            field=self.problems[0].path if self.problems else None,
        )


def read_file(path: str | Path) -> Any:
    """Parse a JSON file, with the line and column of a syntax error."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise DomainError(f"Không tìm thấy tệp “{p}”.", field="file") from None
    except OSError as exc:
        raise DomainError(f"Không đọc được tệp “{p}”: {exc.strerror or exc}.", field="file") from None
    try:
        # Depth, number length, text length and size bounded before parsing (issue 18).
        return bounded_json.loads(raw, p.name, INPUT_LIMITS)
    except bounded_json.JsonRefused as exc:
        raise InvalidDocument([Problem("", f"tệp “{p.name}”, {exc.short}")]) from None


# ============================================================================= schema

_SCHEMA_VALIDATOR = None


def schema() -> dict:
    return json.loads((schemas_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))


def _inlined(sch: dict) -> dict:
    """The schema with every non-recursive ``$ref`` replaced by its definition: the same rules,
    validated about 2.5 times faster (jsonschema resolves each $ref on every node otherwise)."""
    import copy

    defs = sch.get("$defs", {})

    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if ref and len(node) == 1 and ref.startswith("#/$defs/") and ref != "#/$defs/record":
                return walk(copy.deepcopy(defs[ref.rsplit("/", 1)[1]]))
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(x) for x in node]
        return node

    out = walk({k: v for k, v in sch.items() if k != "$defs"})
    out["$defs"] = {"record": walk(defs["record"])} if "record" in defs else {}
    return out


def _validator():
    global _SCHEMA_VALIDATOR
    if _SCHEMA_VALIDATOR is None:
        import jsonschema

        _SCHEMA_VALIDATOR = jsonschema.Draft202012Validator(_inlined(schema()))
    return _SCHEMA_VALIDATOR


def _path(parts) -> str:
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += ("." if out else "") + str(p)
    return out


_TYPES_VI = {
    "string": "chuỗi",
    "integer": "số nguyên",
    "number": "số",
    "boolean": "true/false",
    "object": "đối tượng JSON",
    "array": "danh sách",
    "null": "null",
}


def _schema_message(err) -> tuple[str, str]:
    """(path, Vietnamese message) for one jsonschema error."""
    path = _path(err.absolute_path)
    v, val = err.validator, err.validator_value
    inst = err.instance
    if v == "required":
        missing = [k for k in val if isinstance(inst, dict) and k not in inst]
        key = missing[0] if missing else "?"
        return _path([*err.absolute_path, key]), "thiếu trường bắt buộc."
    if v == "additionalProperties":
        extra = sorted(k for k in inst if k not in err.schema.get("properties", {})) if isinstance(inst, dict) else []
        key = extra[0] if extra else "?"
        return _path([*err.absolute_path, key]), "trường không có trong định dạng tệp dữ liệu trao đổi."
    if v == "type":
        types = val if isinstance(val, list) else [val]
        return path, "phải là " + " hoặc ".join(_TYPES_VI.get(t, t) for t in types) + "."
    if v == "enum":
        shown = ", ".join("null" if x is None else str(x) for x in val)
        return path, f"giá trị “{inst}” không hợp lệ, chọn một trong: {shown}."
    if v == "const":
        return path, f"phải là “{val}”."
    if v == "pattern":
        if "\\d{4}-\\d{2}-\\d{2}" in val and "(" not in val:
            return path, f"“{inst}” không phải ngày dạng YYYY-MM-DD."
        if "(-\\d{4})?" in val:
            return path, f"“{inst}” không phải kỳ đánh giá (năm như 2026 hoặc năm học như 2025-2026)."
        if "[0-9a-f]{64}" in val:
            return path, "phải là mã SHA-256 gồm 64 ký tự 0-9, a-f."
        return path, f"“{inst}” không đúng dạng (chỉ chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới)."
    if v == "minLength":
        return path, "không được để trống."
    if v == "maxLength":
        return path, f"quá dài (tối đa {val} ký tự)."
    if v == "minItems":
        return path, f"phải có ít nhất {val} mục."
    if v in ("minimum", "exclusiveMinimum"):
        return (
            path,
            f"phải {'lớn hơn' if v == 'exclusiveMinimum' else 'từ'} {val} trở lên."
            if v == "minimum"
            else f"phải lớn hơn {val}.",
        )
    if v == "maximum":
        return path, f"không được lớn hơn {val}."
    if v == "anyOf":
        best = None
        for sub in err.context or ():
            if best is None or len(sub.absolute_path) > len(best.absolute_path):
                best = sub
        if best is not None:
            return _schema_message(best)
        return path, "giá trị không hợp lệ."
    return path, f"không hợp lệ ({v})."


_FAST_VALIDATOR = None


def _const_as_enum(node):
    """``const: x`` written ``enum: [x]`` (the same rule; fastjsonschema 2.22 cannot generate
    ``const`` without detailed exceptions)."""
    if isinstance(node, dict):
        out = {k: _const_as_enum(v) for k, v in node.items() if k != "const"}
        if "const" in node:
            out["enum"] = [node["const"]]
        return out
    if isinstance(node, list):
        return [_const_as_enum(x) for x in node]
    return node


def _fast_valid(doc: Any) -> bool:
    """True when a compiled fastjsonschema check (≈ 10× faster than jsonschema, which took a
    third of importing a Đoàn cơ sở's 15.000 members) accepts ``doc``. The schema uses only
    keywords that mean the same in drafts 7 and 2020-12 and no ``$ref`` beside other keywords;
    a document it refuses is checked again by jsonschema, which gives the messages."""
    global _FAST_VALIDATOR
    if _FAST_VALIDATOR is None:
        try:
            import fastjsonschema
        except ImportError:  # pragma: no cover - optional speed-up
            _FAST_VALIDATOR = False
        else:
            sch = schema()
            sch.pop("$schema", None)
            sch.pop("$id", None)
            # Inlined like jsonschema's: fastjsonschema calls a function per ``$ref`` and builds
            # its path with ``str.format(**locals())`` each time, a quarter of a million times
            # for the participants of a Đoàn cơ sở's year. Without the details of its exceptions
            # (jsonschema gives the messages) the code is a third as long to compile. Checking a
            # Đoàn cơ sở's year: 0.3 s compile + 2.6 s → 0.15 s + 0.55 s.
            _FAST_VALIDATOR = fastjsonschema.compile(_inlined(_const_as_enum(sch)), detailed_exceptions=False)
    if _FAST_VALIDATOR is False:
        return False
    try:
        _FAST_VALIDATOR(doc)
        return True
    except Exception:  # noqa: BLE001 - JsonSchemaException or anything odd: ask jsonschema
        return False


def schema_problems(doc: Any) -> list[Problem]:
    if _fast_valid(doc):
        return []
    errors = sorted(_validator().iter_errors(doc), key=lambda e: (list(map(str, e.absolute_path)), e.validator))
    out, seen = [], set()
    for e in errors:
        p, msg = _schema_message(e)
        if (p, msg) not in seen:
            seen.add((p, msg))
            out.append(Problem(p, msg))
    return out


# ============================================================================= import: checking (shared)


class _Checker:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.today = ctx.today()
        self.problems: list[Problem] = []
        self.unit: Unit | None = None  # the unit whose records are being checked
        self._labels: dict[tuple, str] = {}
        self._catalogs: dict | None = None

    @property
    def catalogs(self) -> dict:
        """The catalogs in force, asked for once per file (each question looks at the database)."""
        if self._catalogs is None:
            self._catalogs = self.ctx.catalogs
        return self._catalogs

    def add(self, path: str, msg: str) -> None:
        self.problems.append(Problem(path, msg))

    def date(self, value, path: str) -> date | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            self.add(path, f"ngày “{value}” không có thật.")
            return None

    def period(self, value, path: str) -> str | None:
        """The label the evaluation reads for the unit being checked: a school branch's "2026"
        is filed as the school year 2026-2027, exactly as ``judge --period 2026`` reads it."""
        key = (str(value), None if self.unit is None else (self.unit.is_school, self.unit.code))
        label = self._labels.get(key)  # a year of records names a few periods thousands of times
        if label is not None:
            return label
        try:
            if self.unit is None:
                label = Period.parse(str(value)).label
            else:
                label = unit_period(str(value), school=self.unit.is_school, unit_code=self.unit.code).label
        except DomainError as exc:
            self.add(path, str(exc))
            return None
        self._labels[key] = label
        return label


def _ref(v) -> str:
    return str(v)


@dataclass
class _Plan:
    """The document turned into rows to write, per unit, in document order."""

    units: list[dict] = field(default_factory=list)  # {unit: Unit, record: {...}, path: str}
    member_refs: dict[str, tuple[int, int]] = field(default_factory=dict)  # ref -> (unit index, member index)
    recognised: set = field(default_factory=set)  # (member ref, period) already recognised in the file


def _p(prefix: str, rest: str) -> str:
    prefix = prefix.rstrip(".")
    return f"{prefix}.{rest}" if prefix else rest
