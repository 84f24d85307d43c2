<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="69" />
        <source>Assessment period: {0} ({1} – {2})</source>
        <translation>Kỳ đánh giá: {0} ({1} – {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="71" />
        <source>Next deadlines</source>
        <translation>Các hạn sắp tới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="84" />
        <source>{0}: {1} — {2} days left</source>
        <translation>{0}: {1} — còn {2} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="86" />
        <source>No upcoming deadline.</source>
        <translation>Không có hạn nào sắp tới.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="91" />
        <source>Next actions</source>
        <translation>Việc cần làm tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="92" />
        <source>Click an action to open the page where it is done.</source>
        <translation>Nhấp vào một việc để mở màn hình thực hiện việc đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="112" />
        <source>Nothing pending: every criterion is on track.</source>
        <translation>Không có việc tồn đọng: mọi tiêu chí đều đúng tiến độ.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="125" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
</context>
</TS>