"""Fixed wording of the documents: legal bases ("Căn cứ"), the model's name, titles.

Quoted from the source documents where they give the wording (file:line, see docs/architecture.md); where they
are silent the wording is the usual administrative form, marked INFERRED.
"""

from __future__ import annotations

# 000_1c0f726cb99b4634.txt:4 (title of the resolution, verbatim).
NQ05 = (
    "Nghị quyết số 05-NQ/TU ngày 14/01/2026 của Ban Chấp hành Đảng bộ thành phố về xây dựng "
    "và triển khai thực hiện một số mô hình Chủ nghĩa xã hội gắn với con người xã hội chủ "
    "nghĩa tại thành phố Hải Phòng giai đoạn 2026 - 2030 và những năm tiếp theo"
)
# 000_1c0f726cb99b4634.txt:228 (number); 002_1f659a59af196e35.txt:3 (issuer: Ban Thường vụ
# Thành ủy; the day is blank in the seeds, so none is printed).
DE_AN_04 = "Đề án số 04-ĐA/TU của Ban Thường vụ Thành ủy"
# 001_9df586bd548f38af.txt:2966-2967 (verbatim; BRIEF Q1 notes the 2025-2030 variant).
MODEL_NAME = (
    "“Chi đoàn xã hội chủ nghĩa gắn với đoàn viên xã hội chủ nghĩa tại thành phố Hải "
    "Phòng giai đoạn 2026 – 2030 và những năm tiếp theo”"
)
BRANCH_TITLE = "Chi đoàn xã hội chủ nghĩa"
MEMBER_TITLE = "Đoàn viên xã hội chủ nghĩa"
# INFERRED: the Union's own rules every decision of a Youth Union body cites.
UNION_CHARTER = "Điều lệ Đoàn TNCS Hồ Chí Minh"
# 000_1c0f726cb99b4634.txt:182: recognised when ≥ 80 % of the criteria set are completed.
RECOGNITION_RULE = "hoàn thành ít nhất 80% các tiêu chí đã đề ra"


def decision_bases(issuer_body: str, *, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The "Căn cứ" clauses of a recognition decision (BRIEF §7 D8)."""
    return (
        f"Căn cứ {UNION_CHARTER};",
        f"Căn cứ {NQ05};",
        f"Căn cứ {DE_AN_04} và các tiêu chí xây dựng mô hình {MODEL_NAME};",
        *extra,
        (
            f"Căn cứ kết quả theo dõi, đánh giá mức độ hoàn thành tiêu chí và đề nghị của các chi "
            f"đoàn; xét đề nghị của Văn phòng {issuer_body},"
        ),
    )
