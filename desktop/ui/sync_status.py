"""Online sync in the status bar (issues 9 and 24): what is true now — "Đồng bộ lần cuối …, còn N
gói chờ gửi", or the problem in one Vietnamese sentence — and the background sender.

The sender runs the Qt-free logic (services/online_sync.sync_now) through env.runner, never on
the GUI thread:
* a package queued anywhere in the app goes out within seconds (the "sync" change on the bus);
* while anything waits, the hub is probed with a backoff capped at about a minute;
* a pull every minute and a half while the app is open, and at once from "Gửi – nhận ngay"
  (this indicator, or the button on the Gửi – nhận page);
* quitting with packages waiting to go online asks first.
Also the home screen's banner (SyncProblemBanner) when something is wrong."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QToolButton, QWidget

from desktop.ui.i18n import ui_formatter
from desktop.services.changes import Changes

if TYPE_CHECKING:
    from desktop.services import exchange as online_sync


def _sync():
    """desktop.services.exchange.online_sync, imported on first use: mostly on the task runner's thread, so
    the sync and crypto modules stay out of the window's start-up (issue 13)."""
    from desktop.services import exchange as online_sync

    return online_sync


FIRST_AFTER_MS = 4_000  # the first round, once the window is up
QUEUED_AFTER_MS = 300  # a package just queued: sent this soon
MAX_WAIT_MS = 90_000  # never sleep longer than the pull interval
MIN_WAIT_MS = 1_000
WATCH_NETWORK_AFTER_MS = 1_500
TEXT_MAX = 110  # characters of a problem shown in the status bar (all of it in the tooltip)


def _short(text: str, n: int = TEXT_MAX) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


class SyncStatus(QToolButton):
    """The status-bar indicator and the background sender in one small widget."""

    def __init__(self, env, parent=None):
        super().__init__(parent)
        self.env = env
        self.setObjectName("sync_status")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.status: online_sync.Status | None = None
        self.running = False
        self.again = False  # a round was asked for while one was running
        self.last_result: online_sync.SyncResult | None = None
        self.ask_on_quit = True
        self.clicked.connect(self.sync_now)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        self.soon = QTimer(self)  # coalesces several "sync" changes into one round
        self.soon.setSingleShot(True)
        self.soon.setInterval(QUEUED_AFTER_MS)
        self.soon.timeout.connect(self._queued)
        self.network = None
        self._emitting = False
        # Qt's network-information plugin takes ~50 ms to load: watched once the window is up
        # (the first round is FIRST_AFTER_MS later anyway; start-up speed, issue 13).
        QTimer.singleShot(WATCH_NETWORK_AFTER_MS, self, self._watch_network)
        env.bus.changed.connect(self._on_changed)
        self.refresh()

    # ------------------------------------------------------------ lifecycle
    def start(self) -> None:
        self.timer.start(FIRST_AFTER_MS)

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.loadDefaultBackend() and QNetworkInformation.instance() is not None:
                self.network = QNetworkInformation.instance()
                self.network.reachabilityChanged.connect(self._reachability)
        except (ImportError, RuntimeError, AttributeError):
            self.network = None

    def _reachability(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self.network_back()

    def network_back(self) -> None:
        """The connection came back: forget the backoff and try now."""
        ctx = self.env.ctx
        self.env.runner.run(
            lambda: _sync().reset_backoff(ctx), on_done=lambda _r: self.tick(), on_error=lambda exc, tb: None
        )

    def _on_changed(self, changes: Changes) -> None:
        if self._emitting:
            return
        if changes.touches("sync") or changes.touches("settings"):
            self.refresh()
            self.soon.start()  # something was queued (or the connection saved): send it now

    def _queued(self) -> None:
        ctx = self.env.ctx

        def check():
            st = _sync().status(ctx)
            if st.configured and _sync().sendable_pending(ctx):
                _sync().reset_backoff(ctx)
                return True
            return False

        self.env.runner.run(check, on_done=lambda go: self.tick() if go else None, on_error=lambda exc, tb: None)

    # ------------------------------------------------------------ work (off the GUI thread)
    def refresh(self) -> None:
        ctx = self.env.ctx
        self.env.runner.run(lambda: _sync().status(ctx), on_done=self._show, on_error=lambda exc, tb: None)

    def tick(self) -> None:
        """A round if the hub is configured and the backoff allows it; then sleep until the next."""
        if self.running:
            self.again = True
            return
        ctx = self.env.ctx

        def check():
            st = _sync().status(ctx)
            return st if st.configured and _sync().due(ctx) else None

        self.env.runner.run(
            check,
            on_done=lambda st: self._round(manual=False) if st is not None else self._plan(),
            on_error=lambda exc, tb: self._plan(),
        )

    def sync_now(self) -> None:
        """ "Gửi – nhận ngay": held packages are tried again too."""
        self._round(manual=True)

    def _round(self, *, manual: bool) -> None:
        if self.running:
            self.again = True
            return
        ctx = self.env.ctx
        self.running = True
        self._render()

        def work():
            if not _sync().status(ctx).configured:
                return None
            return _sync().sync_now(ctx, manual=manual)

        self.env.runner.run(work, on_done=self._synced, on_error=self._failed)

    def _synced(self, res) -> None:
        self.running = False
        self.last_result = res
        if res is not None and (res.sent or res.received or res.failed):
            self._emitting = True
            try:
                self.env.bus.emit(Changes.of("sync"))
            finally:
                self._emitting = False
        self.refresh()
        if self.again:
            self.again = False
            self.tick()
        else:
            self._plan()

    def _failed(self, exc, tb) -> None:
        self.running = False
        self.setToolTip(str(exc))
        self.refresh()
        self._plan()

    def _plan(self) -> None:
        """Sleep until the next round is due (backoff, pull interval), at most MAX_WAIT_MS."""
        ctx = self.env.ctx

        def wait_s():  # online sync off: just look again now and then (the setting may be saved)
            return _sync().seconds_until_due(ctx) if _sync().status(ctx).configured else MAX_WAIT_MS / 1000

        self.env.runner.run(
            wait_s,
            on_done=lambda s: self.timer.start(int(max(MIN_WAIT_MS, min(MAX_WAIT_MS, s * 1000)))),
            on_error=lambda exc, tb: self.timer.start(MAX_WAIT_MS),
        )

    # ------------------------------------------------------------ display
    def _show(self, st: online_sync.Status) -> None:
        self.status = st
        self._render()

    def problem_text(self) -> str | None:
        """The sentence the user must read, or None when all is well."""
        st = self.status
        if st is None or not st.configured:
            return None
        if st.last_error and st.pending:
            return st.last_error
        if st.held_reasons:
            return st.held_reasons[0]
        if st.last_error:
            return st.last_error
        return None

    def _render(self) -> None:
        st = self.status
        if st is None:
            return
        problem = self.problem_text()
        if self.running:
            text = self.tr("Sending and receiving…")
        elif not st.configured:
            text = self.tr("Online sync off, {0} package(s) waiting to be sent").format(st.pending)
        elif problem and st.last_error and st.pending:
            text = self.tr("Not sent ({0} waiting): {1}").format(st.pending, _short(problem))
        elif problem and st.held:
            text = self.tr("{0} package(s) refused by the hub: {1}").format(st.held, _short(problem))
        elif problem:
            text = _short(problem)
        elif st.last_success_at is None:
            text = self.tr("Never synced, {0} package(s) waiting to be sent").format(st.pending)
        else:
            text = self.tr("Last synced {0}, {1} package(s) waiting to be sent").format(
                ui_formatter().datetime(st.last_success_at.astimezone().replace(tzinfo=None)), st.pending
            )
        self.setText(text)
        self.setStyleSheet("color: #8a1c14;" if problem and not self.running else "")
        tip = [self.tr("Hub: {0}").format(st.hub_url or self.tr("not set (Send – receive page, Hub connection)"))]
        if problem:
            tip.append(problem)
        tip.extend(st.held_reasons[1:])
        if st.configured:
            tip.append(
                self.tr(
                    "Packages are sent within seconds when the hub is reachable, and checked again "
                    "every minute while they wait. Click to send and receive now."
                )
            )
        self.setToolTip("\n".join(tip))

    def changeEvent(self, e):
        if e.type() == QEvent.LanguageChange:
            self._render()
        super().changeEvent(e)

    # ------------------------------------------------------------ quitting
    def waiting_online(self) -> int:
        st = self.status
        if st is None or not st.configured:
            return 0
        return max(0, st.pending - st.held)

    def confirm_quit(self) -> bool:
        """True when the window may close: nothing waits to go online, or the user said so."""
        n = self.waiting_online()
        if not self.ask_on_quit or n == 0:
            return True
        box = QMessageBox(
            QMessageBox.Question,
            self.tr("Packages waiting"),
            self.tr(
                "{0} package(s) have not reached the hub yet. They stay in the outbox and go "
                "out the next time Sổ Thi Đua is open and the hub is reachable."
            ).format(n),
            QMessageBox.NoButton,
            self.window(),
        )
        box.setObjectName("quit_with_waiting")
        send = box.addButton(self.tr("Send now, then quit"), QMessageBox.AcceptRole)
        send.setObjectName("quit_send_first")
        leave = box.addButton(self.tr("Quit anyway"), QMessageBox.DestructiveRole)
        leave.setObjectName("quit_anyway")
        stay = box.addButton(self.tr("Stay"), QMessageBox.RejectRole)
        stay.setObjectName("quit_stay")
        box.setDefaultButton(send)
        box.exec()
        clicked = box.clickedButton()
        if clicked is leave:
            return True
        if clicked is send:
            self._send_then_close()
        return False

    def _send_then_close(self) -> None:
        window = self.window()
        self.ask_on_quit = False

        def done(res):
            self._synced(res)
            if res is not None and res.pending and res.error:
                self.ask_on_quit = True  # it did not go: say so instead of closing
                QMessageBox.warning(window, self.tr("Packages waiting"), self.tr("Not sent: {0}").format(res.error))
                return
            window.close()

        ctx = self.env.ctx
        self.running = True
        self._render()
        self.env.runner.run(lambda: _sync().sync_now(ctx), on_done=done, on_error=self._failed)


class _QuitGuard(QObject):
    def __init__(self, window, widget: SyncStatus):
        super().__init__(window)
        self.widget = widget

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Close and not self.widget.confirm_quit():
            event.ignore()
            return True
        return False


class SyncProblemBanner(QWidget):
    """On the home screen: the online-sync problem in one sentence, with the way to the page
    where it is fixed. Hidden when all is well."""

    def __init__(self, env, parent=None):
        super().__init__(parent)
        self.env = env
        self.setObjectName("sync_problem_banner")
        self.label = QLabel()
        self.label.setObjectName("sync_problem_text")
        self.label.setWordWrap(True)
        self.open_btn = QPushButton()
        self.open_btn.setObjectName("sync_problem_open")
        self.open_btn.clicked.connect(self._open)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.open_btn)
        self.setStyleSheet("QLabel#sync_problem_text { background: #f8d7d5; color: #8a1c14; padding: 4px; }")
        self.setVisible(False)
        env.bus.changed.connect(lambda ch: self.reload() if ch.touches("sync") or ch.touches("settings") else None)
        QTimer.singleShot(0, self, self.reload)  # after the home page's own figures (start-up speed)

    def reload(self) -> None:
        ctx = self.env.ctx
        self.env.runner.run(lambda: _sync().status(ctx), on_done=self._show, on_error=lambda exc, tb: None, parent=self)

    def _show(self, st) -> None:
        problem = None
        if st.configured:
            if st.last_error and st.pending:
                problem = self.tr("{0} package(s) not sent: {1}").format(st.pending, st.last_error)
            elif st.held_reasons:
                problem = self.tr("{0} package(s) refused by the hub: {1}").format(st.held, st.held_reasons[0])
        self.open_btn.setText(self.tr("Open Send – receive"))
        self.label.setText(problem or "")
        self.setVisible(bool(problem))

    def _open(self) -> None:
        window = self.env.window
        if window is not None and hasattr(window, "show_page"):
            window.show_page("outbox")


def install(window, env) -> SyncStatus:
    """Put the indicator in the main window's status bar, start the background sender, and ask
    before the window closes with packages waiting to go online."""
    widget = SyncStatus(env, window)
    window.statusBar().addPermanentWidget(widget)
    window.sync_status = widget
    window.installEventFilter(_QuitGuard(window, widget))
    widget.start()
    return widget
