"""Certificates ("Giấy chứng nhận") for recognised branches and members: A4 landscape, one
per page, a double frame, the Union heading, the title, the recipient, the decision it rests on,
the place-date line and the signature.
"""

from __future__ import annotations

from reportlab.platypus import Spacer, Table, TableStyle

from desktop.i18n.formatting import place_date_line
from desktop.reports import styles as S
from desktop.reports.builders.registration import period_phrase
from desktop.reports.fonts import BOLD, REGULAR, string_width
from desktop.reports.layout import LANDSCAPE_WIDTH, P, Rule, new_document
from desktop.reports.model import Certificate, CertificatesData
from desktop.reports.render import CERTIFICATE, BuiltReport


def _top(data: CertificatesData) -> Table:
    # A table cell holding a list takes flowables only: without an upper level the line is left
    # out (a "" in the list crashed the build when the Đoàn cơ sở had no upper level set).
    left = ([P(data.issuer.header_upper_level.upper(), S.HEADER_LEFT)] if data.issuer.upper_level else []) + [
        P(data.issuer.header_name.upper(), S.HEADER_LEFT_BOLD),
        P(S.UNION_STARS, S.HEADER_LEFT),
    ]
    head_len = string_width(S.UNION_HEADING, BOLD, S.UNION_HEADING_SIZE)
    right = [P(S.UNION_HEADING, S.HEADER_RIGHT), Rule(head_len, space_before=0)]
    t = Table([[left, right]], colWidths=[LANDSCAPE_WIDTH * 0.45, LANDSCAPE_WIDTH * 0.55])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def _bottom(data: CertificatesData) -> Table:
    sig = data.signature
    right = [
        P(place_date_line(data.issuer.place, data.issued_on), S.PLACE_DATE),
        P(sig.on_behalf.upper(), S.SIGN_CAPS),
        P(sig.title.upper(), S.SIGN_CAPS),
        Spacer(1, S.SIGNATURE_GAP),
        P(sig.name or " ", S.SIGN_CAPS),
    ]
    t = Table([["", right]], colWidths=[LANDSCAPE_WIDTH * 0.5, LANDSCAPE_WIDTH * 0.5])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def certificate_story(data: CertificatesData, cert: Certificate, first: bool) -> list:
    story = new_document(f"Giấy chứng nhận — {cert.recipient}", first=first)
    story.append(_top(data))
    member = cert.title.upper().startswith("ĐOÀN VIÊN")
    middle = [
        P(S.CERT_TITLE, S.CERT_TITLE_STYLE),
        Spacer(1, 4),
        P(f"BAN CHẤP HÀNH {data.issuer.name.upper()} CHỨNG NHẬN", S.CERT_HEADING),
        Spacer(1, 12),
        P(("Đồng chí " if member else "") + cert.recipient, S.CERT_NAME_STYLE),
    ]
    if cert.detail:
        middle.append(P(cert.detail, S.CERT_TEXT_STYLE))
    middle += [
        Spacer(1, 10),
        P(f"Đạt danh hiệu “{cert.title.upper()}” {period_phrase(cert.period_label)}", S.CERT_TEXT_STYLE),
    ]
    if data.decision_ref:
        middle.append(P(f"({data.decision_ref})", S.CERT_TEXT_ITALIC))
    box = Table([[middle]], colWidths=[LANDSCAPE_WIDTH], rowHeights=[S.CERT_BODY_HEIGHT])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(box)
    story.append(_bottom(data))
    return story


def build_certificates(data: CertificatesData) -> BuiltReport:
    story: list = []
    for i, cert in enumerate(data.certificates):
        story += certificate_story(data, cert, first=i == 0)
    return BuiltReport(
        title=f"Giấy chứng nhận — {data.issuer.name}",
        subject="Giấy chứng nhận Chi đoàn XHCN, Đoàn viên XHCN",
        author=data.issuer.name,
        story=story,
        orientation=CERTIFICATE,
        margins=S.LANDSCAPE_MARGINS,
        page_numbers=False,
        documents=[f"Giấy chứng nhận — {c.recipient}" for c in data.certificates],
    )
