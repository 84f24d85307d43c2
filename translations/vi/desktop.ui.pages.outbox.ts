<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="699"/>
        <source>Send and receive</source>
        <translation>Gửi – nhận</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="267"/>
        <source>This unit&apos;s key</source>
        <translation>Khóa của đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="268"/>
        <source>Export enrolment file…</source>
        <translation>Xuất tệp đăng ký khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="269"/>
        <source>Import enrolment file…</source>
        <translation>Nhập tệp đăng ký khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="270"/>
        <source>Change key…</source>
        <translation>Đổi khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="271"/>
        <source>Send:</source>
        <translation>Gửi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="272"/>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="273"/>
        <source>Quarter:</source>
        <translation>Quý:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="274"/>
        <source>Put in the outbox</source>
        <translation>Đưa vào hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="275"/>
        <source>With evidence files</source>
        <translation>Kèm tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="278"/>
        <source>Export waiting packages to a folder…</source>
        <translation>Xuất các gói chờ gửi ra thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="279"/>
        <source>Export selected again…</source>
        <translation>Xuất lại gói đã chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="280"/>
        <source>Preview…</source>
        <translation>Xem trước…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="281"/>
        <source>Import package files…</source>
        <translation>Nhập tệp gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="282"/>
        <source>Import a whole folder…</source>
        <translation>Nhập cả thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="283"/>
        <source>Preview a file…</source>
        <translation>Xem trước một tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="284"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="674"/>
        <source>Versions of this submission</source>
        <translation>Các phiên bản của lần nộp này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="285"/>
        <source>Check a paper copy…</source>
        <translation>Kiểm tra bản giấy…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="286"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="577"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="584"/>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="287"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="298"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="667"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="291"/>
        <source>Accept an invitation…</source>
        <translation>Nhận thư mời…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="296"/>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="296"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="298"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="296"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="296"/>
        <source>To</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="297"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="299"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="297"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="297"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="297"/>
        <source>Reason / where</source>
        <translation>Lý do / nơi xuất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="298"/>
        <source>From</source>
        <translation>Từ đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="298"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="299"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="299"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="299"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="300"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="300"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="300"/>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="301"/>
        <source>Key fingerprint</source>
        <translation>Mã vân tay khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="301"/>
        <source>Enrolled</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="301"/>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="302"/>
        <source>Rejected files are kept in the quarantine folder with the reason; received data is read-only here.</source>
        <translation>Tệp bị từ chối được giữ trong thư mục cách ly kèm lý do; dữ liệu đã nhận chỉ được xem, không sửa ở đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="315"/>
        <source>Registration (step 1)</source>
        <translation>Đăng ký (bước 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="316"/>
        <source>Quarterly progress (step 2)</source>
        <translation>Báo cáo tiến độ quý (bước 2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="317"/>
        <source>Year-end result and proposal (step 3)</source>
        <translation>Kết quả cuối năm và đề nghị công nhận (bước 3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="319"/>
        <source>Appraisals to the branches</source>
        <translation>Kết quả thẩm định cho các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="320"/>
        <source>Recognition decision to the branches</source>
        <translation>Quyết định công nhận cho các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="321"/>
        <source>Registration summary to the upper level (20/11)</source>
        <translation>Báo cáo tổng hợp đăng ký lên cấp trên (20/11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="322"/>
        <source>Results summary to the upper level (10/11)</source>
        <translation>Báo cáo tổng hợp kết quả lên cấp trên (10/11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="324"/>
        <source>Yearly review “sơ kết” to the upper level</source>
        <translation>Báo cáo sơ kết năm lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="325"/>
        <source>Quarterly report to the upper level</source>
        <translation>Báo cáo quý lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="326"/>
        <source>Registration for the year&apos;s models to the upper level</source>
        <translation>Đăng ký thực hiện các mô hình lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="369"/>
        <source>Invite the communes…</source>
        <translation>Mời các Đảng ủy xã…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="370"/>
        <source>Invite the Đoàn xã to share its summaries…</source>
        <translation>Mời Đoàn xã chia sẻ báo cáo tổng hợp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="373"/>
        <source>The communes&apos; Party committees send their reports here; read them on “Communes”.</source>
        <translation>Các Đảng ủy xã gửi báo cáo về đây; xem và tổng hợp ở trang “Các Đảng ủy xã”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="379"/>
        <source>Sends to: {0}.</source>
        <translation>Gửi lên: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="382"/>
        <source>Its summaries also go to: {0}.</source>
        <translation>Báo cáo tổng hợp cũng được gửi cho: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="385"/>
        <source>Not connected to an upper level yet: accept the invitation file (.stmoi) it sent.</source>
        <translation>Chưa kết nối với cấp trên: hãy nhận tệp thư mời (.stmoi) cấp trên gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="424"/>
        <source>Party committee (receives the summaries)</source>
        <translation>Đảng ủy (nhận báo cáo tổng hợp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="425"/>
        <source>Branch / unit below</source>
        <translation>Chi đoàn / đơn vị trực thuộc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="425"/>
        <source>Upper level</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="428"/>
        <source>first enrolment</source>
        <translation>đăng ký lần đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="428"/>
        <source>changed (vouched by the old key)</source>
        <translation>đã đổi (khóa cũ xác nhận)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="429"/>
        <source>replaced (lost key)</source>
        <translation>đã thay (khóa bị mất)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="429"/>
        <source>by invitation</source>
        <translation>theo thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="430"/>
        <source>confirmed by fingerprint</source>
        <translation>xác nhận bằng mã vân tay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="462"/>
        <source>{0} ({1}) — key fingerprint: &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>{0} ({1}) — mã vân tay khóa: &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="468"/>
        <source>The outbox is empty.</source>
        <translation>Hộp thư đi trống.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="472"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="478"/>
        <source>Sending and receiving</source>
        <translation>Gửi – nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="484"/>
        <source>Export enrolment file</source>
        <translation>Xuất tệp đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="484"/>
        <source>Sổ Thi Đua packages (*.stpkg)</source>
        <translation>Gói Sổ Thi Đua (*.stpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="490"/>
        <source>Enrolment file written: {0}

Give it to the upper level (or the branches) and read them this fingerprint on the phone so they can compare:
{1}</source>
        <translation>Đã ghi tệp đăng ký khóa: {0}

Gửi tệp cho đơn vị cấp trên (hoặc các chi đoàn) và đọc mã vân tay này qua điện thoại để họ đối chiếu:
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="496"/>
        <source>Import enrolment file</source>
        <translation>Nhập tệp đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="497"/>
        <source>Sổ Thi Đua enrolment files (*.stpkg *.json *.key);;All files (*)</source>
        <translation>Tệp đăng ký khóa Sổ Thi Đua (*.stpkg *.json *.key);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="608"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="651"/>
        <source>Sổ Thi Đua packages (*.stpkg);;All files (*)</source>
        <translation>Gói Sổ Thi Đua (*.stpkg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="504"/>
        <source>Another key</source>
        <translation>Khóa khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="276"/>
        <source>Adds the photos and scans attached to the records, up to the size set in Settings (“Packages: maximum evidence per package”). Files attached to a member are never sent.</source>
        <translation>Gửi kèm ảnh, bản chụp đã đính kèm vào các hoạt động, trong giới hạn dung lượng đặt ở Cài đặt (“Gói gửi cấp trên: dung lượng minh chứng tối đa mỗi gói”). Tệp đính kèm hồ sơ đoàn viên không bao giờ được gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="288"/>
        <source>Connected units</source>
        <translation>Đơn vị đã kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="289"/>
        <source>Advanced: keys</source>
        <translation>Nâng cao: khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="290"/>
        <source>Confirm the sender…</source>
        <translation>Xác nhận đơn vị gửi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="294"/>
        <source>Units that joined by invitation need nothing here. Without an invitation, exchange enrolment files with the other unit and compare the key fingerprint by phone.</source>
        <translation>Đơn vị kết nối bằng thư mời không cần làm gì ở đây. Khi không có thư mời: trao đổi tệp đăng ký khóa với đơn vị kia và đối chiếu mã vân tay khóa qua điện thoại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="505"/>
        <source>{0}

Replace the lost key? Do this only after comparing the new fingerprint with the unit by phone: packages signed with the old key will be refused.</source>
        <translation>{0}

Thay khóa bị mất? Chỉ làm việc này sau khi đã gọi điện đối chiếu mã vân tay mới với đơn vị đó: các gói ký bằng khóa cũ sẽ bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="513"/>
        <source>{0} ({1})
Key fingerprint: {2}

{3}</source>
        <translation>{0} ({1})
Mã vân tay khóa: {2}

{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="520"/>
        <source>Change key</source>
        <translation>Đổi khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="521"/>
        <source>Make a new key for this unit? The old key vouches for the new one: export the enrolment file again and send it to the upper level and the branches.</source>
        <translation>Tạo khóa mới cho đơn vị? Khóa cũ sẽ xác nhận khóa mới: hãy xuất lại tệp đăng ký khóa và gửi cho đơn vị cấp trên và các chi đoàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="528"/>
        <source>New key fingerprint: {0}</source>
        <translation>Mã vân tay khóa mới: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="552"/>
        <source>Building the package…</source>
        <translation>Đang lập gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="554"/>
        <source>{0} package(s) put in the outbox, waiting to be sent.</source>
        <translation>Đã đưa {0} gói vào hộp thư đi, đang chờ gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="557"/>
        <source>Export to a folder or USB stick</source>
        <translation>Xuất ra thư mục hoặc USB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="564"/>
        <source>{0} of {1} package(s) exported to {2}.</source>
        <translation>Đã xuất {0}/{1} gói vào {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="572"/>
        <source>Exporting packages…</source>
        <translation>Đang xuất gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="577"/>
        <source>Select the packages to export.</source>
        <translation>Hãy chọn các gói cần xuất.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="584"/>
        <source>Select a package to preview.</source>
        <translation>Hãy chọn một gói để xem trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="604"/>
        <source>Importing packages…</source>
        <translation>Đang nhập gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="607"/>
        <source>Import package files</source>
        <translation>Nhập tệp gói</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="628"/>
        <location filename="../../desktop/ui/pages/outbox.py" line="633"/>
        <source>Confirm the sender</source>
        <translation>Xác nhận đơn vị gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="629"/>
        <source>The packages of {0} ({1}) do not carry its key: import its enrolment file (Advanced: keys) or send it an invitation.</source>
        <translation>Gói của {0} ({1}) không mang khóa của đơn vị đó: hãy nhập tệp đăng ký khóa của họ (thẻ Nâng cao: khóa) hoặc gửi thư mời cho họ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="634"/>
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
        <location filename="../../desktop/ui/pages/outbox.py" line="645"/>
        <source>Import every package in a folder</source>
        <translation>Nhập mọi gói trong một thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="650"/>
        <source>Preview a package file</source>
        <translation>Xem trước một tệp gói</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="667"/>
        <source>Select a received package.</source>
        <translation>Hãy chọn một gói đã nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="671"/>
        <source>Version {0} — {1} — received {2}</source>
        <translation>Phiên bản {0} — {1} — nhận lúc {2}</translation>
    </message>
</context>
</TS>
