"""Checking a received document against its JSON Schema (resources/schemas/): a fast compiled
check for the common case of a valid document, and short "where: what" messages from jsonschema
when it fails (verify.py rejects the package with them)."""

from __future__ import annotations

import json
from functools import cache

from desktop.paths import schemas_dir


@cache
def validator(schema_name: str):
    """A compiled JSON Schema validator for resources/schemas/<schema_name>.json."""
    from jsonschema import Draft202012Validator

    schema = json.loads((schemas_dir() / f"{schema_name}.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def _fast_validator(schema_name: str):
    """A compiled fastjsonschema check (≈ 10× faster) for the common case of a valid document;
    the detailed messages come from jsonschema only when it fails. Our schemas use only keywords
    that mean the same in drafts 7 and 2020-12 (tests/sync/test_schemas.py checks both agree)."""
    try:
        import fastjsonschema
    except ImportError:  # pragma: no cover - optional speed-up
        return None
    schema = json.loads((schemas_dir() / f"{schema_name}.json").read_text(encoding="utf-8"))
    schema.pop("$schema", None)
    schema.pop("$id", None)
    return fastjsonschema.compile(schema)


def schema_errors(schema_name: str, value) -> list[str]:
    """'members[3].full_name: … ' style messages, at most five."""
    fast = _fast_validator(schema_name)
    if fast is not None:
        try:
            fast(value)
            return []
        except Exception:  # noqa: BLE001 - JsonSchemaException or anything odd: ask jsonschema
            pass
    out = []
    for err in sorted(validator(schema_name).iter_errors(value), key=lambda e: list(e.absolute_path))[:5]:
        out.append(f"{json_path(err.absolute_path)}: {in_words(err)}")
    return out


def in_words(err) -> str:
    """What a failed schema keyword means, in Vietnamese (jsonschema's own messages are English)."""
    kind, rule = err.validator, err.validator_value
    if kind == "additionalProperties":
        extra = (
            sorted(set(err.instance) - set(err.schema.get("properties", {}))) if isinstance(err.instance, dict) else []
        )
        return "có mục không được phép: " + ", ".join(f"“{str(k)[:40]}”" for k in extra[:5])
    if kind == "required":
        missing = [k for k in rule if not isinstance(err.instance, dict) or k not in err.instance]
        return "thiếu mục bắt buộc: " + ", ".join(f"“{k}”" for k in missing[:5])
    words = {
        "type": "sai kiểu dữ liệu",
        "enum": "giá trị không nằm trong danh sách cho phép",
        "const": "giá trị không đúng",
        "pattern": "không đúng dạng",
        "format": "không đúng dạng",
        "maxLength": f"quá dài (tối đa {rule} ký tự)",
        "minLength": f"quá ngắn (ít nhất {rule} ký tự)",
        "maxItems": f"quá nhiều phần tử (tối đa {rule})",
        "minItems": f"quá ít phần tử (ít nhất {rule})",
        "maximum": f"lớn hơn mức cho phép ({rule})",
        "minimum": f"nhỏ hơn mức cho phép ({rule})",
        "uniqueItems": "có phần tử lặp lại",
        "maxProperties": f"quá nhiều mục (tối đa {rule})",
    }
    return words.get(kind, "không đúng khuôn dạng")


def json_path(parts) -> str:
    s = ""
    for p in parts:
        s += f"[{p}]" if isinstance(p, int) else (f".{p}" if s else str(p))
    return s or "(gốc)"
