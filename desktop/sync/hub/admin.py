"""Registering units at the hub from their enrolment files (issue 7 format)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.errors import DomainError
from desktop.sync import keys as keymod
from desktop.sync.verify import Rejected, verify_enrolment


@dataclass(frozen=True)
class HubEnrolResult:
    code: str
    name: str
    parent_code: str | None
    fingerprint: str
    status: str


def enrol_file(store, content: bytes, *, name: str = "", replace_lost_key: bool = False) -> HubEnrolResult:
    """Trust the key of an enrolment file. A different key for a known unit is accepted when the
    file's rotation chain is vouched for by a key the hub knows, or explicitly as a replacement of
    a lost key (the old ones are then revoked)."""
    try:
        ve = verify_enrolment(content)
    except Rejected as exc:
        raise DomainError(f"Tệp đăng ký khóa “{name}” bị từ chối: {exc.reason}") from None
    u = ve.data["unit"]
    known = store.unit(u["code"])
    retired: list[tuple[str, str]] = []
    replaced = False
    if known is not None and ve.fingerprint not in {fp for fp, _s, _p in known.keys}:
        trusted = {fp for fp, st, _p in known.keys if st in ("active", "retired")}
        via = keymod.verify_rotation_chain(u["code"], ve.data.get("rotation") or [], ve.public_raw, trusted)
        if not via:
            if not replace_lost_key:
                raise DomainError(
                    f"Đơn vị {u['code']} đã đăng ký với khóa khác; tệp này mang khóa {ve.fingerprint} không "
                    "được khóa cũ xác nhận. Nếu đơn vị bị mất khóa, đối chiếu mã vân tay rồi dùng "
                    "--replace-lost-key.")
            store.revoke_keys(u["code"])
            replaced = True
    try:
        status = store.enrol(code=u["code"], name=u["name"], kind=u["kind"], parent_code=u.get("parent_code"),
                             public_key=keymod.b64(ve.public_raw), fingerprint=ve.fingerprint, retired=retired)
    except ValueError:
        raise DomainError(f"Khóa {ve.fingerprint} của {u['code']} đã bị thu hồi: đơn vị cần tạo khóa mới.") from None
    return HubEnrolResult(u["code"], u["name"], u.get("parent_code"), ve.fingerprint,
                          "replaced" if replaced else status)
