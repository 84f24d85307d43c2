<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="108" />
        <source>Guide</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="116" />
        <source>The yearly cycle</source>
        <translation>Quy trình trong năm</translation>
    </message>
</context>
</TS>