<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>SyncProblemBanner</name>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="342"/>
        <source>{0} package(s) not sent: {1}</source>
        <translation>{0} gói chưa gửi được: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="344"/>
        <source>{0} package(s) refused by the hub: {1}</source>
        <translation>{0} gói bị máy chủ từ chối: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="345"/>
        <source>Open Send – receive</source>
        <translation>Mở trang Gửi – nhận</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="217"/>
        <source>Sending and receiving…</source>
        <translation>Đang gửi – nhận…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="219"/>
        <source>Online sync off, {0} package(s) waiting to be sent</source>
        <translation>Đồng bộ trực tuyến đang tắt, còn {0} gói chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="221"/>
        <source>Not sent ({0} waiting): {1}</source>
        <translation>Chưa gửi được ({0} gói chờ): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="223"/>
        <source>{0} package(s) refused by the hub: {1}</source>
        <translation>{0} gói bị máy chủ từ chối: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="227"/>
        <source>Never synced, {0} package(s) waiting to be sent</source>
        <translation>Chưa đồng bộ lần nào, còn {0} gói chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="229"/>
        <source>Last synced {0}, {1} package(s) waiting to be sent</source>
        <translation>Đồng bộ lần cuối {0}, còn {1} gói chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="233"/>
        <source>not set (Send – receive page, Hub connection)</source>
        <translation>chưa đặt (trang Gửi – nhận, mục Kết nối máy chủ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="238"/>
        <source>Packages are sent within seconds when the hub is reachable, and checked again every minute while they wait. Click to send and receive now.</source>
        <translation>Gói được gửi trong vài giây khi kết nối được máy chủ, và được thử lại mỗi phút khi còn chờ. Bấm để gửi – nhận ngay.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="259"/>
        <location filename="../../desktop/ui/sync_status.py" line="287"/>
        <source>Packages waiting</source>
        <translation>Còn gói chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="260"/>
        <source>{0} package(s) have not reached the hub yet. They stay in the outbox and go out the next time Sổ Thi Đua is open and the hub is reachable.</source>
        <translation>{0} gói chưa tới máy chủ. Các gói vẫn nằm trong hộp thư đi và sẽ được gửi vào lần tới Sổ Thi Đua được mở và kết nối được máy chủ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="264"/>
        <source>Send now, then quit</source>
        <translation>Gửi ngay rồi thoát</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="266"/>
        <source>Quit anyway</source>
        <translation>Vẫn thoát</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="268"/>
        <source>Stay</source>
        <translation>Ở lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="288"/>
        <source>Not sent: {0}</source>
        <translation>Chưa gửi được: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="233"/>
        <source>Hub: {0}</source>
        <translation>Máy chủ đồng bộ: {0}</translation>
    </message>
</context>
</TS>
