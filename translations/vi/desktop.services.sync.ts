<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../desktop/services/sync.py" line="62" />
        <source>Accepted</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="63" />
        <source>Duplicate (already received)</source>
        <translation>Trùng (đã nhận trước đó)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="64" />
        <source>Older version (kept in history)</source>
        <translation>Bản cũ hơn (lưu vào lịch sử)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="66" />
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <location filename="../../desktop/services/sync.py" line="53" />
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="54" />
        <source>Exported to file</source>
        <translation>Đã xuất file</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="55" />
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="56" />
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="57" />
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
</context>
</TS>