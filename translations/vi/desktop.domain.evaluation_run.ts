<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../desktop/domain/evaluation_run.py" line="45"/>
        <source>{count} more</source>
        <translation>{count} người khác</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_run.py" line="53"/>
        <source>Q{n}</source>
        <translation>Quý {roman}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_run.py" line="214"/>
        <source> ({days} days left in period {period})</source>
        <translation> (còn {days} ngày đến hết kỳ {period})</translation>
    </message>
</context>
</TS>
