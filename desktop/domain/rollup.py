"""What a Đoàn cơ sở's summary adds up to (issue 23 item 7): the totals an upper level shows for it
in its tree — branches, registered (on time), recognisable, proposed, recognised, members and the
mean completion share — read from the summary's branch rows, defensively (they came from another
computer). Worked out once when the summary is received and stored with it, so that the city's
dashboard adds up 122 stored rollups instead of reading 8,000 branch rows. Pure Python."""

from __future__ import annotations

FIELDS = (
    "branches",
    "registered",
    "registered_on_time",
    "recognisable",
    "proposed",
    "recognised",
    "members",
    "members_n",
    "completion_sum",
    "completion_n",
)


def _num(v):
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def branch_counts(b: dict) -> tuple:
    """(registered, on time, recognisable, proposed, recognised, members or None, share or None)
    of one branch row — the reading the tree's branch rows use too."""
    registered = bool(b.get("registered"))
    members, share = _num(b.get("member_count")), _num(b.get("completion_share"))
    return (
        registered,
        registered and b.get("on_time") is not False,  # no date in the row: on time
        bool(b.get("recognisable")),
        bool(b.get("proposed")),
        bool(b.get("recognised")),
        int(members) if members is not None else None,
        float(share) if share is not None else None,
    )


def rollup(rows) -> dict:
    """The counts of a summary's branch rows (``FIELDS``)."""
    out = dict.fromkeys(FIELDS, 0)
    out["completion_sum"] = 0.0
    for b in rows if isinstance(rows, list) else []:
        if not isinstance(b, dict):
            continue
        reg, on_time, able, prop, rec, members, share = branch_counts(b)
        out["branches"] += 1
        out["registered"] += reg
        out["registered_on_time"] += on_time
        out["recognisable"] += able
        out["proposed"] += prop
        out["recognised"] += rec
        if members is not None:
            out["members"] += members
            out["members_n"] += 1
        if share is not None:
            out["completion_sum"] += share
            out["completion_n"] += 1
    return out


def valid(r) -> bool:
    """A stored rollup this build can use (older or altered rows are read again instead)."""
    return (
        isinstance(r, dict)
        and set(r) == set(FIELDS)
        and all(isinstance(r[k], (int, float)) and not isinstance(r[k], bool) and r[k] >= 0 for k in FIELDS)
    )


REPORTS = ("registration", "quarterly", "year-end")


def _text(v):
    return v if isinstance(v, str) else None


def reports_digest(rows) -> list:
    """What the completeness table reads of a summary's branch rows, compact (arrays, not objects;
    no criteria, history or record): one ``[code, name, branch type, registered, on time,
    registered on, reports]`` per branch row, ``reports`` the ``[report, quarter, due, sent on,
    state]`` of every report the row says the branch owed (None when the row lists none); dates and
    the type are text or None (anything else is no date, as the table reads it). Stored once on
    receipt: the city's 8,000 branch rows of a period are read in tens of milliseconds."""
    out = []
    for b in rows if isinstance(rows, list) else []:
        if not isinstance(b, dict):
            continue
        reports = b.get("reports")
        if isinstance(reports, list):
            reports = [
                [x["report"], x.get("quarter"), _text(x.get("due")), _text(x.get("sent_on")), x.get("state")]
                for x in reports
                if isinstance(x, dict) and x.get("report") in REPORTS
            ]
        else:
            reports = None
        out.append(
            [
                b.get("code"),
                b.get("name"),
                _text(b.get("branch_type")),
                b.get("registered"),
                b.get("on_time"),
                _text(b.get("registered_on")),
                reports,
            ]
        )
    return out


def valid_digest(d) -> bool:
    """A stored digest this build reads as it is (else the summary's rows are digested again)."""
    if not isinstance(d, list):
        return False
    text = (str, type(None))
    for r in d:
        if type(r) is not list or len(r) != 7 or not isinstance(r[2], text) or not isinstance(r[5], text):
            return False
        reports = r[6]
        if reports is None:
            continue
        if type(reports) is not list:
            return False
        for x in reports:
            if type(x) is not list or len(x) != 5 or not isinstance(x[2], text) or not isinstance(x[3], text):
                return False
    return True
