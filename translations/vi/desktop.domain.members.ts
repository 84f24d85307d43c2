<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Gender</name>
    <message>
        <location filename="../../desktop/domain/members.py" line="56" />
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/members.py" line="56" />
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/members.py" line="57" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>MemberStatus</name>
    <message>
        <location filename="../../desktop/domain/members.py" line="49" />
        <source>Active</source>
        <translation>Đang sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/members.py" line="50" />
        <source>Transferred out</source>
        <translation>Đã chuyển đi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/members.py" line="51" />
        <source>Left the Union</source>
        <translation>Đã ra khỏi Đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/members.py" line="52" />
        <source>Not yet a member</source>
        <translation>Chưa vào chi đoàn</translation>
    </message>
</context>
<context>
    <name>MembershipEvent</name>
    <message>
        <location filename="../../desktop/domain/members.py" line="37" />
        <source>Joined</source>
        <translation>Kết nạp / vào chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/members.py" line="38" />
        <source>Transferred in</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/members.py" line="39" />
        <source>Transferred out</source>
        <translation>Chuyển đi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/members.py" line="40" />
        <source>Left the Union</source>
        <translation>Ra khỏi Đoàn</translation>
    </message>
</context>
</TS>