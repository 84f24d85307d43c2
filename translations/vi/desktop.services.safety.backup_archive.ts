<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BackupContents</name>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="43"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="44"/>
        <source>Volunteer activities</source>
        <translation>Hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="45"/>
        <source>Evidence records</source>
        <translation>Bản ghi minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="46"/>
        <source>Submissions sent</source>
        <translation>Hồ sơ đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="47"/>
        <source>Submissions received</source>
        <translation>Hồ sơ đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="48"/>
        <source>Attachment files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="49"/>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="50"/>
        <source>Audit entries</source>
        <translation>Mục nhật ký thay đổi</translation>
    </message>
</context>
<context>
    <name>BackupKind</name>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="31"/>
        <source>Automatic (daily)</source>
        <translation>Tự động hằng ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="32"/>
        <source>On close</source>
        <translation>Khi đóng chương trình</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="33"/>
        <source>Manual</source>
        <translation>Sao lưu thủ công</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="34"/>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="35"/>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/backup_archive.py" line="36"/>
        <source>Backup to a folder/USB</source>
        <translation>Sao lưu ra thư mục/USB</translation>
    </message>
</context>
</TS>
