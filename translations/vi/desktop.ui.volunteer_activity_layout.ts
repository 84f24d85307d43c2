<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ActivityLayout</name>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="198"/>
        <source>Edit volunteer activity</source>
        <translation>Sửa hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="198"/>
        <source>New volunteer activity</source>
        <translation>Ghi hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="200"/>
        <source>Activity name</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="201"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="202"/>
        <source>Focus</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="203"/>
        <source>Date(s)</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="204"/>
        <source>Days credited each</source>
        <translation>Số ngày ghi nhận/người</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="205"/>
        <source>Organised by</source>
        <translation>Cấp tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="206"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="207"/>
        <source>Guests (not members)</source>
        <translation>Khách (ngoài Đoàn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="208"/>
        <source>Confirmed by</source>
        <translation>Người xác nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="209"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="210"/>
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="214"/>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="215"/>
        <source>Members credited</source>
        <translation>Đoàn viên được ghi nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="216"/>
        <source>05/04/2026 — several: 05/04/2026, 12/04/2026 or 19/07/2026-21/07/2026</source>
        <translation>05/04/2026 — nhiều ngày: 05/04/2026, 12/04/2026 hoặc 19/07/2026-21/07/2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="217"/>
        <source>Add a date from the calendar</source>
        <translation>Thêm một ngày từ lịch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="220"/>
        <source>For each participant, for the whole activity; half days allowed; at most one day per calendar day.</source>
        <translation>Cho mỗi người tham gia, cả hoạt động; được ghi nửa ngày; tối đa một ngày cho mỗi ngày diễn ra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="223"/>
        <source>People who are not Union members: counted, not credited.</source>
        <translation>Người không phải đoàn viên: được đếm, không được ghi nhận ngày tình nguyện.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="224"/>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="225"/>
        <source>Remove file</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="226"/>
        <source>Search a name (accents optional) — Enter ticks the first match</source>
        <translation>Tìm tên (gõ không dấu cũng được) — Enter để chọn người đầu tiên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="227"/>
        <source>Select &amp;all shown</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="228"/>
        <source>Clear</source>
        <translation>Bỏ chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="229"/>
        <source>Only ticked</source>
        <translation>Chỉ hiện người đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="230"/>
        <source>not a member on these dates</source>
        <translation>không sinh hoạt tại đơn vị vào các ngày này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="232"/>
        <source>Add a saved group…</source>
        <translation>Chọn cả nhóm đã lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="233"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_layout.py" line="234"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
