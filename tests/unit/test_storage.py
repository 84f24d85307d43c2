"""The engine factory's safety pragmas and the unit of work."""

import pytest
from sqlalchemy import text

from db.engine import make_engine
from db.uow import ReadOnlyError, UnitOfWork


def test_every_connection_has_wal_full_sync_and_foreign_keys(tmp_path):
    engine = make_engine(tmp_path / "t.db")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_a_failed_action_writes_nothing(ctx, branch_unit):
    from db.repo import units as units_repo

    with pytest.raises(RuntimeError):
        with ctx.uow.begin() as s:
            units_repo.save(s, branch_unit.validated(), is_self=True)
            raise RuntimeError("power cut in the middle")
    with ctx.uow.read() as s:
        assert units_repo.get_self(s) is None


def test_read_only_unit_of_work_refuses_writes(tmp_path):
    uow = UnitOfWork(make_engine(tmp_path / "t.db"), read_only=True)
    with pytest.raises(ReadOnlyError, match="chỉ đọc"):
        with uow.begin():
            pass
    uow.dispose()


def test_unit_profile_is_stored_with_an_audit_entry(branch_ctx):
    from db import audit
    from desktop.services.units import self_unit

    assert self_unit(branch_ctx).name == "Chi đoàn Tổ dân phố số 3"
    with branch_ctx.uow.read() as s:
        chain = audit.verify_chain(s)
        hist = audit.history(s, "unit", "CD-TDP3")
    assert chain["ok"] and chain["entries"] == 1
    assert hist[0]["action"] == "create" and hist[0]["after"]["branch_type"] == "dan-cu"


def test_unit_settings_have_documented_defaults_and_are_validated(branch_ctx):
    from desktop.domain.errors import DomainError
    from desktop.services.units import set_unit_setting, unit_settings

    s = unit_settings(branch_ctx, "CD-TDP3")
    assert s["member_base"] == "end" and s["cd32_meetings_per_year"] == 12
    set_unit_setting(branch_ctx, "CD-TDP3", "member_base", "average")
    assert unit_settings(branch_ctx, "CD-TDP3")["member_base"] == "average"
    with pytest.raises(DomainError, match="không hợp lệ"):
        set_unit_setting(branch_ctx, "CD-TDP3", "member_base", "giua-ky")


# ---------------------------------------------------------------------------- Windows long paths
def test_paths_past_windows_max_path_get_the_extended_length_form():
    """Windows refuses a path of 260+ characters unless it is written \\\\?\\C:\\… (the policy
    that lifts the limit is off by default); short paths stay as the user typed them."""
    from desktop.paths import WINDOWS_MAX_PATH, extended_windows_path

    short = "C:\\Users\\Nguyễn Thị Hoa\\Documents\\Báo cáo.pdf"
    assert extended_windows_path(short) == short
    deep = "C:\\Users\\Nguyễn Thị Hoa\\OneDrive\\" + "Hồ sơ thi đua Chi đoàn năm học\\" * 8 + "Bản đăng ký.pdf"
    assert len(deep) > WINDOWS_MAX_PATH
    assert extended_windows_path(deep) == "\\\\?\\" + deep
    # Close to the limit: the temporary sibling written first would cross it.
    near = "C:\\" + "a" * (WINDOWS_MAX_PATH - 20) + ".pdf"
    assert extended_windows_path(near).startswith("\\\\?\\C:\\")
    unc = "\\\\may-chu\\chung\\" + "Thư mục dài\\" * 25 + "x.xlsx"
    assert extended_windows_path(unc) == "\\\\?\\UNC\\may-chu\\chung\\" + unc[len("\\\\may-chu\\chung\\") :]
    assert extended_windows_path("\\\\?\\" + deep) == "\\\\?\\" + deep
    assert extended_windows_path(deep.replace("\\", "/")) == "\\\\?\\" + deep


def test_long_paths_are_left_alone_off_windows(tmp_path):
    from desktop.paths import long_path_safe

    deep = tmp_path.joinpath(*["Hồ sơ thi đua Chi đoàn"] * 12, "Bản đăng ký.pdf")
    assert long_path_safe(deep) == deep
