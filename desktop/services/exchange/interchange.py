"""Data interchange (issue 5 item 6): the whole record of a unit as ONE JSON document.

    export_document(ctx, unit_code=None) -> dict      `sothidua data export --out FILE.json`
    import_document(ctx, doc) -> ImportResult          `sothidua data import FILE.json`

The document is described by resources/schemas/unit-data.schema.json (draft 2020-12) and in
docs/formats/du-lieu-trao-doi.md. Members are referenced by a file-local id ("m1"); the other records reference members,
never database ids, so a file can be written by hand.

Import checks, in this order, and reports EVERY problem with its path (``members[12].date_of_birth``)
and a Vietnamese message: the JSON Schema; then the rules of each area (the same checks as the
screens: member fields, membership history, log kinds, volunteer days, periods, catalogs);
then it writes everything in one transaction — all or nothing:

* into an empty data folder: the file's unit becomes this installation's own unit (a unit
  moving to a new PC), with the units below it;
* into a Đoàn cơ sở (or higher) whose code is the file's ``parent_code`` (or a unit below it):
  the branch is added, or its data replaced;
* into the installation whose own unit is the file's unit: its data is replaced.

A unit in the file replaces ALL of that unit's records (members, logs, volunteer activities,
step-3 records, settings); units not in the file are never touched. References from other
units' records to a replaced member (a Đoàn cơ sở activity crediting a branch member) are kept
by matching the member again (card number, else name + date of birth). Importing a file whose
content is already stored changes nothing (not even the audit trail).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from db import audit
from db.repo import interchange as repo
from db.repo import units as units_repo
from desktop.domain import bounded_json
from desktop.domain import recognition as rec_rules
from desktop.domain.errors import DomainError
from desktop.domain.logs import LOG_KINDS, LogEntry
from desktop.domain.identity import same_people
from desktop.domain.members import (
    Member,
    MembershipEvent,
    is_active_on,
    check_new_event,
    member_problems,
    normalise_id_number,
    normalise_phone,
)
from desktop.domain.periods import Period, unit_period
from desktop.domain.settings import UNIT_SETTINGS, validate_setting
from desktop.domain.units import Unit, UnitKind
from desktop.domain.volunteer import Activity, to_half_days
from desktop.paths import schemas_dir
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.membership import bulk_objects, same_people_touching

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


def _ticks_as_facts(s, ctx: AppContext, plan: "_Plan", members: list[Member]) -> None:
    """The CD-3.3 … CD-3.5 ticks of members brought in: facts of the period running today. The
    period of a unit depends on its kind and settings only, just written from the file: it is
    read once for each kind of unit and set of settings (a Đoàn cơ sở's 300 branches: a few)."""
    from desktop.services.membership import record_period_facts
    from desktop.services.units import period_in

    if not members:
        return
    today, labels, seen = ctx.today(), {}, {}
    for e in plan.units:
        u = e["unit"]
        key = (u.kind, u.is_school, json.dumps(e["rows"]["settings"], sort_keys=True, default=str))
        if key not in seen:
            seen[key] = period_in(s, u.code, None, today).label
        labels[u.code] = seen[key]
    record_period_facts(s, ctx, members, labels)


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


# ============================================================================= export


def _d(v: date | None) -> str | None:
    return v.isoformat() if v is not None else None


def _put(out: dict, key: str, value) -> None:
    """Optional fields are written only when they carry something (a hand-written file may omit them)."""
    if value is None or value is False or value == "" or value == [] or value == {}:
        return
    out[key] = value


def _num(x: float):
    return int(x) if float(x).is_integer() else float(x)


class _Refs:
    def __init__(self):
        self.member: dict[int, str] = {}
        self.log: dict[int, str] = {}
        self.activity: dict[int, str] = {}

    def add(self, table: dict, prefix: str, db_id: int) -> str:
        ref = f"{prefix}{len(table) + 1}"
        table[db_id] = ref
        return ref


def _collect(s, code: str, out: list) -> None:
    """The unit and, depth first, the units below it (a Đoàn cơ sở and its branches), each
    with its records (read for all of them at once)."""
    rows = repo.subtree_rows(s, code)
    out.extend(zip(rows, repo.read_units(s, [(u["id"], u["code"]) for u in rows])))


def export_in_session(s, unit_code: str) -> dict:
    units: list = []
    _collect(s, unit_code, units)
    if not units:
        raise DomainError(f"Không có đơn vị “{unit_code}” trong dữ liệu của máy này.", field="unit")
    refs = _Refs()
    for _u, data in units:  # member refs first: records may point at members of another unit
        for m in data["members"]:
            refs.add(refs.member, "m", m["id"])
    for _u, data in units:
        for lg in data["logs"]:
            refs.add(refs.log, "l", lg["id"])
        for a in data["volunteer_activities"]:
            refs.add(refs.activity, "v", a["id"])
    records = [_render_unit(u, data, refs) for u, data in units]
    by_code = {r["unit"]["code"]: r for r in records}
    for r in records[1:]:
        by_code[r["unit"]["parent_code"]].setdefault("branches", []).append(r)
    root = records[0]
    return {"format": FORMAT, "version": VERSION, **root}


def _mref(refs: _Refs, ids) -> list[str]:
    out = list(map(refs.member.get, ids))
    return [r for r in out if r is not None] if None in out else out


def _render_unit(u: dict, data: dict, refs: _Refs) -> dict:
    unit = {"code": u["code"], "name": u["name"], "kind": u["kind"]}
    _put(unit, "branch_type", u["branch_type"])
    _put(unit, "grade", u["grade"])
    _put(unit, "all_party_members", u["all_party_members"])
    _put(unit, "parent_code", u["parent_code"])
    rec: dict = {"unit": unit}
    _put(rec, "settings", dict(data["settings"]))

    members = []
    for m in data["members"]:
        d = {"id": refs.member[m["id"]], "full_name": m["full_name"]}
        for f in repo.MEMBER_FIELDS[1:]:
            v = m[f]
            _put(d, f, _d(v) if isinstance(v, date) else v)
        _put(d, "erased", m["erased"])
        d["history"] = [
            {"kind": e["kind"], "date": _d(e["on_date"]), **({"note": e["note"]} if e["note"] else {})}
            for e in m["history"]
        ]
        members.append(d)
    _put(rec, "members", members)
    _put(
        rec,
        "member_groups",
        [
            {"name": g["name"], **({"members": _mref(refs, g["members"])} if g["members"] else {})}
            for g in data["member_groups"]
        ],
    )
    regs = []
    for r in data["registrations"]:
        d = {"campaign": r["campaign"], "period": r["period_label"], "version": r["version"], "status": r["status"]}
        for k in ("deadline", "submitted_on"):
            _put(d, k, _d(r[k]))
        for k in ("submitted_by", "late", "note", "created_by"):
            _put(d, k, r[k])
        items = []
        for it in r["items"]:
            i = {"criterion": it["criterion_id"]}
            _put(i, "planned_activities", it["planned_activities"])
            _put(i, "target_date", _d(it["target_date"]))
            _put(i, "responsible", it["responsible"])
            items.append(i)
        _put(d, "items", items)
        _put(d, "members", _mref(refs, r["members"]))
        regs.append(d)
    _put(rec, "registrations", regs)

    logs = []
    for lg in data["logs"]:
        d = {"id": refs.log[lg["id"]], "kind": lg["kind"], "date": _d(lg["on_date"]), "title": lg["title"]}
        for k in ("description", "category", "channel", "ref_no", "counterpart", "link"):
            _put(d, k, lg[k])
        if lg["member_id"] is not None and lg["member_id"] in refs.member:
            d["member"] = refs.member[lg["member_id"]]
        _put(d, "received_on", _d(lg["received_on"]))
        _put(d, "participants", _mref(refs, lg["participants"]))
        _put(d, "created_by", lg["created_by"])
        logs.append(d)
    _put(rec, "logs", logs)
    _put(
        rec,
        "judgements",
        [
            {
                "campaign": j["campaign"],
                "period": j["period_label"],
                "criterion": j["criterion_id"],
                "verdict": j["verdict"],
                "author": j["author"],
                "date": _d(j["judged_on"]),
                **({"note": j["note"]} if j["note"] else {}),
                **({"created_by": j["created_by"]} if j["created_by"] else {}),
            }
            for j in data["judgements"]
        ],
    )
    acts = []
    for a in data["volunteer_activities"]:
        d = {"id": refs.activity[a["id"]], "name": a["name"], "kind": a["kind"]}
        _put(d, "focus", a["focus"])
        _put(d, "place", a["place"])
        if a["level"] and a["level"] != "chi-doan":
            d["level"] = a["level"]
        d["dates"] = [_d(x) for x in a["dates"]]
        d["days"] = _num(a["half_days"] / 2)
        _put(d, "guests", a["guests"] or None)
        _put(d, "confirmed_by", a["confirmed_by"])
        _put(d, "notes", a["notes"])
        d["participants"] = _mref(refs, a["participants"])
        _put(d, "overlap_confirmed", _mref(refs, a["overlap_confirmed"]))
        _put(d, "deleted", a["deleted"])
        _put(d, "delete_reason", a["delete_reason"])
        _put(d, "created_by", a["created_by"])
        acts.append(d)
    _put(rec, "volunteer_activities", acts)

    assess = []
    for a in data["member_assessments"]:
        if a["member_id"] not in refs.member:
            continue
        d = {
            "member": refs.member[a["member_id"]],
            "period": a["period_label"],
            "catalog": a["catalog_id"],
            "catalog_version": a["catalog_version"],
        }
        _put(d, "assessed_on", _d(a["assessed_on"]))
        if a["training_score"] is not None:
            d["training_score"] = _num(a["training_score"])
        _put(d, "note", a["note"])
        d["groups"] = {
            g: {"result": it["result"], **({"evidence": it["evidence"]} if it["evidence"] else {})}
            for g, it in a["groups"].items()
        }
        assess.append(d)
    _put(rec, "member_assessments", assess)
    _put(
        rec,
        "member_votes",
        [
            {
                "member": refs.member[v["member_id"]],
                "period": v["period_label"],
                "meeting_date": _d(v["meeting_date"]),
                "for": v["votes_for"],
                "against": v["votes_against"],
                "absent": v["votes_absent"],
                **({"note": v["note"]} if v["note"] else {}),
            }
            for v in data["member_votes"]
            if v["member_id"] in refs.member
        ],
    )
    props = []
    for p in data["proposals"]:
        d = {"campaign": p["campaign"], "period": p["period_label"]}
        _put(d, "self_assessment", p["self_assessment"])
        d["proposes_recognition"] = p["proposes_recognition"]
        d["status"] = p["status"]
        _put(d, "submitted_on", _d(p["submitted_on"]))
        _put(d, "document_number", p["document_number"])
        crit = {}
        for cid, it in p["items"].items():
            c = {"claim": it["claim"]}
            for k in ("comment", "evaluated_status", "evaluated_value", "explanation"):
                _put(c, k, it[k])
            crit[cid] = c
        _put(d, "criteria", crit)
        _put(d, "members", _mref(refs, p["members"]))
        props.append(d)
    _put(rec, "proposals", props)
    apps = []
    for a in data["appraisals"]:
        d = {
            "campaign": a["campaign"],
            "period": a["period_label"],
            "criterion": a["criterion_id"],
            "agree": a["agree"],
        }
        _put(d, "comment", a["comment"])
        _put(d, "appraised_by", a["appraised_by"])
        _put(d, "appraised_on", _d(a["appraised_on"]))
        apps.append(d)
    _put(rec, "appraisals", apps)

    def recog(r: dict) -> dict:
        d = {"period": r["period_label"]}
        _put(d, "decision_number", r["decision_number"])
        _put(d, "decision_date", _d(r["decision_date"]))
        _put(d, "issuer_code", r["issuer_code"])
        _put(d, "issuer_name", r["issuer_name"])
        return d

    _put(rec, "branch_recognitions", [{"campaign": r["campaign"], **recog(r)} for r in data["branch_recognitions"]])
    _put(
        rec,
        "member_recognitions",
        [
            {"member": refs.member[r["member_id"]], **recog(r)}
            for r in data["member_recognitions"]
            if r["member_id"] in refs.member
        ],
    )
    docs = []
    for d0 in data["documents"]:
        d = {
            "year": d0["year"],
            "type_code": d0["type_code"],
            "number": d0["number"],
            "kind": d0["kind"],
            "period": d0["period_label"],
        }
        _put(d, "subject", d0["subject_code"])
        d["issued_on"] = _d(d0["issued_on"])
        for k in ("title", "created_by"):
            _put(d, k, d0[k])
        _put(d, "print_count", d0["print_count"] or None)
        docs.append(d)
    _put(rec, "documents", docs)
    _put(rec, "document_counters", [dict(c) for c in data["document_counters"]])
    atts = []
    for a in data["attachments"]:
        owner = OWNER_NAMES.get(a["owner_kind"])
        table = {"member": refs.member, "log": refs.log, "volunteer_activity": refs.activity}.get(owner)
        if table is None or a["owner_id"] not in table:
            continue
        d = {
            "owner": owner,
            "ref": table[a["owner_id"]],
            "sha256": a["sha256"],
            "name": a["original_name"],
            "size": a["size"],
        }
        _put(d, "added_by", a["added_by"])
        atts.append(d)
    _put(rec, "attachments", atts)
    return rec


def export_document(ctx: AppContext, unit_code: str | None = None) -> dict:
    """The whole record of ``unit_code`` (default: this installation's unit) and the units below it."""
    with bulk_objects(), ctx.uow.read() as s:  # no collector passes over the rows read (a third of the time)
        if unit_code is None:
            me = units_repo.get_self(s)
            if me is None:
                raise DomainError("Máy này chưa có hồ sơ đơn vị: không có gì để xuất.", field="unit")
            unit_code = me.code
        return export_in_session(s, unit_code)


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_file(doc: dict, path: str | Path) -> Path:
    """Write the document next to its final name, then rename (a crash never leaves half a file)."""
    import os

    p = Path(path)
    tmp = p.with_name(p.name + ".part")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps(doc))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, p)
    return p


# ============================================================================= import: checking


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


def _walk(doc: dict, ck: _Checker, plan: _Plan, path: str, parent: str | None) -> None:
    u = doc["unit"]
    upath = f"{path}unit" if not path else f"{path}.unit"
    if parent is not None and u.get("parent_code") not in (None, parent):
        ck.add(f"{upath}.parent_code", f"đơn vị nằm trong “branches” của “{parent}” nên cấp trên phải là “{parent}”.")
    try:
        unit = Unit(
            code=u["code"],
            name=u["name"],
            kind=UnitKind(u["kind"]),
            branch_type=u.get("branch_type"),
            grade=u.get("grade"),
            all_party_members=bool(u.get("all_party_members")),
            parent_code=u.get("parent_code") if u.get("parent_code") is not None else parent,
        ).validated()
    except DomainError as exc:
        ck.add(f"{upath}.{exc.field or 'code'}", str(exc))
        unit = None
    plan.units.append({"unit": unit, "doc": doc, "path": path})
    for i, child in enumerate(doc.get("branches", [])):
        _walk(child, ck, plan, f"{path}branches[{i}]." if not path else f"{path}.branches[{i}].", u.get("code"))


def _p(prefix: str, rest: str) -> str:
    prefix = prefix.rstrip(".")
    return f"{prefix}.{rest}" if prefix else rest


def check_document(ctx: AppContext, doc: Any) -> _Plan:
    """Schema, then the rules of every area. Raises InvalidDocument with every problem."""
    if not isinstance(doc, dict):
        raise InvalidDocument([Problem("", "Tệp phải chứa một đối tượng JSON { … }.")])
    problems = schema_problems(doc)
    if problems:
        raise InvalidDocument(problems)
    ck = _Checker(ctx)
    plan = _Plan()
    _walk(doc, ck, plan, "", None)
    codes = [e["doc"]["unit"]["code"] for e in plan.units]
    for i, c in enumerate(codes):
        if c in codes[:i]:
            ck.add(_p(plan.units[i]["path"], "unit.code"), f"mã đơn vị “{c}” xuất hiện hai lần trong tệp.")
    # Member refs first (any record may point at a member of another unit of the file).
    for ui, e in enumerate(plan.units):
        for mi, m in enumerate(e["doc"].get("members", [])):
            ref = _ref(m["id"])
            if ref in plan.member_refs:
                ck.add(_p(e["path"], f"members[{mi}].id"), f"mã đoàn viên “{ref}” bị trùng trong tệp.")
            else:
                plan.member_refs[ref] = (ui, mi)
    log_refs: dict[str, tuple[int, int]] = {}
    act_refs: dict[str, tuple[int, int]] = {}
    for ui, e in enumerate(plan.units):
        for key, table in (("logs", log_refs), ("volunteer_activities", act_refs)):
            for i, r in enumerate(e["doc"].get(key, [])):
                if "id" in r:
                    ref = _ref(r["id"])
                    if ref in table:
                        ck.add(_p(e["path"], f"{key}[{i}].id"), f"mã “{ref}” bị trùng trong tệp.")
                    table[ref] = (ui, i)
    for ui, e in enumerate(plan.units):
        _check_unit(ck, plan, ui, e, log_refs, act_refs)
    if ck.problems:
        raise InvalidDocument(ck.problems)
    return plan


def _check_unit(ck: _Checker, plan: _Plan, ui: int, e: dict, log_refs: dict, act_refs: dict) -> None:
    d, base = e["doc"], e["path"]
    ck.unit = e["unit"]
    rows: dict = {}
    e["rows"] = rows

    def P(rest: str) -> str:
        return _p(base, rest)

    def member(ref, path: str, *, own: bool = False) -> int | None:
        """Resolve a member ref to (unit index, member index) -> a global index."""
        hit = plan.member_refs.get(_ref(ref))
        if hit is None:
            ck.add(path, f"không có đoàn viên mã “{ref}” trong tệp (xem trường id của members).")
            return None
        if own and hit[0] != ui:
            ck.add(path, f"đoàn viên “{ref}” không thuộc đơn vị “{d['unit']['code']}”.")
            return None
        return hit

    def member_list(refs: list, path: str) -> list:
        """``member`` of each ref of a list (the path of a ref is built only for a problem)."""
        hits = list(map(plan.member_refs.get, map(_ref, refs)))
        if None in hits:
            hits = [member(r, f"{path}[{j}]") for j, r in enumerate(refs)]
        return hits

    settings = {}
    for k, v in (d.get("settings") or {}).items():
        if k not in UNIT_SETTINGS:
            ck.add(P(f"settings.{k}"), f"không có cài đặt “{k}” (xem: sothidua unit settings).")
            continue
        try:
            settings[k] = validate_setting(k, v)
        except DomainError as exc:
            ck.add(P(f"settings.{k}"), str(exc))
    rows["settings"] = settings

    members = []
    for i, m in enumerate(d.get("members", [])):
        mp = P(f"members[{i}]")
        dates = {
            f: ck.date(m.get(f), f"{mp}.{f}")
            for f in ("date_of_birth", "union_join_date", "party_join_date", "training_registered_on")
        }
        member_obj = Member(
            id=None,
            unit_code=d["unit"]["code"],
            full_name=m["full_name"],
            date_of_birth=dates["date_of_birth"],
            dob_year_only=bool(m.get("dob_year_only")),
            gender=m.get("gender"),
            phone=m.get("phone"),
            id_number=m.get("id_number"),
            union_join_date=dates["union_join_date"],
            union_card_no=m.get("union_card_no"),
            is_party_member=bool(m.get("is_party_member")),
            party_join_date=dates["party_join_date"],
            residence=m.get("residence"),
            training_registered_on=dates["training_registered_on"],
            ebook_issued=bool(m.get("ebook_issued")),
            ecard_issued=bool(m.get("ecard_issued")),
            residence_activity=bool(m.get("residence_activity")),
            notes=m.get("notes"),
            training_registered=bool(m.get("training_registered")),
        )
        member_obj = member_obj.normalised()
        # Phone numbers and CCCD are written as people write them ("0912 345 678"): normalised.
        for f, norm in (("phone", normalise_phone), ("id_number", normalise_id_number)):
            v = getattr(member_obj, f)
            if v:
                try:
                    member_obj = replace(member_obj, **{f: norm(v)})
                except DomainError:
                    pass  # member_problems reports it with its message
        for f, msg in member_problems(member_obj, LENIENT_TODAY).items():
            ck.add(f"{mp}.{f}", msg)
        history: list[MembershipEvent] = []
        for j, ev in enumerate(m["history"]):
            on = ck.date(ev["date"], f"{mp}.history[{j}].date")
            if on is None:
                continue
            try:
                check_new_event(history, ev["kind"], on, LENIENT_TODAY, member_obj.date_of_birth)
            except DomainError as exc:
                ck.add(f"{mp}.history[{j}].{_HISTORY_FIELDS.get(exc.field, 'date')}", str(exc))
            history.append(MembershipEvent(ev["kind"], on, ev.get("note")))
        row = {f: getattr(member_obj, f) for f in repo.MEMBER_FIELDS}
        row["erased"] = bool(m.get("erased"))
        row["history"] = [{"kind": h.kind, "on_date": h.on_date, "note": h.note} for h in history]
        members.append(row)
    rows["members"] = members

    rows["member_groups"] = []
    seen_groups = set()
    for i, g in enumerate(d.get("member_groups", [])):
        name = " ".join(g["name"].split())
        if name.lower() in seen_groups:
            ck.add(P(f"member_groups[{i}].name"), f"nhóm “{name}” bị trùng.")
        seen_groups.add(name.lower())
        ms = member_list(g.get("members", []), P(f"member_groups[{i}].members"))
        rows["member_groups"].append({"name": name, "members": ms})

    rows["registrations"] = []
    seen = set()
    for i, r in enumerate(d.get("registrations", [])):
        rp = P(f"registrations[{i}]")
        campaign = r.get("campaign", DEFAULT_CAMPAIGN)
        cat = ck.catalogs.get(campaign)
        if cat is None:
            ck.add(f"{rp}.campaign", f"không có bộ tiêu chí “{campaign}”.")
        label = ck.period(r["period"], f"{rp}.period")
        version = r.get("version", 1)
        if (campaign, label, version) in seen:
            ck.add(f"{rp}.version", f"đăng ký {campaign} kỳ {label} phiên bản {version} bị trùng.")
        seen.add((campaign, label, version))
        items = []
        for j, it in enumerate(r.get("items", [])):
            if cat is not None and it["criterion"] not in {c.id for c in cat.criteria}:
                ck.add(f"{rp}.items[{j}].criterion", f"không có tiêu chí “{it['criterion']}” trong {campaign}.")
            items.append(
                {
                    "criterion_id": it["criterion"],
                    "planned_activities": it.get("planned_activities", ""),
                    "target_date": ck.date(it.get("target_date"), f"{rp}.items[{j}].target_date"),
                    "responsible": it.get("responsible", ""),
                }
            )
        ms = member_list(r.get("members", []), f"{rp}.members")
        rows["registrations"].append(
            {
                "campaign": campaign,
                "period_label": label,
                "version": version,
                "status": r.get("status", "draft"),
                "deadline": ck.date(r.get("deadline"), f"{rp}.deadline"),
                "submitted_on": ck.date(r.get("submitted_on"), f"{rp}.submitted_on"),
                "submitted_by": r.get("submitted_by"),
                "late": bool(r.get("late")),
                "note": r.get("note"),
                "created_by": r.get("created_by", ""),
                "items": items,
                "members": ms,
            }
        )

    rows["logs"] = []
    for i, lg in enumerate(d.get("logs", [])):
        lp = P(f"logs[{i}]")
        on = ck.date(lg["date"], f"{lp}.date")
        mem = member(lg["member"], f"{lp}.member") if lg.get("member") is not None else None
        parts = member_list(lg.get("participants", []), f"{lp}.participants")
        spec = LOG_KINDS[lg["kind"]]
        if parts and not spec.uses_participants:
            ck.add(f"{lp}.participants", f"sổ “{spec.title_vi}” không ghi danh sách người tham gia.")
        if mem is not None and not spec.uses_member:
            ck.add(f"{lp}.member", f"sổ “{spec.title_vi}” không gắn với một đoàn viên.")
        entry = None
        if on is not None:
            try:
                entry = LogEntry(
                    id=None,
                    unit_code=d["unit"]["code"],
                    kind=lg["kind"],
                    on_date=on,
                    title=lg["title"],
                    description=lg.get("description"),
                    category=lg.get("category"),
                    channel=lg.get("channel"),
                    member_id=0 if lg.get("member") is not None else None,
                    ref_no=lg.get("ref_no"),
                    counterpart=lg.get("counterpart"),
                    received_on=ck.date(lg.get("received_on"), f"{lp}.received_on"),
                    link=lg.get("link"),
                ).validated()
            except DomainError as exc:
                ck.add(f"{lp}.{_LOG_FIELDS.get(exc.field, exc.field or 'kind')}", str(exc))
        if entry is not None and entry.channel is None and lg.get("channel"):
            ck.add(f"{lp}.channel", f"sổ “{spec.title_vi}” không ghi kênh thông tin.")
        if entry is not None and entry.counterpart is None and lg.get("counterpart"):
            ck.add(f"{lp}.counterpart", f"sổ “{spec.title_vi}” không có trường này.")
        if entry is not None and entry.ref_no is None and lg.get("ref_no"):
            ck.add(f"{lp}.ref_no", f"sổ “{spec.title_vi}” không ghi số văn bản.")
        if entry is not None and entry.link is None and lg.get("link"):
            ck.add(f"{lp}.link", f"sổ “{spec.title_vi}” không ghi đường liên kết.")
        if entry is not None and entry.received_on is None and lg.get("received_on"):
            ck.add(f"{lp}.received_on", f"sổ “{spec.title_vi}” không có ngày nhận.")
        rows["logs"].append(
            {
                "kind": lg["kind"],
                "on_date": on,
                "title": entry.title if entry else lg["title"],
                "description": entry.description if entry else None,
                "category": entry.category if entry else None,
                "channel": entry.channel if entry else None,
                "member_id": mem,
                "ref_no": entry.ref_no if entry else None,
                "counterpart": entry.counterpart if entry else None,
                "received_on": entry.received_on if entry else None,
                "link": entry.link if entry else None,
                "participants": parts,
                "created_by": lg.get("created_by", ""),
            }
        )

    rows["judgements"] = []
    for i, j in enumerate(d.get("judgements", [])):
        jp = P(f"judgements[{i}]")
        campaign = j.get("campaign", DEFAULT_CAMPAIGN)
        cat = ck.catalogs.get(campaign)
        if cat is None:
            ck.add(f"{jp}.campaign", f"không có bộ tiêu chí “{campaign}”.")
        elif j["criterion"] not in {c.id for c in cat.criteria}:
            ck.add(f"{jp}.criterion", f"không có tiêu chí “{j['criterion']}” trong {campaign}.")
        elif cat.criterion(j["criterion"]).measure != "qualitative":
            ck.add(
                f"{jp}.criterion",
                f"tiêu chí {j['criterion']} được tính từ sổ theo dõi, không ghi đánh giá "
                "định tính (chỉ các tiêu chí định tính như CD-1.3, CD-3.1).",
            )
        rows["judgements"].append(
            {
                "campaign": campaign,
                "period_label": ck.period(j["period"], f"{jp}.period"),
                "criterion_id": j["criterion"],
                "verdict": j["verdict"],
                "author": " ".join(j["author"].split()),
                "judged_on": ck.date(j["date"], f"{jp}.date"),
                "note": j.get("note"),
                "created_by": j.get("created_by", ""),
            }
        )

    rows["volunteer_activities"] = []
    for i, a in enumerate(d.get("volunteer_activities", [])):
        ap = P(f"volunteer_activities[{i}]")
        dates = [ck.date(x, f"{ap}.dates[{j}]") for j, x in enumerate(a["dates"])]
        parts = member_list(a["participants"], f"{ap}.participants")
        confirmed = member_list(a.get("overlap_confirmed", []), f"{ap}.overlap_confirmed")
        act = None
        if all(x is not None for x in dates) and all(x is not None for x in parts):
            index = {p: n for n, p in enumerate(dict.fromkeys(parts))}
            try:
                act = Activity(
                    id=None,
                    unit_code=d["unit"]["code"],
                    name=a["name"],
                    kind=a["kind"],
                    dates=tuple(dates),
                    days=a["days"],
                    level=a.get("level", "chi-doan"),
                    focus=a.get("focus"),
                    place=a.get("place"),
                    guests=a.get("guests", 0),
                    confirmed_by=a.get("confirmed_by"),
                    notes=a.get("notes"),
                    participant_ids=tuple(index[p] for p in parts),
                    overlap_confirmed_ids=tuple(index[c] for c in confirmed if c in index),
                ).validated()
            except DomainError as exc:
                ck.add(f"{ap}.{exc.field or 'name'}", str(exc))
        rows["volunteer_activities"].append(
            {
                "name": act.name if act else a["name"],
                "kind": a["kind"],
                "focus": act.focus if act else None,
                "place": act.place if act else None,
                "level": a.get("level", "chi-doan"),
                "half_days": to_half_days(act.days) if act else 0,
                "dates": dates,
                "guests": a.get("guests", 0),
                "confirmed_by": act.confirmed_by if act else None,
                "notes": act.notes if act else None,
                "participants": list(dict.fromkeys(parts)),
                "overlap_confirmed": confirmed,
                "deleted": bool(a.get("deleted")),
                "delete_reason": a.get("delete_reason"),
                "created_by": a.get("created_by", ""),
            }
        )

    _check_recognition(ck, plan, ui, e, member, P)

    rows["documents"], seen_no, seen_doc = [], set(), set()
    top: dict[tuple, int] = {}
    for i, doc in enumerate(d.get("documents", [])):
        dp = P(f"documents[{i}]")
        key_no = (doc["year"], doc["type_code"], doc["number"])
        key_doc = (doc["kind"], doc["period"], doc.get("subject", ""), doc["type_code"])
        if key_no in seen_no:
            ck.add(f"{dp}.number", f"số {doc['number']} loại {doc['type_code']} năm {doc['year']} bị cấp hai lần.")
        if key_doc in seen_doc:
            ck.add(dp, "văn bản này (cùng loại báo cáo, kỳ, chi đoàn, loại văn bản) bị ghi hai lần.")
        seen_no.add(key_no)
        seen_doc.add(key_doc)
        top[(doc["year"], doc["type_code"])] = max(top.get((doc["year"], doc["type_code"]), 0), doc["number"])
        rows["documents"].append(
            {
                "year": doc["year"],
                "type_code": doc["type_code"],
                "number": doc["number"],
                "kind": doc["kind"],
                "period_label": doc["period"],
                "subject_code": doc.get("subject", ""),
                "issued_on": ck.date(doc["issued_on"], f"{dp}.issued_on"),
                "title": doc.get("title", ""),
                "created_by": doc.get("created_by", ""),
                "print_count": doc.get("print_count", 0),
            }
        )
    counters = {}
    for i, c in enumerate(d.get("document_counters", [])):
        key = (c["year"], c["type_code"])
        if key in counters:
            ck.add(P(f"document_counters[{i}]"), f"bộ đếm năm {c['year']} loại {c['type_code']} bị ghi hai lần.")
        elif c["last_number"] < top.get(key, 0):
            ck.add(
                P(f"document_counters[{i}].last_number"),
                f"số cuối {c['last_number']} nhỏ hơn số {top[key]} đã cấp trong sổ đăng ký.",
            )
        counters[key] = c["last_number"]
    for key, n in top.items():  # a register without its counter: numbers given are never given again
        counters.setdefault(key, n)
    rows["document_counters"] = [{"year": y, "type_code": t, "last_number": n} for (y, t), n in counters.items()]

    rows["attachments"] = []
    tables = {"member": plan.member_refs, "log": log_refs, "volunteer_activity": act_refs}
    for i, a in enumerate(d.get("attachments", [])):
        hit = tables[a["owner"]].get(_ref(a["ref"]))
        if hit is None or hit[0] != ui:
            ck.add(P(f"attachments[{i}].ref"), f"không có {a['owner']} mã “{a['ref']}” trong đơn vị này.")
            continue
        rows["attachments"].append(
            {
                "owner": a["owner"],
                "target": hit,
                "sha256": a["sha256"],
                "original_name": a["name"],
                "size": a["size"],
                "added_by": a.get("added_by", ""),
            }
        )


def _check_recognition(ck: _Checker, plan: _Plan, ui: int, e: dict, member, P) -> None:
    d, rows, unit = e["doc"], e["rows"], e["unit"]
    own = {"own": True}

    def once(seen: set, key, path: str, what: str) -> None:
        if key in seen:
            ck.add(path, f"{what} bị trùng.")
        seen.add(key)

    rows["member_assessments"], seen = [], set()
    for i, a in enumerate(d.get("member_assessments", [])):
        ap = P(f"member_assessments[{i}]")
        mem = member(a["member"], f"{ap}.member", **own)
        label = ck.period(a["period"], f"{ap}.period")
        once(seen, (_ref(a["member"]), label), ap, f"tự đánh giá của “{a['member']}” kỳ {label}")
        settings = rows["settings"]
        cid = a.get("catalog") or rec_rules.member_catalog_id(unit, settings.get("member_criteria", "auto"))
        cat = ck.catalogs.get(cid)
        if cat is None or cid not in rec_rules.MEMBER_CATALOGS:
            ck.add(
                f"{ap}.catalog",
                f"“{cid}” không phải bộ tiêu chí Đoàn viên XHCN ({', '.join(rec_rules.MEMBER_CATALOGS)}).",
            )
        else:
            known = {g.id for g in rec_rules.quality_groups(cat)}
            for gid in a["groups"]:
                if gid not in known:
                    ck.add(
                        f"{ap}.groups.{gid}",
                        f"không có nhóm “{gid}” trong bộ tiêu chí “{cat.title_vi}” ({', '.join(sorted(known))}).",
                    )
        rows["member_assessments"].append(
            {
                "member_id": mem,
                "period_label": label,
                "catalog_id": cid,
                "catalog_version": a.get("catalog_version", cat.version if cat else 1),
                "assessed_on": ck.date(a.get("assessed_on"), f"{ap}.assessed_on"),
                "training_score": a.get("training_score"),
                "note": a.get("note"),
                "groups": {
                    g: {"result": it["result"], "evidence": " ".join(it.get("evidence", "").split())}
                    for g, it in a["groups"].items()
                },
            }
        )

    rows["member_votes"], seen = [], set()
    for i, v in enumerate(d.get("member_votes", [])):
        vp = P(f"member_votes[{i}]")
        mem = member(v["member"], f"{vp}.member", **own)
        label = ck.period(v["period"], f"{vp}.period")
        once(seen, (_ref(v["member"]), label), vp, f"biểu quyết về “{v['member']}” kỳ {label}")
        if v["for"] + v["against"] + v["absent"] == 0:
            ck.add(vp, "biểu quyết phải có ít nhất một đoàn viên.")
        rows["member_votes"].append(
            {
                "member_id": mem,
                "period_label": label,
                "meeting_date": ck.date(v["meeting_date"], f"{vp}.meeting_date"),
                "votes_for": v["for"],
                "votes_against": v["against"],
                "votes_absent": v["absent"],
                "note": v.get("note"),
            }
        )

    branch_cat = ck.catalogs.get(DEFAULT_CAMPAIGN)
    branch_ids = {c.id for c in branch_cat.criteria} if branch_cat else set()

    def campaign_of(x: dict, path: str) -> str:
        c = x.get("campaign", DEFAULT_CAMPAIGN)
        if c != DEFAULT_CAMPAIGN:
            ck.add(f"{path}.campaign", f"chỉ hỗ trợ “{DEFAULT_CAMPAIGN}”.")
        return c

    rows["proposals"], seen = [], set()
    for i, p in enumerate(d.get("proposals", [])):
        pp = P(f"proposals[{i}]")
        campaign = campaign_of(p, pp)
        label = ck.period(p["period"], f"{pp}.period")
        once(seen, (campaign, label), pp, f"hồ sơ đề nghị kỳ {label}")
        for cid in p.get("criteria", {}):
            if cid not in branch_ids:
                ck.add(f"{pp}.criteria.{cid}", f"không có tiêu chí “{cid}” trong {campaign}.")
        ms = [member(x, f"{pp}.members[{j}]", **own) for j, x in enumerate(p.get("members", []))]
        rows["proposals"].append(
            {
                "campaign": campaign,
                "period_label": label,
                "self_assessment": p.get("self_assessment", ""),
                "proposes_recognition": bool(p.get("proposes_recognition")),
                "status": p.get("status", "draft"),
                "submitted_on": ck.date(p.get("submitted_on"), f"{pp}.submitted_on"),
                "document_number": p.get("document_number", ""),
                "items": {
                    cid: {
                        "claim": it["claim"],
                        "comment": it.get("comment", ""),
                        "evaluated_status": it.get("evaluated_status", ""),
                        "evaluated_value": it.get("evaluated_value", ""),
                        "explanation": it.get("explanation", ""),
                    }
                    for cid, it in p.get("criteria", {}).items()
                },
                "members": ms,
            }
        )

    rows["appraisals"], seen = [], set()
    for i, a in enumerate(d.get("appraisals", [])):
        ap = P(f"appraisals[{i}]")
        campaign = campaign_of(a, ap)
        label = ck.period(a["period"], f"{ap}.period")
        once(seen, (campaign, label, a["criterion"]), ap, f"thẩm định {a['criterion']} kỳ {label}")
        if a["criterion"] not in branch_ids:
            ck.add(f"{ap}.criterion", f"không có tiêu chí “{a['criterion']}” trong {campaign}.")
        rows["appraisals"].append(
            {
                "campaign": campaign,
                "period_label": label,
                "criterion_id": a["criterion"],
                "agree": a["agree"],
                "comment": a.get("comment", ""),
                "appraised_by": a.get("appraised_by", ""),
                "appraised_on": ck.date(a.get("appraised_on"), f"{ap}.appraised_on"),
            }
        )

    def recog(r: dict, rp: str) -> dict:
        return {
            "decision_number": " ".join(r.get("decision_number", "").split()),
            "decision_date": ck.date(r.get("decision_date"), f"{rp}.decision_date"),
            "issuer_code": r.get("issuer_code"),
            "issuer_name": r.get("issuer_name", ""),
        }

    rows["branch_recognitions"], seen = [], set()
    for i, r in enumerate(d.get("branch_recognitions", [])):
        rp = P(f"branch_recognitions[{i}]")
        campaign = campaign_of(r, rp)
        label = ck.period(r["period"], f"{rp}.period")
        once(seen, (campaign, label), rp, f"quyết định công nhận chi đoàn kỳ {label}")
        rows["branch_recognitions"].append({"campaign": campaign, "period_label": label, **recog(r, rp)})

    rows["member_recognitions"] = []
    seen = plan.recognised  # a member is recognised once per period across the whole file
    for i, r in enumerate(d.get("member_recognitions", [])):
        rp = P(f"member_recognitions[{i}]")
        mem = member(r["member"], f"{rp}.member")
        label = ck.period(r["period"], f"{rp}.period")
        once(seen, (_ref(r["member"]), label), rp, f"công nhận đoàn viên “{r['member']}” kỳ {label}")
        rows["member_recognitions"].append({"member_id": mem, "period_label": label, **recog(r, rp)})


def file_same_people(plan: _Plan, today: date) -> list[str]:
    """People active on ``today`` twice in the checked file: twice in one unit, or in two units
    of it (shown by ``data import --check`` before anything is written)."""
    people: list[Member] = []
    names: dict[str, str] = {}
    for e in plan.units:
        if e.get("unit") is None:
            continue
        names[e["unit"].code] = e["unit"].name
        for i, r in enumerate(e.get("rows", {}).get("members", [])):
            events = [MembershipEvent(h["kind"], h["on_date"], h["note"]) for h in r["history"]]
            if r.get("erased") or not is_active_on(events, today):
                continue
            people.append(
                Member(
                    id=i,
                    unit_code=e["unit"].code,
                    full_name=r["full_name"],
                    date_of_birth=r["date_of_birth"],
                    dob_year_only=r["dob_year_only"],
                    union_card_no=r["union_card_no"],
                )
            )
    return [f"Trùng người: {p.text_vi(names)}" for p in same_people(people)]


# ============================================================================= import: writing


@dataclass(frozen=True)
class ImportResult:
    changed: bool
    mode: str  # new_installation | own_unit | branch
    unit_code: str
    units: tuple[str, ...]
    counts: dict
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {
            "ok": True,
            "changed": self.changed,
            "mode": self.mode,
            "unit": self.unit_code,
            "units": list(self.units),
            "counts": self.counts,
            "warnings": list(self.warnings),
        }


class _Unchanged(Exception):
    pass


def _mode(s, root: Unit) -> str:
    me = units_repo.get_self(s)
    if me is None:
        return "new_installation"
    if me.code == root.code:
        return "own_unit"
    if root.parent_code and (root.parent_code == me.code or repo.is_below(s, root.parent_code, me.code)):
        if repo.is_below(s, root.code, me.code) or units_repo.get(s, root.code) is None:
            return "branch"
        raise DomainError(
            f"Mã đơn vị “{root.code}” đã dùng cho một đơn vị khác không trực thuộc “{me.code}”.", field="unit.code"
        )
    raise DomainError(
        f"Tệp là dữ liệu của “{root.code} — {root.name}” (cấp trên: {root.parent_code or 'không ghi'}), "
        f"không thuộc đơn vị của máy này (“{me.code} — {me.name}”). Chỉ nhập được: dữ liệu của chính đơn vị "
        f"này, của chi đoàn trực thuộc, hoặc vào một thư mục dữ liệu trống (chuyển sang máy mới).",
        field="unit.parent_code",
    )


def _counts(plan: _Plan) -> dict:
    return {
        "units": len(plan.units),
        "members": sum(len(e["rows"]["members"]) for e in plan.units),
        "logs": sum(len(e["rows"]["logs"]) for e in plan.units),
        "volunteer_activities": sum(len(e["rows"]["volunteer_activities"]) for e in plan.units),
    }


@dataclass(frozen=True)
class ImportPreview:
    """What a file would write, checked but not written (the first-run wizard's summary)."""

    unit: Unit
    units: tuple[Unit, ...]
    counts: dict
    mode: str  # new_installation | own_unit | branch
    warnings: tuple[str, ...] = ()  # the same person twice in the file (file_same_people)


def preview_interchange_file(ctx: AppContext, path: str | Path) -> ImportPreview:
    """Read and check a unit-data file without writing. Raises DomainError / InvalidDocument."""
    plan = check_document(ctx, read_file(path))
    root = plan.units[0]["unit"]
    with ctx.uow.read() as s:
        mode = _mode(s, root)
    return ImportPreview(
        root, tuple(e["unit"] for e in plan.units), _counts(plan), mode, tuple(file_same_people(plan, ctx.today()))
    )


def _canonical(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _file_root(doc: Any) -> str | None:
    """The code of the file's unit, when the document is shaped enough to say it."""
    unit = doc.get("unit") if isinstance(doc, dict) else None
    code = unit.get("code") if isinstance(unit, dict) else None
    if not isinstance(code, str) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
        return None
    return code


def _doc_counts(doc: dict) -> tuple[tuple[str, ...], dict]:
    """The unit codes (depth first, as the plan lists them) and the counts of ``_counts``."""
    codes, docs = [], [doc]

    def walk(d: dict) -> None:
        codes.append(d["unit"]["code"])
        for child in d.get("branches", []):
            docs.append(child)
            walk(child)

    walk(doc)
    return tuple(codes), {
        "units": len(codes),
        "members": sum(len(d.get("members", [])) for d in docs),
        "logs": sum(len(d.get("logs", [])) for d in docs),
        "volunteer_activities": sum(len(d.get("volunteer_activities", [])) for d in docs),
    }


_COUNTED = (("members", "members"), ("logs", "logs"), ("volunteer_activities", "volunteer_activities"))


def _differs_surely(before: dict, plan: _Plan) -> bool:
    """Whether what was stored (``before``, exported) cannot be what the plan just wrote: a unit
    of the file that was not there, or another number of members, logs or activities (an export
    lists every row of these). Saves reading everything back when a branch's record grew."""
    counts: dict[str, tuple] = {}

    def walk(d: dict) -> None:
        counts[d["unit"]["code"]] = tuple(len(d.get(k, ())) for k, _ in _COUNTED)
        for child in d.get("branches", ()):
            walk(child)

    walk(before)
    return any(counts.get(e["unit"].code) != tuple(len(e["rows"][k]) for _, k in _COUNTED) for e in plan.units)


class _AlreadyStored(Exception):
    def __init__(self, mode: str):
        super().__init__(mode)
        self.mode = mode


_NOTHING_CHANGES = "Dữ liệu trong tệp đã có sẵn, không có gì thay đổi."


def import_document(ctx: AppContext, doc: Any, *, progress=None) -> ImportResult:
    """Validate and import a unit-data document (all or nothing). Raises InvalidDocument.

    When the file is exactly what this installation exports for the file's unit (the file was
    exported here, or imported and exported again), writing it would store the same records:
    nothing is checked, purged or written (a Đoàn cơ sở re-importing the 15.000 members it
    holds: 20 s before, about a second now — issue 23 item 7). Any difference, one field of one
    member, and the import goes the whole way; the stored records are read once, inside the
    write transaction, for both decisions."""
    file_code = _file_root(doc)
    warnings: list[str] = []
    plan = None
    try:
        # The collector paused: the rows built and read are acyclic, and its passes over the
        # document's millions of objects cost a third of reading a Đoàn cơ sở's year back.
        with bulk_objects(), ctx.uow.begin() as s:
            stored = units_repo.get(s, file_code) if file_code else None
            before = export_in_session(s, file_code) if stored is not None else None
            # Equal dicts first (no copy, stops at the first difference), then equal JSON, which
            # also tells true from 1.
            if before is not None and before == doc and _canonical(before) == _canonical(doc):
                raise _AlreadyStored(_mode(s, stored))
            plan = check_document(ctx, doc)
            root = plan.units[0]["unit"]
            counts = _counts(plan)
            mode = _mode(s, root)
            if root.code != file_code:  # pragma: no cover - the schema makes them one
                before = export_in_session(s, root.code) if units_repo.get(s, root.code) else None
            _write(s, ctx, plan, mode, warnings, progress)
            if before is not None and not _differs_surely(before, plan) and before == export_in_session(s, root.code):
                raise _Unchanged()
            audit.record(
                s,
                actor=ctx.actor,
                action="import",
                entity="unit_data",
                entity_id=root.code,
                unit_code=root.code,
                before=None,
                after={"mode": mode, "units": [e["unit"].code for e in plan.units], **counts},
            )
    except _AlreadyStored as same:
        codes, counts = _doc_counts(doc)
        return ImportResult(False, same.mode, file_code, codes, counts, (_NOTHING_CHANGES,))
    except _Unchanged:
        return ImportResult(
            False, mode, root.code, tuple(e["unit"].code for e in plan.units), counts, (_NOTHING_CHANGES,)
        )
    codes = [e["unit"].code for e in plan.units]
    warnings.extend(f"Trùng người: {t}" for t in same_people_touching(ctx, codes).texts_vi())
    return ImportResult(True, mode, root.code, tuple(codes), counts, tuple(warnings))


def _write(s, ctx: AppContext, plan: _Plan, mode: str, warnings: list[str], progress) -> None:
    existing = repo.stored_unit_ids(s, [e["unit"].code for e in plan.units])
    replaced = set(existing.values())
    links = repo.outside_links(s, replaced) if replaced else None
    old_identity = repo.member_identities(s, replaced) if replaced else {}
    if existing:
        repo.purge_units(s, existing)
    with repo.writing(s):
        _write_units(s, ctx, plan, mode, warnings, progress, links, old_identity, replaced)


def _write_units(s, ctx, plan: _Plan, mode: str, warnings: list[str], progress, links, old_identity, replaced) -> None:
    unit_ids = repo.upsert_units(
        s,
        [
            (
                {
                    "code": u.code,
                    "name": u.name,
                    "kind": u.kind.value,
                    "branch_type": u.branch_type.value if u.branch_type else None,
                    "grade": u.grade,
                    "all_party_members": u.all_party_members,
                    "parent_code": u.parent_code,
                },
                i == 0 and mode in ("new_installation", "own_unit"),
            )
            for i, u in enumerate(e["unit"] for e in plan.units)
        ],
    )
    # Members of every unit first: other records may point at members of another unit.
    member_ids: dict[tuple[int, int], int] = {}
    total = len(plan.units) * 2
    stored: list[Member] = []  # as written, for their ticks
    for ui, e in enumerate(plan.units):
        uid, code = unit_ids[e["unit"].code], e["unit"].code
        repo.write_settings(s, code, e["rows"]["settings"])
        ids = repo.insert_members(s, uid, e["rows"]["members"], ctx.actor)
        for mi, (mid, row) in enumerate(zip(ids, e["rows"]["members"])):
            member_ids[(ui, mi)] = mid
            stored.append(
                Member(id=mid, unit_code=code, erased=row["erased"], **{f: row[f] for f in repo.MEMBER_FIELDS})
            )
        if progress:
            progress(ui + 1, total, e["unit"].name)
    _ticks_as_facts(s, ctx, plan, stored)  # the members of every unit at once

    def M(hit):
        return member_ids[hit]

    for ui, e in enumerate(plan.units):
        uid, rows = unit_ids[e["unit"].code], e["rows"]
        repo.insert_groups(
            s, uid, [{"name": g["name"], "members": [M(h) for h in g["members"]]} for g in rows["member_groups"]]
        )
        repo.insert_registrations(
            s, uid, [{**r, "members": [M(h) for h in r["members"]]} for r in rows["registrations"]]
        )
        log_ids = repo.insert_logs(
            s,
            uid,
            [
                {
                    **lg,
                    "member_id": M(lg["member_id"]) if lg["member_id"] else None,
                    "participants": [M(h) for h in lg["participants"]],
                }
                for lg in rows["logs"]
            ],
        )
        repo.insert_judgements(s, uid, rows["judgements"])
        act_ids = repo.insert_activities(
            s,
            uid,
            [
                {
                    **a,
                    "participants": [M(h) for h in a["participants"]],
                    "overlap_confirmed": [M(h) for h in a["overlap_confirmed"]],
                }
                for a in rows["volunteer_activities"]
            ],
        )
        e["db_logs"], e["db_acts"] = log_ids, act_ids
        repo.insert_documents(s, uid, rows["documents"], rows["document_counters"])
        repo.insert_recognition(
            s,
            uid,
            {
                "member_assessments": [{**a, "member_id": M(a["member_id"])} for a in rows["member_assessments"]],
                "member_votes": [{**v, "member_id": M(v["member_id"])} for v in rows["member_votes"]],
                "proposals": [{**p, "members": [M(h) for h in p["members"]]} for p in rows["proposals"]],
                "appraisals": rows["appraisals"],
                "branch_recognitions": rows["branch_recognitions"],
                "member_recognitions": [{**r, "member_id": M(r["member_id"])} for r in rows["member_recognitions"]],
            },
        )
        if progress:
            progress(len(plan.units) + ui + 1, total, e["unit"].name)
    for ui, e in enumerate(plan.units):
        uid = unit_ids[e["unit"].code]
        items = []
        for a in e["rows"]["attachments"]:
            tui, idx = a["target"]
            owner_id = (
                member_ids[(tui, idx)]
                if a["owner"] == "member"
                else plan.units[tui]["db_logs"][idx]
                if a["owner"] == "log"
                else plan.units[tui]["db_acts"][idx]
            )
            ext = Path(a["original_name"]).suffix.lower()
            ext = ext if 1 < len(ext) <= 11 and ext[1:].isalnum() else ""
            items.append(
                {
                    "owner_kind": OWNERS[a["owner"]],
                    "owner_id": owner_id,
                    "sha256": a["sha256"],
                    "original_name": a["original_name"],
                    "stored_name": f"{a['sha256'][:2]}/{a['sha256']}{ext}",
                    "size": a["size"],
                    "added_by": a["added_by"],
                }
            )
            if not (ctx.data.attachments / items[-1]["stored_name"]).exists():
                warnings.append(
                    f"Tệp minh chứng “{a['original_name']}” chưa có trong thư mục dữ liệu "
                    f"(chỉ nhập thông tin và mã SHA-256; chép tệp vào attachments/ để mở được)."
                )
        repo.insert_attachments(s, uid, items)
    if links is not None:
        new_identity = repo.member_identities(s, replaced)
        by_identity = {}
        for mid, key in new_identity.items():
            by_identity.setdefault(key, mid)
        remap = {old: by_identity[key] for old, key in old_identity.items() if key in by_identity}
        lost = repo.restore_links(s, links, remap)
        if lost:
            warnings.append(f"{lost} liên kết từ hồ sơ của đơn vị khác tới đoàn viên không còn trong tệp đã bị bỏ.")


def import_file(ctx: AppContext, path: str | Path, *, progress=None) -> ImportResult:
    return import_document(ctx, read_file(path), progress=progress)


def changes() -> Changes:
    return Changes.of("unit", "settings", "members", "volunteer", "cycle", "recognition")
