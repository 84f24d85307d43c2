"""“Kiểm tra bản giấy” (issue 19): does a paper copy match the package this unit received?

A document sent in a package carries on every page a QR code and a short code
(desktop/domain/paper.py). The receiver types the code, or gives a photo or scan of the page (or
the PDF), and learns whether the paper is the document of a package it received, whether that
package is still the one in use, and if not, what differs.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from db.repo import sync as repo
from desktop.domain import paper
from desktop.domain.errors import DomainError
from desktop.i18n.formatting import format_date_short
from desktop.services.context import AppContext
from desktop.sync import package as pkg

MAX_IMAGE_BYTES = 30 * 1024 * 1024
MAX_PIXELS = 60_000_000
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp")
KIND_VI = {
    "registration": "Bản đăng ký",
    "quarterly": "Báo cáo tiến độ quý",
    "year-end": "Báo cáo kết quả cuối năm",
    "summary": "Báo cáo tổng hợp",
    "decision": "Quyết định công nhận",
    "appraisal": "Kết quả thẩm định",
    "catalog": "Danh mục tiêu chí",
    "commune-report": "Báo cáo của Đảng ủy xã",
}


@dataclass(frozen=True)
class PaperCheck:
    matches: bool
    verdict: str  # one sentence, in Vietnamese
    code: str = ""
    package_id: str = ""
    details: tuple[str, ...] = ()  # what the paper is (sender, version, numbers, dates)
    differences: tuple[str, ...] = ()  # what differs (paper vs package, or old vs current version)
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "matches": self.matches,
            "verdict": self.verdict,
            "code": self.code,
            "package_id": self.package_id,
            "details": list(self.details),
            "differences": list(self.differences),
        }


# ----------------------------------------------------------------------------- reading the paper


def decode_image(path: Path) -> list[str]:
    """The QR codes' texts in a photo, a scan or a PDF (first pages), bounded in size."""
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise DomainError(f"Tệp “{path.name}” quá lớn ({size / 1048576:.0f} MB, tối đa 30 MB).", field="image")
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    images = []
    if path.suffix.lower() == ".pdf":
        import pypdfium2 as pdfium

        try:
            doc = pdfium.PdfDocument(str(path))
        except Exception:  # noqa: BLE001 - a damaged or foreign file: said plainly below
            raise DomainError(f"Không đọc được tệp PDF “{path.name}”.", field="image") from None
        for i in range(min(len(doc), 3)):
            images.append(doc[i].render(scale=3).to_pil())
    else:
        try:
            with Image.open(path) as im:
                im.load()
                images.append(im.convert("RGB"))
        except Exception:  # noqa: BLE001 - not an image, or too large
            raise DomainError(
                f"Không đọc được ảnh “{path.name}”: hãy chụp hoặc quét lại trang giấy (PNG, JPG) "
                "hoặc gõ mã kiểm tra in cạnh mã QR.",
                field="image",
            ) from None
    import zxingcpp

    texts = []
    for im in images:
        for r in zxingcpp.read_barcodes(im):
            if r.text and r.text not in texts:
                texts.append(r.text)
    return texts


def read_claim(source: str) -> paper.PaperClaim:
    """The paper's claim from a typed code, a pasted QR text, or a photo / scan / PDF file."""
    text = (source or "").strip()
    if not text:
        raise DomainError(
            "Hãy gõ mã kiểm tra in cạnh mã QR (ví dụ K7M2Q-9XD4T) hoặc chọn ảnh chụp trang giấy.", field="code"
        )
    path = Path(text).expanduser()
    looks_like_file = path.suffix.lower() in IMAGE_SUFFIXES + (".pdf",) or path.is_file()
    if looks_like_file:
        if not path.is_file():
            raise DomainError(f"Không thấy tệp “{path}”.", field="image")
        texts = decode_image(path)
        claims = [c for c in (paper.parse(t) for t in texts) if c is not None and c.from_qr]
        if not claims:
            raise DomainError(
                f"Không tìm thấy mã QR của Sổ Thi Đua trong “{path.name}”: chụp rõ góc dưới bên trái "
                "trang giấy, hoặc gõ mã kiểm tra in cạnh mã QR.",
                field="image",
            )
        return claims[0]
    claim = paper.parse(text)
    if claim is None:
        raise DomainError(
            f"“{text[:40]}” không phải mã kiểm tra bản giấy: mã gồm 10 ký tự chữ và số, ví dụ K7M2Q-9XD4T.",
            field="code",
        )
    return claim


# ----------------------------------------------------------------------------- the package side


def _data_sha(ctx: AppContext, row: repo.ReceivedPackage) -> tuple[str, dict | None]:
    with ctx.uow.read() as s:
        text = repo.received_data(s, row.id)
    if not text:
        return "", None
    data = json.loads(text)
    return pkg.sha256_hex(pkg.canonical_json(data)), data


_NUMBERS = re.compile(r"\(số ([^()]*)\)\s*$")


def _package_numbers(ctx: AppContext, row: repo.ReceivedPackage) -> tuple[str, ...]:
    """The document numbers the signed manifest names (titles of its documents)."""
    if not row.stored_name:
        return ()
    from desktop.services.exchange.sync import stored_bytes

    try:
        raw = stored_bytes(ctx, row.stored_name)
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            manifest = json.loads(zf.read(pkg.MANIFEST))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        return ()
    out: list[str] = []
    for f in manifest.get("files", []):
        m = _NUMBERS.search(f.get("title") or "") if f.get("role") == "document" else None
        if m:
            out += [n.strip() for n in m.group(1).split(",") if n.strip()]
    return tuple(out)


def _sender(row: repo.ReceivedPackage, data: dict | None) -> str:
    unit = (data or {}).get("issuer") if row.kind == "decision" else (data or {}).get("unit")
    name = unit.get("name") if isinstance(unit, dict) else None
    return f"{name} ({row.sender_code})" if name else (row.sender_code or "")


def _describe(row: repo.ReceivedPackage, numbers, data: dict | None = None) -> list[str]:
    what = KIND_VI.get(row.kind or "", "Gói dữ liệu")
    lines = [
        f"{what} kỳ {row.period}"
        + (f" quý {row.quarter}" if row.quarter else "")
        + f" của {_sender(row, data)}, phiên bản {row.version}, nhận ngày "
        f"{format_date_short(row.received_at.date())}."
    ]
    if numbers:
        lines.append("Số văn bản: " + ", ".join(numbers) + ".")
    lines.append(f"Gói {row.package_id}.")
    return lines


def check(ctx: AppContext, source: str) -> PaperCheck:
    """Whether the paper (typed code, QR text or image) matches a package this unit received."""
    claim = read_claim(source)
    part = claim.code[: paper.HALF]
    with ctx.uow.read() as s:
        rows = [
            r
            for r in repo.list_received(s)
            if r.package_id and r.status != "rejected" and r.kind not in ("receipt", "enrolment")
        ]
    if claim.from_qr:
        hits = [r for r in rows if r.package_id == claim.package_id]
    else:
        hits = [r for r in rows if paper.package_part(r.package_id) == part]
    if not hits:
        return PaperCheck(
            False,
            f"KHÔNG KHỚP: máy này chưa nhận gói nào mang mã {claim.code}. Bản giấy không thuộc "
            "hồ sơ nào đã nhận (hoặc mã gõ sai: kiểm tra lại từng ký tự).",
            claim.code,
        )
    row = hits[0]
    sha, data = _data_sha(ctx, row)
    numbers = _package_numbers(ctx, row)
    details = _describe(row, numbers, data)
    differences = []
    content_ok = paper.content_part(row.package_id, sha) == claim.code[paper.HALF + 1 :]
    if claim.from_qr:
        content_ok = content_ok and claim.data_sha256 == sha
        paper_nums, pkg_nums = set(claim.numbers), {paper.number_key(n) for n in numbers}
        if numbers and paper_nums != pkg_nums:
            differences.append(
                f"Số văn bản trên giấy: {', '.join(claim.numbers) or 'không có'}; trong gói: {', '.join(numbers)}."
            )
    if not content_ok:
        differences.insert(
            0,
            "Mã kiểm tra nội dung trên giấy không khớp dữ liệu đã ký của gói: giấy in từ dữ liệu "
            "khác với dữ liệu đã gửi (đã bị sửa), hoặc mã gõ sai.",
        )
    if differences:
        return PaperCheck(
            False,
            f"KHÔNG KHỚP: bản giấy mang mã {claim.code} khác gói đã nhận.",
            claim.code,
            row.package_id,
            tuple(details),
            tuple(differences),
        )
    if not row.is_current:
        current = _current_of(ctx, row)
        if current is not None:
            _sha2, newer = _data_sha(ctx, current)
            diffs = differences_between(data or {}, newer or {})
            return PaperCheck(
                False,
                f"KHÔNG CÒN HIỆU LỰC: bản giấy khớp phiên bản {row.version}, nhưng {_sender(row, data)} đã gửi "
                f"phiên bản {current.version} thay thế (nhận ngày {format_date_short(current.received_at.date())}).",
                claim.code,
                row.package_id,
                tuple(details),
                tuple(diffs) or ("Hai phiên bản có cùng dữ liệu chính; khác ở hồ sơ kèm theo.",),
            )
    return PaperCheck(
        True,
        f"KHỚP: bản giấy đúng là văn bản trong gói đã nhận (mã {claim.code}).",
        claim.code,
        row.package_id,
        tuple(details),
    )


def _current_of(ctx: AppContext, row: repo.ReceivedPackage) -> repo.ReceivedPackage | None:
    with ctx.uow.read() as s:
        versions = repo.history(s, row.sender_code, row.subject)
    current = [v for v in versions if v.is_current]
    return current[0] if current else (versions[0] if versions and versions[0].id != row.id else None)


# ----------------------------------------------------------------------------- what differs

LABELS = {
    "items": "Nội dung đăng ký",
    "criterion": "tiêu chí",
    "content": "nội dung",
    "target_date": "thời hạn",
    "responsible": "người phụ trách",
    "members": "danh sách đoàn viên",
    "member_count": "số đoàn viên",
    "note": "ghi chú",
    "proposal": "đề nghị",
    "propose_recognition": "đề nghị công nhận chi đoàn",
    "self_assessment": "tự đánh giá",
    "assessment": "tự đánh giá",
    "comment": "nhận xét",
    "text": "báo cáo tự đánh giá",
    "evaluation": "kết quả đánh giá",
    "criteria": "tiêu chí",
    "status": "kết quả",
    "met": "số tiêu chí đạt",
    "applicable": "số tiêu chí áp dụng",
    "decision": "quyết định",
    "number": "số",
    "date": "ngày",
    "branch_recognised": "công nhận chi đoàn",
    "registered_on": "ngày đăng ký",
    "deadline": "hạn",
    "late": "nộp muộn",
    "as_of": "tính đến ngày",
    "quarter": "quý",
    "totals": "tổng hợp",
    "branches": "chi đoàn",
    "value": "giá trị",
    "explanation": "diễn giải",
    "completion_share": "tỉ lệ hoàn thành",
    "recognisable": "đủ điều kiện công nhận",
    "full_name": "họ tên",
    "conditions_met": "đủ điều kiện",
    "votes_for": "số phiếu tán thành",
    "votes_against": "số phiếu không tán thành",
    "votes_absent": "số vắng",
    "groups_met": "số nhóm tự đánh giá đạt",
    "period": "kỳ",
    "registration_version": "phiên bản đăng ký",
    "threshold": "chỉ tiêu",
    "explanation_vi": "diễn giải",
    "required": "số tiêu chí cần đạt",
    "submitted_on": "ngày nộp",
    "title": "tên văn bản",
    "registered": "đã đăng ký",
    "on_time": "đúng hạn",
    "proposed": "đề nghị công nhận",
    "recognised": "đã công nhận",
    "name": "tên",
    "branch_type": "loại hình",
    "registered_on_time": "đăng ký đúng hạn",
    "appraised_on": "ngày thẩm định",
    "agree": "đồng ý",
    "conclusion": "kết luận",
    "appraiser": "đơn vị thẩm định",
    "recognised_members": "đoàn viên được công nhận",
}
# Not shown: the branch's whole record (compared by the receiver's own screens), the rule settings
# the evaluation used, and identifiers that mean nothing on paper.
SKIP = {"record", "settings", "unit", "issuer", "campaign", "ref", "title_vi", "group", "summary_kind", "signer"}
KEYS = ("criterion", "id", "code", "full_name", "ref")
CLAIMS_VI = {"met": "Đạt", "not_met": "Chưa đạt", "not_applicable": "Không áp dụng"}
VALUE_KEYS = {"status", "assessment", "claim"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _label(path: list[str]) -> str:
    # A criterion id or a member's name is shown as is; an unknown field name never is.
    return " › ".join(LABELS.get(p) or (p if not re.fullmatch(r"[a-z_]+", p) else "thông tin khác") for p in path)


def _show(v) -> str:
    if v is None or v == "":
        return "(trống)"
    if v is True:
        return "có"
    if v is False:
        return "không"
    if isinstance(v, float):
        return f"{v:.4g}".replace(".", ",")
    text = str(v)
    if _ISO_DATE.match(text):
        from datetime import date

        return format_date_short(date.fromisoformat(text[:10]))
    return text if len(text) <= 80 else text[:77] + "…"


def _status_vi(v):
    from desktop.domain.evaluation_model import STATUS_LABELS, status_words
    from desktop.i18n.catalogue import say

    if v in CLAIMS_VI:
        return CLAIMS_VI[v]
    return say(status_words(v)) if isinstance(v, str) and v in STATUS_LABELS else v


def differences_between(old: dict, new: dict, limit: int = 30) -> list[str]:
    """What changed from ``old`` to ``new`` (package data), one line each, in Vietnamese."""
    out: list[str] = []

    def walk(a, b, path: list[str]) -> None:
        if len(out) >= limit:
            return
        if isinstance(a, dict) and isinstance(b, dict):
            for k in sorted(set(a) | set(b)):
                if k in SKIP or k.endswith("_sha256"):
                    continue
                walk(a.get(k), b.get(k), path + [k])
            return
        if isinstance(a, list) and isinstance(b, list) and all(isinstance(x, dict) for x in a + b):
            key = next((k for k in KEYS if all(k in x for x in a + b)), None)
            if key is not None:
                ma = {str(x[key]): x for x in a}
                mb = {str(x[key]): x for x in b}
                for k in sorted(set(ma) - set(mb)):
                    out.append(f"{_label(path)}: bỏ {k}")
                for k in sorted(set(mb) - set(ma)):
                    out.append(f"{_label(path)}: thêm {k}")
                for k in sorted(set(ma) & set(mb)):
                    walk(ma[k], mb[k], path + [k])
                return
        if a != b:
            if path and path[-1] in VALUE_KEYS:
                a, b = _status_vi(a), _status_vi(b)
            out.append(f"{_label(path)}: {_show(a)} → {_show(b)}")

    walk(old, new, [])
    if len(out) >= limit:
        out.append("… và các thay đổi khác.")
    return out
