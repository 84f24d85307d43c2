"""Submitting and signing are for the "Bí thư / quản trị" role only (issue 8, roles)."""

import pytest

from desktop.domain.errors import DomainError


@pytest.mark.parametrize("call", ["package", "registration"])
def test_staff_cannot_submit_to_the_upper_level(branch_ctx, call):
    from desktop.services.year import cycle
    from desktop.services.exchange import submissions

    branch_ctx.role = "staff"
    with pytest.raises(DomainError) as e:
        if call == "package":
            submissions.submit(branch_ctx, "registration", "2027")
        else:
            cycle.submit_registration(branch_ctx, "CD-TDP3", "2027")
    assert "ký và gửi" in str(e.value) or "nộp bản đăng ký" in str(e.value)
