<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../desktop/ui/safety.py" line="39" />
        <source>The data file is damaged</source>
        <translation>Tệp dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="42" />
        <source>Sổ Thi Đua found damage in its data file:</source>
        <translation>Sổ Thi Đua phát hiện tệp dữ liệu bị hỏng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="47" />
        <source>The newest good backup is from {0}.</source>
        <translation>Bản sao lưu tốt gần nhất được làm lúc {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="51" />
        <source>No good backup was found in the backups folder.</source>
        <translation>Không tìm thấy bản sao lưu tốt nào trong thư mục sao lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="56" />
        <source>The file is too damaged to be opened even for reading. Restoring keeps a copy of the damaged file in the quarantine folder.</source>
        <translation>Tệp quá hỏng, không mở được kể cả để xem. Khi khôi phục, tệp bị hỏng vẫn được giữ lại trong thư mục cách ly (quarantine).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="63" />
        <source>Restoring keeps a copy of the damaged file in the quarantine folder. Opening read-only lets you look and print, but nothing can be changed.</source>
        <translation>Khi khôi phục, tệp bị hỏng vẫn được giữ lại trong thư mục cách ly (quarantine). Mở chỉ để xem thì xem và in được nhưng không thay đổi được gì.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="68" />
        <source>Restore the newest good backup</source>
        <translation>Khôi phục bản sao lưu tốt gần nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="72" />
        <source>Open read-only</source>
        <translation>Mở chỉ để xem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="74" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../desktop/ui/safety.py" line="293" />
        <source>Not done</source>
        <translation>Chưa thực hiện</translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <location filename="../../desktop/ui/safety.py" line="154" />
        <source>The data file is damaged: it is open read-only and no change can be saved. Restore the newest good backup.</source>
        <translation>Tệp dữ liệu bị hỏng: đang mở chỉ để xem, không lưu được thay đổi nào. Hãy khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="158" />
        <source>Backups and restore…</source>
        <translation>Sao lưu và khôi phục…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="161" />
        <source>You are logged in with the Viewer role: you can read and print, but not change anything.</source>
        <translation>Bạn đăng nhập với vai trò Xem: được xem và in, không được thay đổi dữ liệu.</translation>
    </message>
</context>
<context>
    <name>SafetyWiring</name>
    <message>
        <location filename="../../desktop/ui/safety.py" line="227" />
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="228" />
        <source>&amp;Lock / switch account</source>
        <translation>&amp;Khóa / đổi tài khoản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="243" />
        <source>Automatic backup made at {0} (see Backups).</source>
        <translation>Đã tự động sao lưu lúc {0} (xem trang Sao lưu).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="251" />
        <source>Automatic backup failed: {0}</source>
        <translation>Tự động sao lưu không thành công: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="260" />
        <source>Backup made</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="260" />
        <source>The data was backed up to:
{0}</source>
        <translation>Dữ liệu đã được sao lưu vào:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety.py" line="268" />
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
</context>
<context>
    <name>UserBadge</name>
    <message>
        <location filename="../../desktop/ui/safety.py" line="185" />
        <source>Account: {0} ({1})</source>
        <translation>Tài khoản: {0} ({1})</translation>
    </message>
</context>
</TS>