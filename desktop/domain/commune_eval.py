"""Generic evaluation of commune catalogs by measure type (issue 10; BRIEF §5).

Same output shape as the Chi đoàn engine (desktop/domain/evaluation.py): an ``Evaluation`` with
one ``CriterionResult`` per criterion — status met / not_met / at_risk / not_applicable /
needs_judgement, value, threshold, explanation, details — and the completion share over the
applicable criteria. Rules by measure:

``count_per_period``  records of ``params.log_kind`` dated in each week / month / quarter / year
                      of the period must reach the threshold; an ended sub-period short of it
                      fails for good ("Tuần 45 chưa có buổi lãnh đạo xuống thôn"), the current
                      one is at risk. ``params.months`` restricts the months counted (Q IV
                      survey).
``zero``              no record of ``params.log_kind`` in the period.
``value_min``         a value ≥ threshold (``params.strict``: >). The value is computed from the
                      logs (``params.source`` = survey_share: satisfied / asked over the
                      period's surveys; feedback_answered_share: answered / received) or recorded
                      (``source`` = recorded). Threshold null: the documents give none — the value
                      is shown and a recorded judgement decides.
                      ``source`` = hamlet_share: the share of the commune's thôn / tổ dân phố
                      recorded as meeting the criterion (per-hamlet facts), naming those
                      still missing; without a list of hamlets, the recorded value.
``params.topic``      counts and survey shares read only surveys of that subject
                      (SURVEY_TOPICS); a survey recorded before topics existed counts for any.
``boolean``           a recorded yes/no (value 1/0 or a judgement).
``qualitative``       a recorded judgement.
A recorded judgement (verdict) always decides a criterion. ``params.due_year``: a target due
by that year is "at risk", not "not met", in earlier years. ``params.setting`` names a unit
setting overriding the threshold (desktop/domain/settings.py).

This module runs the rules; they live by concern in commune_eval_counts.py (count_per_period,
zero) and commune_eval_values.py (value_min, boolean, qualitative), with what they share in
commune_eval_run.py (``CommuneData`` is still importable from here).
"""

from __future__ import annotations

from desktop.domain.catalog import Catalog
from desktop.domain.commune_eval_counts import _count, _zero
from desktop.domain.commune_eval_run import _R, CommuneData, _judged, _say, _threshold
from desktop.domain.commune_eval_values import _boolean, _qualitative, _value_min
from desktop.domain.evaluation_model import MET, Evaluation
from desktop.domain.markers import QT_TRANSLATE_NOOP

_RULES = {
    "count_per_period": _count,
    "zero": _zero,
    "value_min": _value_min,
    "boolean": _boolean,
    "qualitative": _qualitative,
}


def evaluate_commune(catalog: Catalog, data: CommuneData) -> Evaluation:
    results = []
    for c in catalog.criteria:
        r = _R(c, _threshold(c, data.settings))
        rule = _RULES.get(c.measure, _qualitative)
        res = rule(c, data, r)
        judged = _judged(data, c, r, res.value) if c.measure in {"count_per_period", "zero"} else None
        results.append(judged or res)
    applicable = [x for x in results if x.status != "not_applicable"]
    met = sum(1 for x in applicable if x.status == MET)
    n = len(applicable)
    share = met / n if n else 0.0
    if catalog.recognition:
        required = catalog.recognition.required(n)
        ok = catalog.recognition.is_met(met, n)
        if ok:
            source = QT_TRANSLATE_NOOP("CommuneEvaluation", "{required}/{count} criteria needed; recognisable.")
        else:
            source = QT_TRANSLATE_NOOP("CommuneEvaluation", "{required}/{count} criteria needed; not recognisable yet.")
        recognition = _say(source, required=required, count=n)
    else:
        required, ok = n, n > 0 and met == n
        recognition = _say(
            QT_TRANSLATE_NOOP(
                "CommuneEvaluation",
                "The documents do not say how this model is recognised: the results serve as figures for the review.",
            )
        )
    return Evaluation(
        unit_code=data.unit_code,
        unit_name=data.unit_name,
        campaign=catalog.id,
        catalog_version=catalog.version,
        period=data.period,
        as_of=data.as_of,
        running=data.as_of <= data.period.end,
        settings=dict(data.settings),
        criteria=tuple(results),
        met=met,
        applicable=n,
        required=required,
        completion_share=share,
        recognisable=ok,
        recognition=recognition,
    )
