<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../desktop/services/year/evaluation.py" line="309" />
        <source>{0} days left</source>
        <translation>còn {0} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/evaluation.py" line="310" />
        <source>due today</source>
        <translation>hôm nay là hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/evaluation.py" line="310" />
        <source>{0} days overdue</source>
        <translation>quá hạn {0} ngày</translation>
    </message>
</context>
</TS>