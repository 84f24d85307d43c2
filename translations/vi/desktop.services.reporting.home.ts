<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../desktop/services/reporting/home.py" line="64"/>
        <source>{0} days left</source>
        <translation>còn {0} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home.py" line="64"/>
        <source>due today</source>
        <translation>hôm nay là hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home.py" line="65"/>
        <source>{0}: due {1} ({2})</source>
        <translation>{0}: hạn {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home.py" line="184"/>
        <source>The communes&apos; yearly reviews of {year}</source>
        <translation>Các Đảng ủy xã gửi báo cáo sơ kết năm {year}</translation>
    </message>
</context>
</TS>
