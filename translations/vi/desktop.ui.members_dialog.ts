<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="196"/>
        <source>Enter the date the member entered the branch.</source>
        <translation>Hãy nhập ngày đoàn viên vào chi đoàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="236"/>
        <source>Enter the date (dd/mm/yyyy).</source>
        <translation>Hãy nhập ngày (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="257"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="257"/>
        <source>Remove the last history entry?</source>
        <translation>Xóa mốc lịch sử cuối cùng?</translation>
    </message>
</context>
</TS>
