<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../../desktop/services/safety/privacy.py" line="49" />
        <source>CONTAINS PERSONAL DATA ({0}) of members, some of them minors: for Union work only, do not publish or share, delete when no longer needed.</source>
        <translation>CÓ DỮ LIỆU CÁ NHÂN ({0}) của đoàn viên, trong đó có người chưa đủ 18 tuổi: chỉ dùng cho công tác Đoàn, không đăng tải hay chia sẻ công khai, xóa khi không còn cần.</translation>
    </message>
</context>
<context>
    <name>PersonalField</name>
    <message>
        <location filename="../../desktop/services/safety/privacy.py" line="42" />
        <location filename="../../desktop/services/safety/privacy.py" line="43" />
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/privacy.py" line="44" />
        <source>ID number</source>
        <translation>số CCCD</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/privacy.py" line="45" />
        <source>phone</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/privacy.py" line="46" />
        <source>party member</source>
        <translation>là đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/privacy.py" line="47" />
        <source>date of party admission</source>
        <translation>ngày vào Đảng</translation>
    </message>
</context>
</TS>