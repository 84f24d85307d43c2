<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>HubConnectionBox</name>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="104"/>
        <source>Hub connection (online sending)</source>
        <translation>Kết nối máy chủ (gửi trực tuyến)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="105"/>
        <source>Hub address:</source>
        <translation>Địa chỉ máy chủ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="106"/>
        <source>https://… (given by the upper level)</source>
        <translation>https://… (do cấp trên cung cấp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="107"/>
        <source>https://… (given by the city Youth Union)</source>
        <translation>https://… (do Thành đoàn cung cấp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="108"/>
        <source>Test connection</source>
        <translation>Thử kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="109"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="110"/>
        <source>Send – receive now</source>
        <translation>Gửi – nhận ngay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="111"/>
        <source>Sends every waiting package and fetches what waits at the hub. This also happens by itself within seconds of queuing a package, and every minute and a half while the app is open.</source>
        <translation>Gửi mọi gói đang chờ và nhận các gói đang chờ trên máy chủ. Việc này cũng tự diễn ra vài giây sau khi có gói mới, và mỗi phút rưỡi khi phần mềm đang mở.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="114"/>
        <source>CA certificate:</source>
        <translation>Chứng chỉ CA:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="115"/>
        <source>not needed for a public https certificate</source>
        <translation>không cần nếu máy chủ dùng chứng chỉ https công cộng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="116"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="117"/>
        <source>Clear</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="118"/>
        <source>Allow unencrypted http (trusted internal network)</source>
        <translation>Cho phép http không mã hóa (mạng nội bộ tin cậy)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="119"/>
        <source>With http, member names, votes and volunteer days travel readable on the network. Your acknowledgement is recorded with your name and the time.</source>
        <translation>Với http, tên đoàn viên, phiếu bầu và ngày tình nguyện đi qua mạng ở dạng đọc được. Việc bạn cho phép được ghi lại kèm tên và thời điểm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="122"/>
        <source>Accept the new hub key</source>
        <translation>Nhận khóa mới của máy chủ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="148"/>
        <source>Connected before to this hub (key fingerprint {0}…).</source>
        <translation>Đã kết nối máy chủ này trước đây (mã vân tay khóa {0}…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="151"/>
        <source>No hub address yet: packages are sent as files (Export…). Enter the address the upper level gave you, then Test connection and Save.</source>
        <translation>Chưa có địa chỉ máy chủ: các gói được gửi bằng tệp (Xuất…). Nhập địa chỉ cấp trên cung cấp, bấm Thử kết nối rồi Lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="154"/>
        <source>No hub address yet: packages are sent as files (Export…). Enter the address the city Youth Union gave you, then Test connection and Save.</source>
        <translation>Chưa có địa chỉ máy chủ: các gói được gửi bằng tệp (Xuất…). Nhập địa chỉ Thành đoàn cung cấp, bấm Thử kết nối rồi Lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="173"/>
        <source>CA certificate of the hub</source>
        <translation>Chứng chỉ CA của máy chủ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="174"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Chứng chỉ (*.pem *.crt *.cer);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="192"/>
        <source>Testing the connection to {0}…</source>
        <translation>Đang thử kết nối tới {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="210"/>
        <source>Unencrypted connection</source>
        <translation>Kết nối không mã hóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="211"/>
        <source>With http, member names, votes and volunteer days travel readable on the network to {0}. Allow it anyway? Your name and the time are recorded.</source>
        <translation>Với http, tên đoàn viên, phiếu bầu và ngày tình nguyện đi qua mạng tới {0} ở dạng đọc được. Vẫn cho phép? Tên bạn và thời điểm sẽ được ghi lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="215"/>
        <source>Allow http</source>
        <translation>Cho phép http</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="216"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="234"/>
        <source>Saved. Sending and receiving through {0} starts now.</source>
        <translation>Đã lưu. Bắt đầu gửi – nhận qua {0} ngay bây giờ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="237"/>
        <source>Saved: online sending is off; packages are sent as files.</source>
        <translation>Đã lưu: tắt gửi trực tuyến; các gói được gửi bằng tệp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="244"/>
        <source>Could not save: {0}</source>
        <translation>Không lưu được: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="266"/>
        <source>Sent {0}, received {1}; {2} still waiting.</source>
        <translation>Đã gửi {0}, đã nhận {1}; còn {2} gói chờ gửi.</translation>
    </message>
</context>
<context>
    <name>RevokeKeyMenu</name>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="293"/>
        <source>Revoke this unit&apos;s key (lost or stolen)…</source>
        <translation>Thu hồi khóa của đơn vị này (mất hoặc bị lộ)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="299"/>
        <location filename="../../desktop/ui/online_connection.py" line="314"/>
        <location filename="../../desktop/ui/online_connection.py" line="319"/>
        <source>Revoke a key</source>
        <translation>Thu hồi khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="300"/>
        <source>Revoke the key {0} of {1} ({2})? Nothing signed with it will be accepted any more, here or at the hub. The unit must then make a new key and have it confirmed.</source>
        <translation>Thu hồi khóa {0} của {1} ({2})? Mọi thứ ký bằng khóa này sẽ không được nhận nữa, ở máy này cũng như trên máy chủ. Đơn vị đó phải tạo khóa mới và được xác nhận lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="305"/>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="306"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/online_connection.py" line="315"/>
        <source>The key of {0} is revoked here. The hub is told on the next send – receive round.</source>
        <translation>Đã thu hồi khóa của {0} ở máy này; máy chủ sẽ được báo ở lượt gửi – nhận tới.</translation>
    </message>
</context>
</TS>
