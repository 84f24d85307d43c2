"""A commune Party committee's year on two installations, through files only (issue 20 item 11),
modelled on test_chain_two_installations.py: the Party line's upper level (Ban Tuyên giáo và Dân
vận) is created in the first-run wizard and invites the commune; the commune starts from that
invitation (no parent code typed), registers for the year's models, builds a local model, keeps its
log with an evidence file, invites its Đoàn xã and sees the youth progress it shares, prints the
sơ kết, sends it as a file; the upper level receives it, aggregates it and reads it down to a
criterion. The Đoàn xã's own installation is driven through its services here (its screens are
those of any Đoàn cơ sở, covered by the Union chain's test)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWizard

from desktop.domain.units import Unit, UnitKind
from tests.sync.conftest_sync import BRANCH, enrol, open_unit, put_quarterly

UPPER_NAME = "Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng"
COMMUNE = ("DU-LECHAN", "Đảng ủy phường Lê Chân")
YOUTH = Unit(code="DCS-LECHAN", name="Đoàn phường Lê Chân", kind=UnitKind.DOAN_CO_SO, parent_code="TD-HP")


@pytest.fixture
def two_installations(qtbot, qapp, tmp_path):
    from desktop.app import build_env
    from desktop.services.context import open_context

    upper = open_context(tmp_path / "may-ban-tuyen-giao", actor="test")
    upper.today = lambda: date(2026, 12, 22)
    du = open_context(tmp_path / "may-dang-uy", actor="test")
    du.today = lambda: date(2026, 12, 20)
    uenv = build_env(upper, qapp, synchronous=True, language="vi")
    denv = build_env(du, qapp, synchronous=True, language="vi")
    yield uenv, denv, tmp_path
    for ctx in (du, upper):
        ctx.close()


ARTIFACTS = Path(os.environ.get("SOTHIDUA_ARTIFACTS", "/tmp/sothidua-artifacts")) / "party-line"


def _shot(widget, name: str) -> None:
    """Kept for a reviewer (run under Xvfb at 1366×768 to look at the screens)."""
    from PySide6.QtWidgets import QApplication

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(ARTIFACTS / f"{name}.png"))


def _pick(monkeypatch, module, name: str, value):
    monkeypatch.setattr(module, name, lambda *a, **k: value)


def _window(qtbot, env):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(env)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    return w


def _invite_through_dialog(monkeypatch, invitations_mod, code: str, name: str, folder, expect_title: str):
    """The invitations dialog as a person uses it: add the unit (no branch type asked), invite it."""

    def add(d):
        assert not d.with_type and d.type.isHidden()
        d.code.setText(code)
        d.name.setText(name)
        return QDialog.Accepted

    def run(d):
        assert d.windowTitle() == expect_title
        d.add_btn.click()
        assert d.model.rowCount() == 1
        d.invite_all_btn.click()
        assert "1 thư mời" in d.status.text(), d.status.text()
        d.show()
        _shot(d, f"invitations-{code}")
        return QDialog.Rejected

    monkeypatch.setattr(invitations_mod.AddBranchDialog, "exec", add)
    monkeypatch.setattr(invitations_mod.InvitationsDialog, "exec", run)
    _pick(monkeypatch, invitations_mod, "choose_folder", str(folder))


def test_a_commune_year_reaches_the_party_upper_level(qtbot, two_installations, monkeypatch):
    import desktop.ui.invitations_dialog as invitations_mod
    import desktop.ui.pages.outbox as outbox_mod
    import desktop.ui.wizard_files as wizard_mod
    from desktop.services.commune_party import work as commune
    from desktop.services.exchange import invitations, sending, submissions, sync
    from desktop.services.units import self_unit
    from desktop.ui import sync_status
    from desktop.ui.wizard import FirstRunWizard
    from tests.reports.pdftools import text

    uenv, denv, tmp = two_installations
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning: {a[2]}"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    shown = []
    monkeypatch.setattr(outbox_mod.ImportResultsDialog, "exec", lambda dlg: shown.append(dlg) or 0)
    zalo = tmp / "zalo"
    zalo.mkdir()

    # ---- 0. The upper level is created in the first-run wizard, as its own unit kind -----------------
    wiz = FirstRunWizard(uenv.ctx, runner=uenv.runner, translator=uenv.translator)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    form = wiz.unit_page.form
    form.kind.setCurrentIndex(form.kind.findData("dang-cap-tren"))
    assert form.kind.currentText() == "Ban Tuyên giáo và Dân vận (cấp ủy cấp trên)"
    assert form.upper_level.text() == "Thành ủy Hải Phòng"
    form.name.setText(UPPER_NAME)
    form.code.setText("BTGDV-HP")
    wiz.unit_page.signer_title.setText("Trưởng ban")
    wiz.unit_page.signer_name.setText("Trần Văn Minh")
    with qtbot.waitSignal(wiz.finished, timeout=10_000):
        wiz.button(QWizard.FinishButton).click()
    uw = _window(qtbot, uenv)
    keys = [s.key for s in uw.visible_specs()]
    assert keys[:2] == ["home", "party_communes"] and "outbox" in keys
    assert not {"members", "commune_review", "registration"} & set(keys)  # no Union or commune pages

    # ... it lists the commune and invites it (Các Đảng ủy xã → Danh sách Đảng ủy xã và thư mời)
    uw.show_page("party_communes")
    _invite_through_dialog(monkeypatch, invitations_mod, *COMMUNE, zalo, "Các Đảng ủy xã và thư mời")
    uw.pages["party_communes"].invite_btn.click()
    [invitation] = sorted(zalo.glob("*.stmoi"))
    # the file and its printed page are named after the commune, as a person recognises it
    assert sorted(p.name for p in zalo.iterdir()) == [
        "ThuMoi-DangUyPhuongLeChan.pdf",
        "ThuMoi-DangUyPhuongLeChan.stmoi",
    ]
    assert uw.pages["party_communes"].communes.rowCount() == 1

    # ---- 1. The commune starts from the invitation: its profile and its upper level in one step -----
    wiz = FirstRunWizard(denv.ctx, runner=denv.runner, translator=denv.translator)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.welcome.join.setChecked(True)
    wiz.next()
    _pick(monkeypatch, wizard_mod, "open_file", str(invitation))
    wiz.join_page.browse.click()
    qtbot.waitUntil(lambda: not wiz.join_page.busy and wiz.join_page.preview is not None, timeout=10000)
    assert UPPER_NAME in wiz.join_page.summary.text()
    wiz.join_page.signer_name.setText("Lê Văn Thành")
    with qtbot.waitSignal(wiz.finished, timeout=10_000):
        wiz.button(QWizard.FinishButton).click()
    me = self_unit(denv.ctx)
    assert (me.code, me.kind, me.parent_code) == (COMMUNE[0], UnitKind.DANG_UY_XA, "BTGDV-HP")
    dw = _window(qtbot, denv)
    bar = sync_status.install(dw, denv)
    dw.show_page("outbox")
    assert dw.pages["outbox"].upper.text() == f"Gửi lên: {UPPER_NAME}."

    # ---- 2. Registration for the year's models ---------------------------------------------------------
    dw.show_page("commune_review")
    review = dw.pages["commune_review"]

    def register_dialog(view):
        from desktop.ui.commune_register_dialog import RegistrationDialog

        dlg = RegistrationDialog(review, view)
        dlg.dvk.setText("Ngõ phố sáng – xanh – sạch – đẹp")
        dlg.exec = lambda: QDialog.Accepted
        return dlg

    review.make_register_dialog = register_dialog
    review.register_btn.click()
    assert review.register_state.text().startswith("Đã đăng ký ngày 20/12/2026")

    # ---- 3. A local model built in the form -----------------------------------------------------------
    dw.show_page("commune_models")
    models = dw.pages["commune_models"]

    def model_dialog():
        from desktop.ui.commune_model_dialog import LocalModelDialog

        dlg = LocalModelDialog(models)
        dlg.title.setText("Phường Lê Chân “Phố an toàn”")
        dlg.table.item(0, 0).setText("Diễn tập phòng cháy, chữa cháy ở khu dân cư")
        dlg.table.cellWidget(0, 2).setValue(2)
        dlg.exec = lambda: QDialog.Accepted
        return dlg

    models.make_model_dialog = model_dialog
    models.build_model_btn.click()
    local = next(c for c in commune.commune_catalogs(denv.ctx, "2026").values() if c.title_vi.startswith("Phường"))

    # ---- 4. The log, with an evidence file ------------------------------------------------------------
    from PySide6.QtCore import QDate

    dw.show_page("commune_logs")
    logs = dw.pages["commune_logs"]
    logs.kind.setCurrentIndex(logs.kind.findData("model_activity"))
    for day in (5, 12):
        logs.date.setDate(QDate(2026, 12, day))
        logs.title.setText(f"Diễn tập chữa cháy tổ dân phố {day}")
        logs.add_btn.click()
    photo = tmp / "dien-tap.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"anh dien tap" * 50)
    logs.choose_files = lambda: [str(photo)]
    logs.view.selectRow(0)
    logs.attach_btn.click()
    qtbot.waitUntil(
        lambda: (
            "1" in [logs.model.index(r, logs.model.columnCount() - 1).data() for r in range(logs.model.rowCount())]
            or any(logs.evidence.values())
        ),
        timeout=10000,
    )
    ev = {r.id: r for r in commune.evaluate(denv.ctx, local.id, "2026").criteria}
    assert ev[local.criteria[0].id].status == "met"

    # ---- 5. The Đoàn xã: invited from the committee's dashboard; it shares its summary ----------------
    dw.show_page("commune_dashboard")
    board = dw.pages["commune_dashboard"]
    youth_folder = tmp / "zalo-doan"
    youth_folder.mkdir()
    _invite_through_dialog(
        monkeypatch, invitations_mod, YOUTH.code, YOUTH.name, youth_folder, "Đoàn xã và thư mời chia sẻ báo cáo"
    )
    board.invite_btn.click()
    [share] = sorted(youth_folder.glob("*.stmoi"))
    dx = open_unit(tmp / "may-doan-phuong", YOUTH, today=date(2026, 12, 18))
    branch = open_unit(tmp / "may-chi-doan", BRANCH)
    try:
        enrol(dx, branch, tmp)
        enrol(branch, dx, tmp)
        sync.export_outbox(branch, tmp / "u1", [put_quarterly(branch, quarter=3, share=0.875).package_id])
        sync.import_paths(dx, [tmp / "u1"])
        joined = invitations.join(dx, share)
        assert self_unit(dx).parent_code == "TD-HP", joined.message  # the Union parent stays
        items = submissions.send_down_or_up(dx, "summary", period="2026", summary_kind="results")
        assert sorted(i.recipient_code for i in items) == [COMMUNE[0], "TD-HP"]
        shared = sending.save_file(
            dx, next(i for i in items if i.recipient_code == COMMUNE[0]).package_id, tmp / "zalo-doan"
        )
    finally:
        dx.close()
        branch.close()
    dw.receive_files([str(shared)])  # the file dropped on the window: "Gửi – nhận" imports it
    assert dw.current_key() == "outbox" and len(shown) == 1
    dw.show_page("commune_dashboard")
    qtbot.waitUntil(lambda: board.youth.rowCount() == 1, timeout=10000)
    row = [board.youth.index(0, c).data() for c in range(board.youth.columnCount())]
    assert row[:6] == ["Đoàn phường Lê Chân", "Tổng hợp kết quả (10/11) năm 2026", "1", "0", "1", "0"]
    assert "—" not in row[6] and row[7] == "18/12/2026"
    _shot(dw, "1-commune-dashboard")

    # ---- 6. The sơ kết, printed: the youth figures are in it ---------------------------------------------
    dw.show_page("commune_review")
    review.doc.setCurrentIndex(review.doc.findData("review"))
    review.issued.setDate(QDate(2026, 12, 20))
    pdf_path = tmp / "so-ket.pdf"
    review.choose_save = lambda name: str(pdf_path)
    review.inform = lambda msg: infos.append(msg)
    review.save_btn.click()
    qtbot.waitUntil(pdf_path.exists, timeout=30000)
    printed = " ".join(text(pdf_path.read_bytes()).split())
    assert "Số 01-BC/ĐU" in printed and "Lê Chân, ngày 20 tháng 12 năm 2026" in printed
    assert "T/M ĐẢNG ỦY BÍ THƯ Lê Văn Thành" in printed  # the signer asked when joining
    assert "V. CHI ĐOÀN XHCN, ĐOÀN VIÊN XHCN" in printed
    assert "Đoàn phường Lê Chân — tổng hợp kết quả năm 2026 (số liệu đến 18/12/2026): 1 chi đoàn" in printed
    assert "Phường Lê Chân “Phố an toàn”" in printed

    # ---- 7. Sending: two quarterly reports wait in the outbox (the status bar counts them), the
    # sơ kết is saved as a file to send by Zalo --------------------------------------------------------
    review.doc.setCurrentIndex(review.doc.findData("quarterly"))
    review.choose_package_save = lambda name: None  # "later": it waits in the outbox
    for q in (3, 4):
        review.quarter.setValue(q)
        review.send_btn.click()
        qtbot.waitUntil(lambda: review.sent_item is not None and review.sent_item.quarter == q, timeout=30000)
    # two quarterly reports and the receipt for the Đoàn xã's summary: the status bar says so at once
    assert sync.outbox_counts(denv.ctx) == {"pending": 3}
    qtbot.waitUntil(lambda: "còn 3 gói chờ gửi" in bar.text(), timeout=10000)
    names = []
    review.doc.setCurrentIndex(review.doc.findData("review"))
    review.choose_package_save = lambda name: names.append(name) or str(zalo / name)
    review.send_btn.click()
    qtbot.waitUntil(lambda: any("Đã lưu" in m for m in infos if isinstance(m, str)), timeout=30000)
    assert names == ["BaoCaoSoKet-2026-DangUyPhuongLeChan.stpkg"]
    sent_file = zalo / names[0]
    assert sent_file.is_file()
    assert sync.outbox_counts(denv.ctx) == {"pending": 3, "exported": 1}
    _shot(dw, "2-commune-review")
    dw.show_page("outbox")
    _shot(dw, "3-commune-send-receive")
    qtbot.waitUntil(lambda: "còn 3 gói chờ gửi" in bar.text(), timeout=10000)

    # ---- 8. The upper level receives it (trusted by the invitation), aggregates and drills down -------
    uw.show_page("outbox")
    _pick(monkeypatch, outbox_mod, "open_files", [str(sent_file)])
    uw.pages["outbox"].import_files_btn.click()
    assert len(shown) == 2
    [got] = sync.received(uenv.ctx, kinds=("commune-report",))
    assert got.status == "accepted" and got.sender_code == COMMUNE[0]
    uw.show_page("party_communes")
    page = uw.pages["party_communes"]
    qtbot.waitUntil(
        lambda: page.communes.rowCount() == 1 and page.overview is not None and page.overview.reviewed == 1,
        timeout=10000,
    )
    assert page.summary.text().startswith(
        "Năm 2026: 1 Đảng ủy xã, phường, đặc khu; 1 đã kết nối; 0 đã gửi đăng ký; 1 đã gửi báo cáo sơ kết."
    )
    cells = [page.communes.index(0, c).data() for c in range(page.communes.columnCount())]
    assert cells[:3] == [COMMUNE[1], "Đã kết nối", "Báo cáo sơ kết — số 01-BC/ĐU"]
    assert cells[5].startswith("1 chi đoàn, 1 đủ điều kiện")
    page.select_commune(COMMUNE[0])
    titles = [page.models.row(r)["title"] for r in range(page.models.rowCount())]
    assert "Phường Lê Chân “Phố an toàn”" in titles
    row = titles.index("Phường Lê Chân “Phố an toàn”")
    assert page.models.index(row, 2).data() == "1/1 · 1 xã"  # the model over every commune
    page.select_model(local.id)
    crit = [[page.criteria.index(r, c).data() for c in range(4)] for r in range(page.criteria.rowCount())]
    assert crit[0][0] == "Diễn tập phòng cháy, chữa cháy ở khu dân cư" and crit[0][1] == "Đạt"
    page.select_model("chinh-quyen-than-thien")
    facts = [page.criteria.index(r, 3).data() for r in range(page.criteria.rowCount())]
    assert any(f for f in facts), "what the commune reported for the criteria it has not met"
    _shot(uw, "4-upper-communes")
    uw.show_page("home")
    _shot(uw, "5-upper-home")
    (ARTIFACTS / "so-ket.pdf").write_bytes(pdf_path.read_bytes())
    # ... and the commune's own PDF, its signed original
    saved = tmp / "nhan" / "so-ket-le-chan.pdf"
    saved.parent.mkdir()
    page.choose_save = lambda name: names.append(name) or str(saved)
    page.inform = lambda msg: infos.append(msg)
    page.doc_btn.click()
    qtbot.waitUntil(saved.exists, timeout=10000)
    assert names[-1] == "BaoCaoSoKet-2026-DangUyPhuongLeChan.pdf"
    assert "CHI ĐOÀN XHCN, ĐOÀN VIÊN XHCN" in " ".join(text(saved.read_bytes()).split())


def test_the_doan_xa_shares_its_summary_without_changing_its_union_parent(qtbot, qapp, tmp_path, monkeypatch):
    """The Đoàn xã's side: it accepts the committee's invitation in Cài đặt, keeps its Union parent,
    and one "Nộp" of its results summary puts two packages in its outbox (Union parent, committee)."""
    from desktop.app import build_env
    from desktop.services.exchange import invitations, sync

    commune_unit = Unit(code=COMMUNE[0], name=COMMUNE[1], kind=UnitKind.DANG_UY_XA, parent_code="BTGDV-HP")
    du = open_unit(tmp_path / "du", commune_unit, today=date(2026, 12, 1))
    dx = open_unit(tmp_path / "dx", YOUTH, today=date(2026, 11, 9))
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning: {a[2]}"))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes)
    try:
        issued = invitations.invite(du, YOUTH.code, name=YOUTH.name)
        [path], _pdf = invitations.write_invitations(du, [issued], tmp_path / "moi")
        invitations.add_branch(dx, BRANCH.code, BRANCH.name, "dan-cu")  # one branch kept on its machine
        env = build_env(dx, qapp, synchronous=True, language="vi")
        w = _window(qtbot, env)
        w.receive_files([str(path)])  # the invitation dropped on the window: Cài đặt joins with it
        assert asked[0].startswith(f"{COMMUNE[1]} mời {YOUTH.name}") and "không thay đổi" in infos[-1]
        w.show_page("outbox")
        page = w.pages["outbox"]
        assert page.upper.text().endswith(f"Báo cáo tổng hợp cũng được gửi cho: {COMMUNE[1]}.")
        page.kind.setCurrentIndex(page.kind.findData("summary:results"))
        page.period.setText("2026")
        page.submit_btn.click()
        assert infos[-1] == "Đã đưa 2 gói vào hộp thư đi, đang chờ gửi."
        items = sync.outbox(dx)
        assert sorted(i.recipient_code for i in items) == [COMMUNE[0], "TD-HP"]
        relations = {
            page.units_model.row(r).unit_code: page.units_model.index(r, 2).data()
            for r in range(page.units_model.rowCount())
        }
        assert relations[COMMUNE[0]] == "Đảng ủy (nhận báo cáo tổng hợp)"
    finally:
        dx.close()
        du.close()
