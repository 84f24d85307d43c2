<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Overlap</name>
    <message>
        <location filename="../../desktop/ui/writes.py" line="77" />
        <source>Same day credited twice</source>
        <translation>Ghi nhận hai lần trong cùng một ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/writes.py" line="78" />
        <source>{0} member(s) are already credited on the same day by another activity:</source>
        <translation>{0} đoàn viên đã được ghi nhận trong cùng ngày ở hoạt động khác:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/writes.py" line="81" />
        <source>Credit them anyway</source>
        <translation>Vẫn ghi nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/writes.py" line="82" />
        <source>Leave them out</source>
        <translation>Bỏ các đoàn viên này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/writes.py" line="84" />
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
</context>
</TS>