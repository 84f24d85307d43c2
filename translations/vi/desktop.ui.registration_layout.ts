<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>RegistrationLayout</name>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="130"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="130"/>
        <source>Planned activities</source>
        <translation>Nội dung, hoạt động dự kiến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="130"/>
        <source>Target date</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="130"/>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="132"/>
        <source>Content and roadmap</source>
        <translation>Nội dung, lộ trình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="133"/>
        <source>Members registering as Socialist members</source>
        <translation>Đoàn viên đăng ký Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="134"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="135"/>
        <source>Filter by name…</source>
        <translation>Lọc theo tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="136"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="137"/>
        <source>None</source>
        <translation>Bỏ chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="138"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="139"/>
        <source>e.g. the reason for an amendment</source>
        <translation>ví dụ: lý do điều chỉnh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="140"/>
        <source>Save draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="141"/>
        <source>Submit to the Đoàn cơ sở</source>
        <translation>Nộp Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="142"/>
        <source>Amend (new version)</source>
        <translation>Điều chỉnh (phiên bản mới)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registration_layout.py" line="143"/>
        <source>Send to the Đoàn cơ sở…</source>
        <translation>Gửi Đoàn cơ sở…</translation>
    </message>
</context>
</TS>
