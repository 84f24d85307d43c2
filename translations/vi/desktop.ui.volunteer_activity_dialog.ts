<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="202" />
        <source>Edit volunteer activity</source>
        <translation>Sửa hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="202" />
        <source>New volunteer activity</source>
        <translation>Ghi hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="203" />
        <source>Activity name</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="203" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="203" />
        <source>Focus</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="204" />
        <source>Date(s)</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="204" />
        <source>Days credited each</source>
        <translation>Số ngày ghi nhận/người</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="205" />
        <source>Organised by</source>
        <translation>Cấp tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="205" />
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="206" />
        <source>Guests (not members)</source>
        <translation>Khách (ngoài Đoàn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="206" />
        <source>Confirmed by</source>
        <translation>Người xác nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="207" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="207" />
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="354" />
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="210" />
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="211" />
        <source>Members credited</source>
        <translation>Đoàn viên được ghi nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="212" />
        <source>05/04/2026 — several: 05/04/2026, 12/04/2026 or 19/07/2026-21/07/2026</source>
        <translation>05/04/2026 — nhiều ngày: 05/04/2026, 12/04/2026 hoặc 19/07/2026-21/07/2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="213" />
        <source>Add a date from the calendar</source>
        <translation>Thêm một ngày từ lịch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="214" />
        <source>For each participant, for the whole activity; half days allowed; at most one day per calendar day.</source>
        <translation>Cho mỗi người tham gia, cả hoạt động; được ghi nửa ngày; tối đa một ngày cho mỗi ngày diễn ra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="216" />
        <source>People who are not Union members: counted, not credited.</source>
        <translation>Người không phải đoàn viên: được đếm, không được ghi nhận ngày tình nguyện.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="217" />
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="218" />
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="373" />
        <source>Remove file</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="219" />
        <source>Search a name (accents optional) — Enter ticks the first match</source>
        <translation>Tìm tên (gõ không dấu cũng được) — Enter để chọn người đầu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="220" />
        <source>Select &amp;all shown</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="221" />
        <source>Clear</source>
        <translation>Bỏ chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="222" />
        <source>Only ticked</source>
        <translation>Chỉ hiện người đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="223" />
        <source>not a member on these dates</source>
        <translation>không sinh hoạt tại đơn vị vào các ngày này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="225" />
        <source>Add a saved group…</source>
        <translation>Chọn cả nhóm đã lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="226" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="227" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="231" />
        <source>{0} of {1} members ticked</source>
        <translation>{0}/{1} đoàn viên đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="298" />
        <source>Add a date</source>
        <translation>Thêm ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="355" />
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;All files (*)</source>
        <translation>Ảnh và tài liệu (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="374" />
        <source>Remove the evidence file “{0}” from this activity? Its name and SHA-256 stay in the history.</source>
        <translation>Bỏ tệp minh chứng “{0}” khỏi hoạt động này? Tên tệp và mã SHA-256 vẫn được lưu trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="463" />
        <source>Same day credited twice</source>
        <translation>Ghi nhận hai lần trong cùng một ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="464" />
        <source>{0} member(s) are already credited on the same day by another activity:</source>
        <translation>{0} đoàn viên đã được ghi nhận trong cùng ngày ở hoạt động khác:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="467" />
        <source>Credit them anyway</source>
        <translation>Vẫn ghi nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="468" />
        <source>Leave them out</source>
        <translation>Bỏ các đoàn viên này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="469" />
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
</context>
</TS>