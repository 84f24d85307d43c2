<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="265" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="142" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="143" />
        <source>Display language</source>
        <translation>Ngôn ngữ hiển thị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="144" />
        <source>Unit profile</source>
        <translation>Hồ sơ đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="145" />
        <source>Save unit profile</source>
        <translation>Lưu hồ sơ đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="146" />
        <source>Upper level</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="147" />
        <source>Accept an invitation…</source>
        <translation>Nhận thư mời…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="149" />
        <source>Rules the documents leave open</source>
        <translation>Các quy định văn bản chưa nêu rõ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="150" />
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="167" />
        <source>{0} (code {1}).</source>
        <translation>{0} (mã {1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="168" />
        <source>Code {0}; its name is not known yet.</source>
        <translation>Mã {0}; chưa có tên đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="170" />
        <source>Not set.</source>
        <translation>Chưa ghi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="172" />
        <source>An invitation file (.stmoi) from the upper level sets it and connects this unit in one step.</source>
        <translation>Tệp thư mời (.stmoi) của đơn vị cấp trên ghi đơn vị cấp trên và kết nối đơn vị này trong một bước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="198" />
        <source>Open an invitation</source>
        <translation>Mở thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="198" />
        <source>Sổ Thi Đua invitations (*.stmoi)</source>
        <translation>Thư mời Sổ Thi Đua (*.stmoi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="205" />
        <location filename="../../desktop/ui/pages/settings.py" line="208" />
        <location filename="../../desktop/ui/pages/settings.py" line="222" />
        <location filename="../../desktop/ui/pages/settings.py" line="227" />
        <source>Invitation</source>
        <translation>Thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="209" />
        <source>{0} invites {1} (code {2}).
Invitation code: {3}

Check that it is the code printed on the invitation page. Connect now?</source>
        <translation>{0} mời {1} (mã {2}).
Mã mời: {3}

Hãy kiểm tra mã này trùng với mã in trên trang thư mời. Kết nối ngay?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="231" />
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="244" />
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="244" />
        <source>The unit profile was saved.</source>
        <translation>Đã lưu hồ sơ đơn vị.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="260" />
        <source>Invalid setting</source>
        <translation>Cài đặt không hợp lệ</translation>
    </message>
</context>
</TS>