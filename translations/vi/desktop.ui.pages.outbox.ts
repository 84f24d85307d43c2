<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="432"/>
        <source>Send and receive</source>
        <translation>Gửi – nhận</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="410"/>
        <source>Versions of this submission</source>
        <translation>Các phiên bản của lần nộp này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="282"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="289"/>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="400"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="78"/>
        <source>Party committee (receives the summaries)</source>
        <translation>Đảng ủy (nhận báo cáo tổng hợp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="79"/>
        <source>Branch / unit below</source>
        <translation>Chi đoàn / đơn vị trực thuộc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="79"/>
        <source>Upper level</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="83"/>
        <source>first enrolment</source>
        <translation>đăng ký lần đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="84"/>
        <source>changed (vouched by the old key)</source>
        <translation>đã đổi (khóa cũ xác nhận)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="85"/>
        <source>replaced (lost key)</source>
        <translation>đã thay (khóa bị mất)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="86"/>
        <source>by invitation</source>
        <translation>theo thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="87"/>
        <source>confirmed by fingerprint</source>
        <translation>xác nhận bằng mã vân tay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="120"/>
        <source>{0} ({1}) — key fingerprint: &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>{0} ({1}) — mã vân tay khóa: &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="126"/>
        <source>The outbox is empty.</source>
        <translation>Hộp thư đi trống.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="130"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="136"/>
        <source>Sending and receiving</source>
        <translation>Gửi – nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="142"/>
        <source>Export enrolment file</source>
        <translation>Xuất tệp đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="142"/>
        <source>Sổ Thi Đua packages (*.stpkg)</source>
        <translation>Gói Sổ Thi Đua (*.stpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="153"/>
        <source>Enrolment file written: {0}

Give it to the upper level (or the branches) and read them this fingerprint on the phone so they can compare:
{1}</source>
        <translation>Đã ghi tệp đăng ký khóa: {0}

Gửi tệp cho đơn vị cấp trên (hoặc các chi đoàn) và đọc mã vân tay này qua điện thoại để họ đối chiếu:
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="163"/>
        <source>Import enrolment file</source>
        <translation>Nhập tệp đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="164"/>
        <source>Sổ Thi Đua enrolment files (*.stpkg *.json *.key);;All files (*)</source>
        <translation>Tệp đăng ký khóa Sổ Thi Đua (*.stpkg *.json *.key);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="321"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="379"/>
        <source>Sổ Thi Đua packages (*.stpkg);;All files (*)</source>
        <translation>Gói Sổ Thi Đua (*.stpkg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="174"/>
        <source>Another key</source>
        <translation>Khóa khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="176"/>
        <source>{0}

Replace the lost key? Do this only after comparing the new fingerprint with the unit by phone: packages signed with the old key will be refused.</source>
        <translation>{0}

Thay khóa bị mất? Chỉ làm việc này sau khi đã gọi điện đối chiếu mã vân tay mới với đơn vị đó: các gói ký bằng khóa cũ sẽ bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="188"/>
        <source>{0} ({1})
Key fingerprint: {2}

{3}</source>
        <translation>{0} ({1})
Mã vân tay khóa: {2}

{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="203"/>
        <source>Change key</source>
        <translation>Đổi khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="205"/>
        <source>Make a new key for this unit? The old key vouches for the new one: export the enrolment file again and send it to the upper level and the branches.</source>
        <translation>Tạo khóa mới cho đơn vị? Khóa cũ sẽ xác nhận khóa mới: hãy xuất lại tệp đăng ký khóa và gửi cho đơn vị cấp trên và các chi đoàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="217"/>
        <source>New key fingerprint: {0}</source>
        <translation>Mã vân tay khóa mới: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="248"/>
        <source>Building the package…</source>
        <translation>Đang lập gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="251"/>
        <source>{0} package(s) put in the outbox, waiting to be sent.</source>
        <translation>Đã đưa {0} gói vào hộp thư đi, đang chờ gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="256"/>
        <source>Export to a folder or USB stick</source>
        <translation>Xuất ra thư mục hoặc USB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="263"/>
        <source>{0} of {1} package(s) exported to {2}.</source>
        <translation>Đã xuất {0}/{1} gói vào {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="276"/>
        <source>Exporting packages…</source>
        <translation>Đang xuất gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="282"/>
        <source>Select the packages to export.</source>
        <translation>Hãy chọn các gói cần xuất.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="289"/>
        <source>Select a package to preview.</source>
        <translation>Hãy chọn một gói để xem trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="316"/>
        <source>Importing packages…</source>
        <translation>Đang nhập gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="321"/>
        <source>Import package files</source>
        <translation>Nhập tệp gói</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="344"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="354"/>
        <source>Confirm the sender</source>
        <translation>Xác nhận đơn vị gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="346"/>
        <source>The packages of {0} ({1}) do not carry its key: import its enrolment file (Advanced: keys) or send it an invitation.</source>
        <translation>Gói của {0} ({1}) không mang khóa của đơn vị đó: hãy nhập tệp đăng ký khóa của họ (thẻ Nâng cao: khóa) hoặc gửi thư mời cho họ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="356"/>
        <source>{0} ({1}) sent {2} package(s) waiting for confirmation: {3}.

Key fingerprint in the packages:
{4}

Call the unit and ask them to read their fingerprint (Send and receive → Advanced: keys). Confirm only if every group matches.</source>
        <translation>{0} ({1}) đã gửi {2} gói đang chờ xác nhận: {3}.

Mã vân tay khóa trong gói:
{4}

Hãy gọi điện cho đơn vị đó và nhờ đọc mã vân tay của họ (Gửi – nhận → Nâng cao: khóa). Chỉ xác nhận khi mọi nhóm ký tự đều trùng.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="373"/>
        <source>Import every package in a folder</source>
        <translation>Nhập mọi gói trong một thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="379"/>
        <source>Preview a package file</source>
        <translation>Xem trước một tệp gói</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="400"/>
        <source>Select a received package.</source>
        <translation>Hãy chọn một gói đã nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="405"/>
        <source>Version {0} — {1} — received {2}</source>
        <translation>Phiên bản {0} — {1} — nhận lúc {2}</translation>
    </message>
</context>
</TS>
