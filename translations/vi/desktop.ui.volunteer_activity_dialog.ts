<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="237"/>
        <source>Edit volunteer activity</source>
        <translation>Sửa hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="237"/>
        <source>New volunteer activity</source>
        <translation>Ghi hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="238"/>
        <source>Activity name</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="238"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="238"/>
        <source>Focus</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="239"/>
        <source>Date(s)</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="239"/>
        <source>Days credited each</source>
        <translation>Số ngày ghi nhận/người</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="240"/>
        <source>Organised by</source>
        <translation>Cấp tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="240"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="241"/>
        <source>Guests (not members)</source>
        <translation>Khách (ngoài Đoàn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="241"/>
        <source>Confirmed by</source>
        <translation>Người xác nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="242"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="242"/>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="393"/>
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="245"/>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="246"/>
        <source>Members credited</source>
        <translation>Đoàn viên được ghi nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="247"/>
        <source>05/04/2026 — several: 05/04/2026, 12/04/2026 or 19/07/2026-21/07/2026</source>
        <translation>05/04/2026 — nhiều ngày: 05/04/2026, 12/04/2026 hoặc 19/07/2026-21/07/2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="248"/>
        <source>Add a date from the calendar</source>
        <translation>Thêm một ngày từ lịch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="249"/>
        <source>For each participant, for the whole activity; half days allowed; at most one day per calendar day.</source>
        <translation>Cho mỗi người tham gia, cả hoạt động; được ghi nửa ngày; tối đa một ngày cho mỗi ngày diễn ra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="251"/>
        <source>People who are not Union members: counted, not credited.</source>
        <translation>Người không phải đoàn viên: được đếm, không được ghi nhận ngày tình nguyện.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="252"/>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="253"/>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="412"/>
        <source>Remove file</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="254"/>
        <source>Search a name (accents optional) — Enter ticks the first match</source>
        <translation>Tìm tên (gõ không dấu cũng được) — Enter để chọn người đầu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="255"/>
        <source>Select &amp;all shown</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="256"/>
        <source>Clear</source>
        <translation>Bỏ chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="257"/>
        <source>Only ticked</source>
        <translation>Chỉ hiện người đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="258"/>
        <source>not a member on these dates</source>
        <translation>không sinh hoạt tại đơn vị vào các ngày này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="260"/>
        <source>Add a saved group…</source>
        <translation>Chọn cả nhóm đã lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="261"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="262"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="266"/>
        <source>{0} of {1} members ticked</source>
        <translation>{0}/{1} đoàn viên đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="333"/>
        <source>Add a date</source>
        <translation>Thêm ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="394"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;All files (*)</source>
        <translation>Ảnh và tài liệu (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="413"/>
        <source>Remove the evidence file “{0}” from this activity? Its name and SHA-256 stay in the history.</source>
        <translation>Bỏ tệp minh chứng “{0}” khỏi hoạt động này? Tên tệp và mã SHA-256 vẫn được lưu trong lịch sử.</translation>
    </message>
</context>
</TS>
