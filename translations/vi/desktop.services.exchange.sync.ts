<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="82" />
        <source>Accepted</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="83" />
        <source>Duplicate (already received)</source>
        <translation>Trùng (đã nhận trước đó)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="84" />
        <source>Older version (kept in history)</source>
        <translation>Bản cũ hơn (lưu vào lịch sử)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="86" />
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="87" />
        <source>Waiting for confirmation</source>
        <translation>Chờ xác nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="88" />
        <source>Accepted after confirmation</source>
        <translation>Đã nhận sau khi xác nhận</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="69" />
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="70" />
        <source>Exported to file</source>
        <translation>Đã xuất file</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="71" />
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="72" />
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="73" />
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
</context>
</TS>