import pytest


@pytest.fixture
def env(qapp, ctx):
    from desktop.app import build_env

    e = build_env(ctx, qapp, synchronous=True)
    yield e
    e.translator.set_language("vi")


@pytest.fixture
def branch_env(env, branch_unit):
    from desktop.services.units import save_self_unit, set_signer

    save_self_unit(env.ctx, branch_unit)
    # Documents carry the signer's title and name (issue 19): the wizard asks for them.
    set_signer(env.ctx, branch_unit.code, title="BÍ THƯ", full_name="Nguyễn Thị Hoa")
    return env


@pytest.fixture
def window(qtbot, branch_env):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(branch_env)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture(autouse=True)
def _close_leftover_windows(qapp):
    """Each UI test starts with no window left from an earlier one: a leftover window would
    react to a later language switch by reading a database that no longer exists."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in qapp.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _no_writes_on_the_gui_thread():
    """Every write a screen makes goes through the task runner (issue 22): a write transaction
    begun by screen code on the GUI thread, outside a runner job, fails the test that reaches it."""
    from db.uow import UnitOfWork
    from desktop.ui.writes import refuse_gui_thread_writes

    UnitOfWork.write_check = refuse_gui_thread_writes
    yield
    UnitOfWork.write_check = None
