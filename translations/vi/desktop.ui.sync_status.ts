<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="125" />
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="127" />
        <source>Online sync off, {0} package(s) waiting to be sent</source>
        <translation>Đồng bộ trực tuyến đang tắt, còn {0} gói chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="129" />
        <source>Never synced, {0} package(s) waiting to be sent</source>
        <translation>Chưa đồng bộ lần nào, còn {0} gói chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="131" />
        <source>Last synced {0}, {1} package(s) waiting to be sent</source>
        <translation>Đồng bộ lần cuối {0}, còn {1} gói chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="134" />
        <source>hub unreachable, retrying</source>
        <translation>không kết nối được máy chủ, đang thử lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="136" />
        <source>Hub: {0}</source>
        <translation>Máy chủ đồng bộ: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="136" />
        <source>not set (setting hub_url)</source>
        <translation>chưa đặt (cài đặt hub_url)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="139" />
        <source>Click to sync now.</source>
        <translation>Bấm để đồng bộ ngay.</translation>
    </message>
</context>
</TS>