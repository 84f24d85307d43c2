"""The report kinds: stable CLI names, titles, who issues them, their document types.

Pure data (no ReportLab import) so the CLI's ``--list`` and the UI's chooser stay light.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n.catalogue import texts
from desktop.i18n.markers import QT_TRANSLATE_NOOP

BRANCH, GRASSROOTS = "branch", "grassroots"


@dataclass(frozen=True)
class ReportKind:
    key: str  # CLI name
    title_en: str  # marked for translation; the Vietnamese is in the .ts files (title_vi)
    scope: str  # BRANCH: about one chi đoàn (its own, or --branch on a Đoàn cơ sở); GRASSROOTS
    type_codes: tuple[str, ...]  # numbered documents inside, in order ("BC", "TTr"); () unnumbered
    brief: str  # BRIEF §7 reference
    needs_quarter: bool = False
    landscape: bool = False
    upper_only: bool = False  # about one branch, but issued by its Đoàn cơ sở (the appraisal sheet)

    @property
    def title_vi(self) -> str:
        """The Vietnamese title: what the paper, the file names and the command line say."""
        return texts("vi").translate("ReportKind", self.title_en)

    @property
    def numbered(self) -> bool:
        return bool(self.type_codes)


KINDS: tuple[ReportKind, ...] = (
    ReportKind(
        "registration",
        QT_TRANSLATE_NOOP("ReportKind", "Registration for the Socialist branch model with the member list"),
        BRANCH,
        ("ĐK",),
        "D1, D2",
    ),
    ReportKind(
        "quarterly",
        QT_TRANSLATE_NOOP("ReportKind", "Quarterly progress report"),
        BRANCH,
        ("BC",),
        "D4",
        needs_quarter=True,
    ),
    ReportKind(
        "year-end",
        QT_TRANSLATE_NOOP(
            "ReportKind", "Year-end report, self-assessment, proposal for recognition and the Socialist member list"
        ),
        BRANCH,
        ("BC", "TTr"),
        "D6, D9",
    ),
    ReportKind(
        "volunteer-log",
        QT_TRANSLATE_NOOP("ReportKind", "Volunteer-day log (per member and per activity)"),
        BRANCH,
        (),
        "CD-3.6",
    ),
    ReportKind(
        "registration-summary",
        QT_TRANSLATE_NOOP("ReportKind", "Registration summary of the branches (due 20/11)"),
        GRASSROOTS,
        ("BC",),
        "D3",
    ),
    ReportKind(
        "results-summary",
        QT_TRANSLATE_NOOP("ReportKind", "Results summary of the branches (due 10/11)"),
        GRASSROOTS,
        ("BC",),
        "D5",
    ),
    ReportKind(
        "appraisal",
        QT_TRANSLATE_NOOP(
            "ReportKind", "Appraisal sheet of a branch (its self-assessment and the Đoàn cơ sở's opinion per criterion)"
        ),
        BRANCH,
        (),
        "D7",
        upper_only=True,
    ),
    ReportKind(
        "decision",
        QT_TRANSLATE_NOOP("ReportKind", "Recognition decision for Socialist branches and members (with the lists)"),
        GRASSROOTS,
        ("QĐ",),
        "D8, D9",
    ),
    ReportKind(
        "certificates",
        QT_TRANSLATE_NOOP("ReportKind", "Certificates for recognised branches and members"),
        GRASSROOTS,
        (),
        "D8",
        landscape=True,
    ),
    ReportKind(
        "ranking",
        QT_TRANSLATE_NOOP("ReportKind", "Year-end emulation ranking of the Union organisations below"),
        GRASSROOTS,
        (),
        "D10",
    ),
    ReportKind(
        "review",
        QT_TRANSLATE_NOOP("ReportKind", "Interim (2027) or final (2030) review of the model over the years"),
        GRASSROOTS,
        ("BC",),
        "D11",
    ),
)

BY_KEY = {k.key: k for k in KINDS}


def kind(key: str) -> ReportKind:
    return BY_KEY[key]
