<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="87" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>