"""Documents of a commune party committee in the Party's format (issue 10; BRIEF §7 D12–D13):
the action programme ("Chương trình hành động", Số …-CTr/ĐU), the quarterly report (…-BC/ĐU) and
the yearly review ("Báo cáo sơ kết", …-BC/ĐU) with the per-model indicator table and the
satisfaction summary. Heading "ĐẢNG CỘNG SẢN VIỆT NAM" / "ĐẢNG BỘ …" / "ĐẢNG ỦY …" (36-HD/VPTW,
via ``Issuer.party``), Party margins. Plain data in (commune_model.py), a ``BuiltReport`` out.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Spacer

from desktop.i18n.formatting import format_date_short, format_number, format_percent, roman
from desktop.reports import styles as S
from desktop.reports.builders.common import criteria_table, status_word
from desktop.reports.layout import (
    bullets,
    data_table,
    heading_block,
    keep_with_next,
    new_document,
    para,
    recipients_list,
    section,
    signature_block,
    text_width,
    title_block,
)
from desktop.reports.render import BuiltReport
from desktop.reports.commune_model import CommuneDocData, ModelResult

WIDTH = text_width(S.PAGE_SIZE[0], S.PARTY_MARGINS)


def _deadline(d: date | None) -> str:
    return format_date_short(d) if d else "Trong năm"


def _task_table(tasks, *, progress: bool):
    models: list[str] = []
    for t in tasks:
        if t.model not in models:
            models.append(t.model)
    rows, spans = [], []
    n = 0
    for i, m in enumerate(models, start=1):
        spans.append(len(rows))
        rows.append([f"{roman(i) if i <= 12 else i}. {m}"])
        for t in (x for x in tasks if x.model == m):
            n += 1
            row = [str(n), t.title, t.lead, _deadline(t.deadline), t.output]
            if progress:
                row += [f"{t.progress}%", t.state]
            rows.append(row)
    if progress:
        header = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Sản phẩm", "Tiến độ", "Tình trạng"]]
        shares = [6, 30, 19, 13, 16, 9, 14]
    else:
        header = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Sản phẩm dự kiến"]]
        shares = [7, 40, 20, 14, 19]
    total = sum(shares)
    widths = [WIDTH * x / total for x in shares]
    align = ["CENTER", "LEFT", "LEFT", "CENTER", "LEFT"] + (["CENTER", "CENTER"] if progress else [])
    return data_table(header, rows, widths, align=align, span_rows=spans, dense=progress)


def _models_table(models):
    rows = [
        [str(i), m.title, f"{m.met}/{m.applicable}", format_percent(m.share)] for i, m in enumerate(models, start=1)
    ]
    met = sum(m.met for m in models)
    app = sum(m.applicable for m in models)
    rows.append(["", "Cộng", f"{met}/{app}", format_percent(met / app) if app else "—"])
    shares = [8, 58, 17, 17]
    widths = [WIDTH * x / 100 for x in shares]
    return data_table(
        [["TT", "Mô hình", "Chỉ tiêu đạt", "Tỉ lệ"]],
        rows,
        widths,
        align=["CENTER", "LEFT", "CENTER", "CENTER"],
        bold_rows=[len(rows) - 1],
    )


def _criteria(m: ModelResult):
    return criteria_table(
        m.groups,
        m.lines,
        [
            ("TT" if m.local else "Mã", 13, "CENTER", m.ref),
            ("Chỉ tiêu", 37, "LEFT", lambda c: c.title),
            ("Kết quả", 15, "CENTER", lambda c: c.value),
            ("Đánh giá", 13, "CENTER", status_word),
            ("Còn thiếu", 27, "LEFT", lambda c: c.missing),
        ],
        width=WIDTH,
        dense=True,
    )


def _satisfaction(data: CommuneDocData) -> list:
    out: list = []
    if not data.surveys:
        out.append(
            para(
                f"Trong năm chưa tổ chức khảo sát sự hài lòng của Nhân dân (mục tiêu đề ra: "
                f"ít nhất {format_percent(data.satisfaction_target)} người được hỏi hài lòng)."
            )
        )
        return out
    rows = [
        [
            format_date_short(s.on_date),
            s.title,
            format_number(s.asked),
            format_number(s.satisfied),
            format_percent(s.satisfied / s.asked, digits=1) if s.asked else "—",
        ]
        for s in data.surveys
    ]
    asked = sum(s.asked for s in data.surveys)
    yes = sum(s.satisfied for s in data.surveys)
    share = yes / asked if asked else 0.0
    rows.append(["", "Cộng", format_number(asked), format_number(yes), format_percent(share, digits=1)])
    widths = [WIDTH * x / 100 for x in (15, 43, 14, 14, 14)]
    out += data_table(
        [["Ngày", "Cuộc khảo sát", "Số người được hỏi", "Số người hài lòng", "Tỉ lệ"]],
        rows,
        widths,
        align=["CENTER", "LEFT", "CENTER", "CENTER", "CENTER"],
        bold_rows=[len(rows) - 1],
    )
    target = (
        f"mục tiêu {format_percent(data.satisfaction_target)} (mục tiêu là thiết lập của đơn vị; văn bản "
        "chưa quy định ngưỡng)"
    )
    if not data.survey_topics:
        verdict = "đạt" if share >= data.satisfaction_target - 1e-12 else "chưa đạt"
        out.append(
            para(
                f"Tỉ lệ người dân hài lòng chung là {format_percent(share, digits=1)} ({format_number(yes)}/"
                f"{format_number(asked)} người được hỏi), {verdict} {target}."
            )
        )
    for t in data.survey_topics:
        if not t.asked:
            continue
        t_share = t.satisfied / t.asked
        line = (
            f"{t.topic}: {format_percent(t_share, digits=1)} ({format_number(t.satisfied)}/"
            f"{format_number(t.asked)} người được hỏi hài lòng)"
        )
        if t.compared:  # the survey the satisfaction target is set for (service of the government)
            line += ", " + ("đạt" if t_share >= data.satisfaction_target - 1e-12 else "chưa đạt") + f" {target}"
        out.append(para(line + "."))
        named = [h for h in t.by_hamlet if h[0]]
        if named:
            rows = [
                [name, format_number(a), format_number(b), format_percent(b / a, digits=1) if a else "—"]
                for name, a, b in named
            ]
            out += data_table(
                [["Thôn, tổ dân phố", "Số người được hỏi", "Số người hài lòng", "Tỉ lệ"]],
                rows,
                [WIDTH * x / 100 for x in (46, 18, 18, 18)],
                align=["LEFT", "CENTER", "CENTER", "CENTER"],
            )
    return out


def _dvk_models(data: CommuneDocData) -> list:
    if not data.dvk:
        return [
            para(
                f"Trong năm {data.period_label} chưa xây dựng mô hình “Dân vận khéo” nào (yêu cầu: mỗi năm ít "
                "nhất 01 mô hình gắn với nhiệm vụ chuyên môn)."
            )
        ]
    rows = [
        [m.name, m.field, m.owner, format_date_short(m.started_on), m.result or "—", m.recognition or "—"]
        for m in data.dvk
    ]
    return data_table(
        [["Mô hình", "Lĩnh vực", "Phụ trách", "Bắt đầu", "Kết quả", "Công nhận"]],
        rows,
        [WIDTH * x / 100 for x in (23, 13, 15, 15, 18, 16)],
        align=["LEFT", "LEFT", "LEFT", "CENTER", "LEFT", "LEFT"],
    )


YOUTH_SECTION = "CHI ĐOÀN XHCN, ĐOÀN VIÊN XHCN"


def _youth(heading: str, data: CommuneDocData) -> list:
    """The Đoàn xã's progress, its heading kept with the first lines (never alone at a page end)."""
    if not data.youth:
        body = [
            para(
                "Chưa nhận được báo cáo tổng hợp của Đoàn xã về xây dựng Chi đoàn xã hội chủ nghĩa, "
                "Đoàn viên xã hội chủ nghĩa trong năm."
            )
        ]
    else:
        body = [para("Theo báo cáo tổng hợp Đoàn xã chia sẻ với Đảng ủy:")] + bullets(list(data.youth))
    return [keep_with_next(section(heading), *body[:2])] + body[2:]


def _shortfalls(models) -> list[str]:
    """Concrete shortfalls one by one; criteria with nothing recorded yet grouped per model."""
    out, unrecorded = [], []
    for m in models:
        silent = []
        for c in m.lines:
            if not (c.applicable and c.status in {"Chưa đạt", "Có nguy cơ chưa đạt"} and c.missing):
                continue
            if c.missing.startswith("Chưa ghi nhận"):
                silent.append(f"“{c.title}”")
            else:
                out.append(f"{c.title} ({m.title}): {c.missing}")
        if silent:
            unrecorded.append(f"{m.title}: chưa ghi nhận số liệu, kết quả của các chỉ tiêu {'; '.join(silent)}.")
    return out + unrecorded


def _written(text: str) -> list:
    """Paragraphs the committee wrote itself, one per line ("- " at the start of a line is kept)."""
    return [para(line.strip()) for line in text.splitlines() if line.strip()]


def _end(story, data: CommuneDocData, last_paragraphs: list) -> None:
    story += last_paragraphs[:-1]
    story.append(
        signature_block(data.signature, recipients_list(data.recipients), width=WIDTH, keep_with=last_paragraphs[-1:])
    )


def build_programme(data: CommuneDocData) -> BuiltReport:
    subject = f"Thực hiện các mô hình thi đua năm {data.period_label}"
    story = new_document("Chương trình hành động", first=True)
    story.append(heading_block(data.heading, WIDTH))
    story += title_block("Chương trình hành động", subject)
    story.append(
        para(
            f"Thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ thành phố và kế hoạch "
            f"triển khai các mô hình thi đua, {data.committee} xây dựng Chương trình hành động năm "
            f"{data.period_label} như sau:"
        )
    )
    story.append(section("I. MỤC ĐÍCH, YÊU CẦU"))
    story += bullets(
        [
            "Cụ thể hóa các mô hình thành nhiệm vụ trọng tâm, có cơ quan chủ trì, thời hạn và sản phẩm cụ thể.",
            "Theo dõi các chỉ tiêu định kỳ; lấy sự hài lòng của Nhân dân làm thước đo khi sơ kết hằng năm.",
            "Người đứng đầu cấp ủy chịu trách nhiệm về kết quả thực hiện.",
        ]
    )
    story.append(section("II. CÁC MÔ HÌNH VÀ CHỈ TIÊU"))
    for i, m in enumerate(data.models, start=1):
        measurable = [c for c in m.lines if c.target]
        story.append(
            para(
                f"{i}. {m.title}: {len(m.lines)} chỉ tiêu"
                + (f", trong đó {len(measurable)} chỉ tiêu định lượng." if measurable else ".")
            )
        )
        story += bullets(
            [
                f"{c.title} ({c.target})." if m.local else f"{c.criterion_id}: {c.title} ({c.target})."
                for c in measurable
            ]
        )
    story.append(section("III. NHIỆM VỤ CỤ THỂ"))
    if data.tasks:
        story += _task_table(data.tasks, progress=False)
    else:
        story.append(para("Chưa giao nhiệm vụ nào."))
    story.append(section("IV. TỔ CHỨC THỰC HIỆN"))
    last = bullets(
        [
            (
                "Các cơ quan chủ trì xây dựng kế hoạch, triển khai nhiệm vụ được giao; báo cáo tiến độ hằng quý về "
                "Văn phòng Đảng ủy."
            ),
            (
                "Ủy ban MTTQ và các đoàn thể (Đoàn Thanh niên, Hội Phụ nữ, Hội Nông dân, Hội Cựu chiến binh) phối hợp "
                "vận động Nhân dân tham gia, giám sát việc thực hiện."
            ),
            (
                f"Cuối năm {data.period_label}, Đảng ủy sơ kết, đánh giá kết quả, lấy sự hài lòng của Nhân dân làm "
                "thước đo."
            ),
        ]
    )
    _end(story, data, last)
    return BuiltReport(
        title=f"Chương trình hành động năm {data.period_label} — {data.committee}",
        subject=subject,
        author=data.committee,
        story=story,
        margins=S.PARTY_MARGINS,
        documents=["Chương trình hành động"],
    )


def build_quarterly(data: CommuneDocData) -> BuiltReport:
    q = f"{data.quarter_label[:1].lower()}{data.quarter_label[1:]} năm {data.period_label}"  # "quý III năm 2026"
    subject = f"Kết quả thực hiện các mô hình thi đua {q}"
    story = new_document("Báo cáo quý", first=True)
    story.append(heading_block(data.heading, WIDTH))
    story += title_block("Báo cáo", subject)
    span = (
        f" (từ ngày {format_date_short(data.quarter_start)} đến ngày {format_date_short(data.quarter_end)})"
        if data.quarter_start and data.quarter_end
        else ""
    )
    story.append(
        para(
            f"{data.committee} báo cáo kết quả thực hiện các mô hình thi đua {q}{span}, số liệu tính "
            f"đến ngày {format_date_short(data.as_of)}, như sau:"
        )
    )
    story.append(section("I. KẾT QUẢ CHUNG THEO MÔ HÌNH"))
    story += _models_table(data.models)
    story.append(section("II. MỘT SỐ SỐ LIỆU TRONG QUÝ"))
    if data.figures:
        story += data_table(
            [["Nội dung", "Số liệu"]],
            [list(f) for f in data.figures],
            [WIDTH * 0.72, WIDTH * 0.28],
            align=["LEFT", "CENTER"],
        )
    else:
        story.append(para("Không có số liệu ghi trong quý."))
    story += _youth(f"III. {YOUTH_SECTION}", data)
    story.append(section("IV. TIẾN ĐỘ CHƯƠNG TRÌNH HÀNH ĐỘNG"))
    story += _task_table(data.tasks, progress=True) if data.tasks else [para("Chưa giao nhiệm vụ nào.")]
    story.append(section("V. CHỈ TIÊU CHƯA ĐẠT, CÓ NGUY CƠ CHƯA ĐẠT"))
    short = _shortfalls(data.models)
    story += bullets(short) if short else [para("Không có.")]
    story.append(section("VI. NHIỆM VỤ TRỌNG TÂM QUÝ TỚI"))
    overdue = [t.title for t in data.tasks if t.state == "Quá hạn"]
    last = bullets(
        ["Khắc phục ngay các chỉ tiêu còn thiếu nêu tại mục V."]
        + ([f"Hoàn thành các nhiệm vụ quá hạn: {'; '.join(overdue)}."] if overdue else [])
        + ["Duy trì lãnh đạo xuống thôn, tổ dân phố hằng tuần và tiếp công dân hằng tháng."]
    )
    _end(story, data, last)
    return BuiltReport(
        title=f"Báo cáo {q} — {data.committee}",
        subject=subject,
        author=data.committee,
        story=story,
        margins=S.PARTY_MARGINS,
        documents=["Báo cáo quý"],
    )


def build_review(data: CommuneDocData) -> BuiltReport:
    subject = f"Sơ kết thực hiện các mô hình thi đua năm {data.period_label}"
    story = new_document("Báo cáo sơ kết", first=True)
    story.append(heading_block(data.heading, WIDTH))
    story += title_block("Báo cáo", subject)
    story.append(
        para(
            f"{data.committee} sơ kết việc thực hiện các mô hình thi đua năm {data.period_label}, lấy "
            f"sự hài lòng của Nhân dân làm thước đo; số liệu tính đến ngày "
            f"{format_date_short(data.as_of)}."
        )
    )
    story.append(section("I. KẾT QUẢ CHUNG"))
    story += _models_table(data.models)
    story.append(section("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THEO TỪNG MÔ HÌNH"))
    for i, m in enumerate(data.models, start=1):
        story.append(
            keep_with_next(
                Spacer(1, 4), para(f"{i}. {m.title}: đạt {m.met}/{m.applicable} chỉ tiêu ({format_percent(m.share)}).")
            )
        )
        story += _criteria(m)
    story.append(section("III. SỰ HÀI LÒNG CỦA NHÂN DÂN"))
    story += _satisfaction(data)
    story.append(section("IV. MÔ HÌNH “DÂN VẬN KHÉO”"))
    story += _dvk_models(data)
    story += _youth(f"V. {YOUTH_SECTION}", data)
    n = 6
    if data.figures:
        story.append(section(f"{roman(n)}. SỐ LIỆU THEO DÕI TRONG NĂM"))
        story += data_table(
            [["Nội dung", "Số liệu"]],
            [list(f) for f in data.figures],
            [WIDTH * 0.72, WIDTH * 0.28],
            align=["LEFT", "CENTER"],
        )
        n += 1
    story.append(section(f"{roman(n)}. THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG"))
    story += _task_table(data.tasks, progress=True) if data.tasks else [para("Chưa giao nhiệm vụ nào.")]
    story.append(section(f"{roman(n + 1)}. HẠN CHẾ, NGUYÊN NHÂN"))
    short = _shortfalls(data.models)
    story += bullets(short) if short else [para("Không có chỉ tiêu chưa đạt.")]
    n += 2
    if data.lessons.strip():
        story.append(section(f"{roman(n)}. BÀI HỌC KINH NGHIỆM"))
        story += _written(data.lessons)
        n += 1
    story.append(section(f"{roman(n)}. PHƯƠNG HƯỚNG NĂM TỚI"))
    last = (
        _written(data.directions)
        if data.directions.strip()
        else bullets(
            [
                "Tập trung khắc phục các chỉ tiêu chưa đạt nêu trên; giao cơ quan chủ trì, thời hạn cụ thể.",
                (
                    "Tiếp tục khảo sát sự hài lòng của Nhân dân trong quý IV; người đứng đầu cấp ủy chịu trách nhiệm "
                    "về kết quả thực hiện."
                ),
            ]
        )
    )
    _end(story, data, last)
    return BuiltReport(
        title=f"Báo cáo sơ kết năm {data.period_label} — {data.committee}",
        subject=subject,
        author=data.committee,
        story=story,
        margins=S.PARTY_MARGINS,
        documents=["Báo cáo sơ kết"],
    )


def build_registration(data: CommuneDocData) -> BuiltReport:
    """The committee's registration for the year's models (issue 20 item 1), Party format."""
    subject = f"Thực hiện các mô hình thi đua năm {data.period_label}"
    story = new_document("Bản đăng ký", first=True)
    story.append(heading_block(data.heading, WIDTH))
    story += title_block("Đăng ký", subject)
    story.append(
        para(
            f"Thực hiện Nghị quyết số 05-NQ/TU ngày 14/01/2026 của Ban Chấp hành Đảng bộ thành phố về "
            f"xây dựng, thực hiện các mô hình chủ nghĩa xã hội gắn với con người xã hội chủ nghĩa, "
            f"{data.committee} đăng ký thực hiện các mô hình thi đua năm {data.period_label} như sau:"
        )
    )
    story.append(section("I. CÁC MÔ HÌNH ĐĂNG KÝ THỰC HIỆN"))
    rows = [[str(i), title, kind, str(n)] for i, (title, kind, n) in enumerate(data.registered, start=1)]
    story += data_table(
        [["STT", "Mô hình", "Loại mô hình", "Số chỉ tiêu"]],
        rows,
        [WIDTH * x / 100 for x in (8, 52, 26, 14)],
        align=["CENTER", "LEFT", "LEFT", "CENTER"],
    )
    story.append(section(f"II. MÔ HÌNH “DÂN VẬN KHÉO” NĂM {data.period_label}"))
    story.append(
        para(
            f"{data.committee} đăng ký xây dựng mô hình “{data.dvk_model}”, gắn với nhiệm vụ chuyên môn của địa phương."
            if data.dvk_model
            else "Chưa đăng ký mô hình “Dân vận khéo” (mỗi năm cần ít nhất 01 mô hình)."
        )
    )
    story.append(section("III. CÁC MỐC THỜI GIAN TRONG NĂM"))
    if data.calendar:
        story += data_table(
            [["Thời hạn", "Nội dung"]],
            [[format_date_short(d), t] for d, t in data.calendar],
            [WIDTH * 0.2, WIDTH * 0.8],
            align=["CENTER", "LEFT"],
        )
    else:
        story.append(para("Không có mốc thời gian nào được quy định."))
    story.append(section("IV. CAM KẾT"))
    last = bullets(
        [
            "Xây dựng chương trình hành động, giao nhiệm vụ cụ thể cho từng cơ quan, đơn vị chủ trì.",
            "Theo dõi các chỉ tiêu định kỳ; lấy sự hài lòng của Nhân dân làm thước đo khi sơ kết.",
            "Người đứng đầu cấp ủy chịu trách nhiệm về kết quả thực hiện các mô hình đã đăng ký.",
        ]
    )
    _end(story, data, last)
    return BuiltReport(
        title=f"Đăng ký thực hiện các mô hình năm {data.period_label} — {data.committee}",
        subject=subject,
        author=data.committee,
        story=story,
        margins=S.PARTY_MARGINS,
        documents=["Bản đăng ký"],
    )


BUILDERS = {
    "programme": build_programme,
    "quarterly": build_quarterly,
    "review": build_review,
    "registration": build_registration,
}
