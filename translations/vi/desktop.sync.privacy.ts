<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../../desktop/sync/privacy.py" line="23" />
        <source>Member reference (an opaque code, not an ID number)</source>
        <translation>Mã tham chiếu đoàn viên (mã ẩn danh, không phải số định danh)</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/privacy.py" line="25" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/privacy.py" line="26" />
        <source>Votes for (branch meeting)</source>
        <translation>Số phiếu tán thành (họp chi đoàn)</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/privacy.py" line="28" />
        <source>Votes against</source>
        <translation>Số phiếu không tán thành</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/privacy.py" line="29" />
        <source>Absent at the vote</source>
        <translation>Số vắng mặt khi biểu quyết</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/privacy.py" line="30" />
        <source>Volunteer days in the year</source>
        <translation>Số ngày tình nguyện trong năm</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/privacy.py" line="32" />
        <source>Hard conditions met (yes/no)</source>
        <translation>Đạt các điều kiện bắt buộc (có/không)</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/privacy.py" line="34" />
        <source>Quality groups rated “Đạt”</source>
        <translation>Số nhóm phẩm chất đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/privacy.py" line="36" />
        <source>Recognised as Đoàn viên XHCN (yes/no)</source>
        <translation>Được công nhận Đoàn viên XHCN (có/không)</translation>
    </message>
</context>
</TS>