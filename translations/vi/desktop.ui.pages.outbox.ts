<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="590" />
        <source>Send and receive</source>
        <translation>Gửi – nhận</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="237" />
        <source>This unit's key</source>
        <translation>Khóa của đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="238" />
        <source>Export enrolment file…</source>
        <translation>Xuất tệp đăng ký khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="239" />
        <source>Import enrolment file…</source>
        <translation>Nhập tệp đăng ký khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="240" />
        <source>Change key…</source>
        <translation>Đổi khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="241" />
        <source>Send:</source>
        <translation>Gửi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="242" />
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="243" />
        <source>Quarter:</source>
        <translation>Quý:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="244" />
        <source>Put in the outbox</source>
        <translation>Đưa vào hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="245" />
        <source>With evidence files</source>
        <translation>Kèm tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="246" />
        <source>Adds the photos and scans attached to the records, up to the size set in Settings (sync_evidence_limit_mb). Files attached to a member are never sent.</source>
        <translation>Gửi kèm ảnh, bản chụp đã đính kèm vào các hoạt động, trong giới hạn dung lượng đặt ở Cài đặt (sync_evidence_limit_mb). Tệp đính kèm hồ sơ đoàn viên không bao giờ được gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="248" />
        <source>Export waiting packages to a folder…</source>
        <translation>Xuất các gói chờ gửi ra thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="249" />
        <source>Export selected again…</source>
        <translation>Xuất lại gói đã chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="250" />
        <source>Preview…</source>
        <translation>Xem trước…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="251" />
        <source>Import package files…</source>
        <translation>Nhập tệp gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="252" />
        <source>Import a whole folder…</source>
        <translation>Nhập cả thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="253" />
        <source>Preview a file…</source>
        <translation>Xem trước một tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="254" />
        <location filename="../../desktop/ui/pages/outbox.py" line="565" />
        <source>Versions of this submission</source>
        <translation>Các phiên bản của lần nộp này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="255" />
        <location filename="../../desktop/ui/pages/outbox.py" line="474" />
        <location filename="../../desktop/ui/pages/outbox.py" line="481" />
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="256" />
        <location filename="../../desktop/ui/pages/outbox.py" line="265" />
        <location filename="../../desktop/ui/pages/outbox.py" line="558" />
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="263" />
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="263" />
        <location filename="../../desktop/ui/pages/outbox.py" line="265" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="263" />
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="263" />
        <source>To</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="264" />
        <location filename="../../desktop/ui/pages/outbox.py" line="266" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="264" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="264" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="264" />
        <source>Reason / where</source>
        <translation>Lý do / nơi xuất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="265" />
        <source>From</source>
        <translation>Từ đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="265" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="266" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="266" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="266" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="267" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="267" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="267" />
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="268" />
        <source>Key fingerprint</source>
        <translation>Mã vân tay khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="268" />
        <source>Enrolled</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="268" />
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="269" />
        <source>Rejected files are kept in the quarantine folder with the reason; received data is read-only here.</source>
        <translation>Tệp bị từ chối được giữ trong thư mục cách ly kèm lý do; dữ liệu đã nhận chỉ được xem, không sửa ở đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="282" />
        <source>Registration (step 1)</source>
        <translation>Đăng ký (bước 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="283" />
        <source>Quarterly progress (step 2)</source>
        <translation>Báo cáo tiến độ quý (bước 2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="284" />
        <source>Year-end result and proposal (step 3)</source>
        <translation>Kết quả cuối năm và đề nghị công nhận (bước 3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="286" />
        <source>Appraisals to the branches</source>
        <translation>Kết quả thẩm định cho các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="287" />
        <source>Recognition decision to the branches</source>
        <translation>Quyết định công nhận cho các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="288" />
        <source>Registration summary to the upper level (20/11)</source>
        <translation>Báo cáo tổng hợp đăng ký lên cấp trên (20/11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="289" />
        <source>Results summary to the upper level (10/11)</source>
        <translation>Báo cáo tổng hợp kết quả lên cấp trên (10/11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="328" />
        <source>Branch / unit below</source>
        <translation>Chi đoàn / đơn vị trực thuộc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="328" />
        <source>Upper level</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="331" />
        <source>first enrolment</source>
        <translation>đăng ký lần đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="331" />
        <source>changed (vouched by the old key)</source>
        <translation>đã đổi (khóa cũ xác nhận)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="332" />
        <source>replaced (lost key)</source>
        <translation>đã thay (khóa bị mất)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="332" />
        <source>by invitation</source>
        <translation>theo thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="333" />
        <source>confirmed by fingerprint</source>
        <translation>xác nhận bằng mã vân tay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="364" />
        <source>{0} ({1}) — key fingerprint: &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>{0} ({1}) — mã vân tay khóa: &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="370" />
        <source>The outbox is empty.</source>
        <translation>Hộp thư đi trống.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="374" />
        <location filename="../../desktop/ui/pages/outbox.py" line="380" />
        <source>Sending and receiving</source>
        <translation>Gửi – nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="386" />
        <source>Export enrolment file</source>
        <translation>Xuất tệp đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="386" />
        <source>Sổ Thi Đua packages (*.stpkg)</source>
        <translation>Gói Sổ Thi Đua (*.stpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="392" />
        <source>Enrolment file written: {0}

Give it to the upper level (or the branches) and read them this fingerprint on the phone so they can compare:
{1}</source>
        <translation>Đã ghi tệp đăng ký khóa: {0}

Gửi tệp cho đơn vị cấp trên (hoặc các chi đoàn) và đọc mã vân tay này qua điện thoại để họ đối chiếu:
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="398" />
        <source>Import enrolment file</source>
        <translation>Nhập tệp đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="399" />
        <source>Sổ Thi Đua enrolment files (*.stpkg *.json *.key);;All files (*)</source>
        <translation>Tệp đăng ký khóa Sổ Thi Đua (*.stpkg *.json *.key);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="505" />
        <location filename="../../desktop/ui/pages/outbox.py" line="548" />
        <source>Sổ Thi Đua packages (*.stpkg);;All files (*)</source>
        <translation>Gói Sổ Thi Đua (*.stpkg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="406" />
        <source>Another key</source>
        <translation>Khóa khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="257" />
        <source>Connected units</source>
        <translation>Đơn vị đã kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="258" />
        <source>Advanced: keys</source>
        <translation>Nâng cao: khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="259" />
        <source>Confirm the sender…</source>
        <translation>Xác nhận đơn vị gửi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="261" />
        <source>Units that joined by invitation need nothing here. Without an invitation, exchange enrolment files with the other unit and compare the key fingerprint by phone.</source>
        <translation>Đơn vị kết nối bằng thư mời không cần làm gì ở đây. Khi không có thư mời: trao đổi tệp đăng ký khóa với đơn vị kia và đối chiếu mã vân tay khóa qua điện thoại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="407" />
        <source>{0}

Replace the lost key? Do this only after comparing the new fingerprint with the unit by phone: packages signed with the old key will be refused.</source>
        <translation>{0}

Thay khóa bị mất? Chỉ làm việc này sau khi đã gọi điện đối chiếu mã vân tay mới với đơn vị đó: các gói ký bằng khóa cũ sẽ bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="415" />
        <source>{0} ({1})
Key fingerprint: {2}

{3}</source>
        <translation>{0} ({1})
Mã vân tay khóa: {2}

{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="422" />
        <source>Change key</source>
        <translation>Đổi khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="423" />
        <source>Make a new key for this unit? The old key vouches for the new one: export the enrolment file again and send it to the upper level and the branches.</source>
        <translation>Tạo khóa mới cho đơn vị? Khóa cũ sẽ xác nhận khóa mới: hãy xuất lại tệp đăng ký khóa và gửi cho đơn vị cấp trên và các chi đoàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="430" />
        <source>New key fingerprint: {0}</source>
        <translation>Mã vân tay khóa mới: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="449" />
        <source>Building the package…</source>
        <translation>Đang lập gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="451" />
        <source>{0} package(s) put in the outbox, waiting to be sent.</source>
        <translation>Đã đưa {0} gói vào hộp thư đi, đang chờ gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="454" />
        <source>Export to a folder or USB stick</source>
        <translation>Xuất ra thư mục hoặc USB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="461" />
        <source>{0} of {1} package(s) exported to {2}.</source>
        <translation>Đã xuất {0}/{1} gói vào {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="469" />
        <source>Exporting packages…</source>
        <translation>Đang xuất gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="474" />
        <source>Select the packages to export.</source>
        <translation>Hãy chọn các gói cần xuất.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="481" />
        <source>Select a package to preview.</source>
        <translation>Hãy chọn một gói để xem trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="501" />
        <source>Importing packages…</source>
        <translation>Đang nhập gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="504" />
        <source>Import package files</source>
        <translation>Nhập tệp gói</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="525" />
        <location filename="../../desktop/ui/pages/outbox.py" line="530" />
        <source>Confirm the sender</source>
        <translation>Xác nhận đơn vị gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="526" />
        <source>The packages of {0} ({1}) do not carry its key: import its enrolment file (Advanced: keys) or send it an invitation.</source>
        <translation>Gói của {0} ({1}) không mang khóa của đơn vị đó: hãy nhập tệp đăng ký khóa của họ (thẻ Nâng cao: khóa) hoặc gửi thư mời cho họ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="531" />
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
        <location filename="../../desktop/ui/pages/outbox.py" line="542" />
        <source>Import every package in a folder</source>
        <translation>Nhập mọi gói trong một thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="547" />
        <source>Preview a package file</source>
        <translation>Xem trước một tệp gói</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="558" />
        <source>Select a received package.</source>
        <translation>Hãy chọn một gói đã nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="562" />
        <source>Version {0} — {1} — received {2}</source>
        <translation>Phiên bản {0} — {1} — nhận lúc {2}</translation>
    </message>
</context>
</TS>