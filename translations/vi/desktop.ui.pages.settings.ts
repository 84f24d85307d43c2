<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="145" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="88" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="89" />
        <source>Display language</source>
        <translation>Ngôn ngữ hiển thị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="90" />
        <source>Unit profile</source>
        <translation>Hồ sơ đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="91" />
        <source>Save unit profile</source>
        <translation>Lưu hồ sơ đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="92" />
        <source>Rules the documents leave open</source>
        <translation>Các quy định văn bản chưa nêu rõ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="93" />
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="124" />
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="124" />
        <source>The unit profile was saved.</source>
        <translation>Đã lưu hồ sơ đơn vị.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="140" />
        <source>Invalid setting</source>
        <translation>Cài đặt không hợp lệ</translation>
    </message>
</context>
</TS>