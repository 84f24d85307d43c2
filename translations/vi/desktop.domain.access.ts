<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>SafetySetting</name>
    <message>
        <location filename="../../desktop/domain/access.py" line="188"/>
        <source>Daily backups to keep</source>
        <translation>Giữ bản sao lưu hằng ngày (số ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/access.py" line="196"/>
        <source>Weekly backups to keep</source>
        <translation>Giữ bản sao lưu hằng tuần (số tuần)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/access.py" line="204"/>
        <source>Monthly backups to keep</source>
        <translation>Giữ bản sao lưu hằng tháng (số tháng)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/access.py" line="212"/>
        <source>Back up automatically once a day while open</source>
        <translation>Tự động sao lưu mỗi ngày một lần khi đang mở</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/access.py" line="218"/>
        <source>Back up automatically on close</source>
        <translation>Tự động sao lưu khi đóng chương trình</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/access.py" line="225"/>
        <source>Login at start</source>
        <translation>Đăng nhập khi mở chương trình</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/access.py" line="232"/>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>Khóa màn hình sau khi không dùng (phút, 0 = không khóa)</translation>
    </message>
</context>
</TS>
