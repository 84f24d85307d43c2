<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PackageWhere</name>
    <message>
        <location filename="../../desktop/services/exchange/sending.py" line="170" />
        <source>in the outbox, waiting to be sent</source>
        <translation>đang ở hộp thư đi, chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sending.py" line="171" />
        <source>saved as a file</source>
        <translation>đã lưu thành tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sending.py" line="172" />
        <source>sent to the server, waiting for the upper level</source>
        <translation>đã gửi lên máy chủ, chờ cấp trên nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sending.py" line="173" />
        <source>received by the upper level</source>
        <translation>cấp trên đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sending.py" line="174" />
        <source>refused by the upper level</source>
        <translation>cấp trên từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sending.py" line="182" />
        <source>Package “{0}”: {1}</source>
        <translation>Gói “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/sending.py" line="183" />
        <source>Package “{0}” (version {2}): {1}</source>
        <translation>Gói “{0}” (phiên bản {2}): {1}</translation>
    </message>
</context>
</TS>