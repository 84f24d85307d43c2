import pytest


@pytest.fixture
def env(qapp, ctx):
    from desktop.app import build_env

    e = build_env(ctx, qapp, synchronous=True)
    yield e
    e.translator.set_language("vi")


@pytest.fixture
def branch_env(env, branch_unit):
    from desktop.services.units import save_self_unit

    save_self_unit(env.ctx, branch_unit)
    return env


@pytest.fixture
def window(qtbot, branch_env):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(branch_env)
    qtbot.addWidget(w)
    w.show()
    return w
