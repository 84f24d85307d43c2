<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop/ui/reminders.py" line="34" />
        <source>Deadline approaching</source>
        <translation>Sắp đến hạn</translation>
    </message>
</context>
</TS>