<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>VolunteerLayout</name>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="263"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="264"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="265"/>
        <source>New activity</source>
        <translation>Ghi hoạt động mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="266"/>
        <source>Record an activity and credit its participants (Ctrl+N)</source>
        <translation>Ghi một hoạt động và ghi nhận ngày tình nguyện cho người tham gia (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="267"/>
        <source>Import attendance…</source>
        <translation>Nhập điểm danh…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="270"/>
        <source>No activity recorded in this year yet.
Click “New activity” (Ctrl+N) to credit many members at once, or “Import attendance…” to read a sign-in sheet from Excel.</source>
        <translation>Chưa có hoạt động nào trong năm này.
Bấm “Ghi hoạt động mới” (Ctrl+N) để ghi cho nhiều đoàn viên cùng lúc, hoặc “Nhập điểm danh…” để đọc danh sách điểm danh từ Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="274"/>
        <source>All kinds</source>
        <translation>Mọi loại hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="277"/>
        <source>Show deleted</source>
        <translation>Hiện hoạt động đã xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="278"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="279"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="280"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="281"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="282"/>
        <location filename="../../desktop/ui/volunteer_layout.py" line="298"/>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="283"/>
        <location filename="../../desktop/ui/volunteer_layout.py" line="292"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="284"/>
        <source>Branch overview</source>
        <translation>Toàn chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="287"/>
        <location filename="../../desktop/ui/volunteer_layout.py" line="300"/>
        <source>Date(s)</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="288"/>
        <location filename="../../desktop/ui/volunteer_layout.py" line="300"/>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="289"/>
        <location filename="../../desktop/ui/volunteer_layout.py" line="300"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="290"/>
        <source>Organised by</source>
        <translation>Cấp tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="291"/>
        <source>Days each</source>
        <translation>Số ngày/người</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="293"/>
        <source>Guests</source>
        <translation>Khách</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="294"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="298"/>
        <location filename="../../desktop/ui/volunteer_layout.py" line="301"/>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="298"/>
        <source>Days / 5</source>
        <translation>Số ngày / 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="298"/>
        <location filename="../../desktop/ui/volunteer_layout.py" line="301"/>
        <source>Still needed</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="298"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="300"/>
        <location filename="../../desktop/ui/volunteer_layout.py" line="301"/>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_layout.py" line="301"/>
        <source>Risk</source>
        <translation>Mức rủi ro</translation>
    </message>
</context>
</TS>
