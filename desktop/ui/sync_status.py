"""Online sync in the status bar (issue 9 §3): "Đồng bộ lần cuối …, còn N gói chờ gửi" and the
background sender. The sender runs the Qt-free logic (services/online_sync.sync_now) through
env.runner — never on the GUI thread — on start, every few minutes, and as soon as the network
comes back; failures back off exponentially (the state is kept on disk, so a restart resumes it).
Clicking the indicator syncs now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QToolButton

from desktop.i18n.formatting import format_datetime
from desktop.services.changes import Changes

if TYPE_CHECKING:
    from desktop.services import online_sync


def _sync():
    """desktop.services.online_sync, imported on first use: mostly on the task runner's thread, so
    the sync and crypto modules stay out of the window's start-up (issue 13)."""
    from desktop.services import online_sync

    return online_sync


CHECK_EVERY_MS = 60_000  # how often the sender asks whether a round is due (reads a small file)
FIRST_AFTER_MS = 4_000  # the first round, once the window is up
WATCH_NETWORK_AFTER_MS = 1_500


class SyncStatus(QToolButton):
    """The status-bar indicator and the background sender in one small widget."""

    def __init__(self, env, parent=None):
        super().__init__(parent)
        self.env = env
        self.setObjectName("sync_status")
        self.setAutoRaise(True)
        self.status: online_sync.Status | None = None
        self.running = False
        self.last_result: online_sync.SyncResult | None = None
        self.clicked.connect(self.sync_now)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.network = None
        # Qt's network-information plugin takes ~50 ms to load: watched once the window is up
        # (the first round is FIRST_AFTER_MS later anyway; start-up speed, issue 13).
        QTimer.singleShot(WATCH_NETWORK_AFTER_MS, self, self._watch_network)
        env.bus.changed.connect(self._on_changed)
        self.refresh()

    # ------------------------------------------------------------ lifecycle
    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(FIRST_AFTER_MS, self.tick)

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
        self.env.runner.run(lambda: _sync().reset_backoff(ctx), on_done=lambda _r: self.tick(),
                            on_error=lambda exc, tb: None)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("sync"):
            self.refresh()

    # ------------------------------------------------------------ work (off the GUI thread)
    def refresh(self) -> None:
        ctx = self.env.ctx
        self.env.runner.run(lambda: _sync().status(ctx), on_done=self._show, on_error=lambda exc, tb: None)

    def tick(self) -> None:
        """A round if the hub is configured and the backoff allows it."""
        if self.running:
            return
        ctx = self.env.ctx

        def check():
            st = _sync().status(ctx)
            return st if st.configured and _sync().due(ctx) else None

        self.env.runner.run(check, on_done=lambda st: self.sync_now() if st is not None else None,
                            on_error=lambda exc, tb: None)

    def sync_now(self) -> None:
        if self.running:
            return
        ctx = self.env.ctx
        self.running = True
        self._render()

        def work():
            if not _sync().status(ctx).configured:
                return None
            return _sync().sync_now(ctx)

        self.env.runner.run(work, on_done=self._synced, on_error=self._failed)

    def _synced(self, res) -> None:
        self.running = False
        self.last_result = res
        if res is not None and (res.sent or res.received):
            self.env.bus.emit(Changes.of("sync"))
        self.refresh()

    def _failed(self, exc, tb) -> None:
        self.running = False
        self.setToolTip(str(exc))
        self.refresh()

    # ------------------------------------------------------------ display
    def _show(self, st: online_sync.Status) -> None:
        self.status = st
        self._render()

    def _render(self) -> None:
        st = self.status
        if st is None:
            return
        if self.running:
            text = self.tr("Syncing…")
        elif not st.configured:
            text = self.tr("Online sync off, {0} package(s) waiting to be sent").format(st.pending)
        elif st.last_success_at is None:
            text = self.tr("Never synced, {0} package(s) waiting to be sent").format(st.pending)
        else:
            text = self.tr("Last synced {0}, {1} package(s) waiting to be sent").format(
                format_datetime(st.last_success_at.astimezone().replace(tzinfo=None)), st.pending)
        if st.configured and st.failures and not self.running:
            text += " — " + self.tr("hub unreachable, retrying")
        self.setText(text)
        tip = [self.tr("Hub: {0}").format(st.hub_url or self.tr("not set (setting hub_url)"))]
        if st.last_error:
            tip.append(st.last_error)
        tip.append(self.tr("Click to sync now."))
        self.setToolTip("\n".join(tip))

    def changeEvent(self, e):
        if e.type() == QEvent.LanguageChange:
            self._render()
        super().changeEvent(e)


def install(window, env) -> SyncStatus:
    """Put the indicator in the main window's status bar and start the background sender."""
    widget = SyncStatus(env, window)
    window.statusBar().addPermanentWidget(widget)
    widget.start()
    return widget
