<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="57"/>
        <source>Accepted</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="58"/>
        <source>Duplicate (already received)</source>
        <translation>Trùng (đã nhận trước đó)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="59"/>
        <source>Older version (kept in history)</source>
        <translation>Bản cũ hơn (lưu vào lịch sử)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="60"/>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="61"/>
        <source>Waiting for confirmation</source>
        <translation>Chờ xác nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="62"/>
        <source>Accepted after confirmation</source>
        <translation>Đã nhận sau khi xác nhận</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="44"/>
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="45"/>
        <source>Exported to file</source>
        <translation>Đã xuất file</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="46"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="47"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sync.py" line="48"/>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
</context>
</TS>
