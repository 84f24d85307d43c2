<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="54" />
        <source>Assessment period: {0} ({1} – {2})</source>
        <translation>Kỳ đánh giá: {0} ({1} – {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="56" />
        <source>Next deadlines</source>
        <translation>Các hạn sắp tới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="69" />
        <source>{0}: {1} — {2} days left</source>
        <translation>{0}: {1} — còn {2} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="71" />
        <source>No upcoming deadline.</source>
        <translation>Không có hạn nào sắp tới.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="74" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
</context>
</TS>