<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="504" />
        <source>Send and receive</source>
        <translation>Gửi – nhận</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="195" />
        <source>This unit's key</source>
        <translation>Khóa của đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="196" />
        <source>Export enrolment file…</source>
        <translation>Xuất tệp đăng ký khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="197" />
        <source>Import enrolment file…</source>
        <translation>Nhập tệp đăng ký khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="198" />
        <source>Change key…</source>
        <translation>Đổi khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="199" />
        <source>Send:</source>
        <translation>Gửi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="200" />
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="201" />
        <source>Quarter:</source>
        <translation>Quý:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="202" />
        <source>Put in the outbox</source>
        <translation>Đưa vào hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="203" />
        <source>With evidence files</source>
        <translation>Kèm tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="204" />
        <source>Adds the photos and scans attached to the records, up to the size set in Settings (“Packages: maximum evidence per package”). Files attached to a member are never sent.</source>
        <translation>Gửi kèm ảnh, bản chụp đã đính kèm vào các hoạt động, trong giới hạn dung lượng đặt ở Cài đặt (“Gói gửi cấp trên: dung lượng minh chứng tối đa mỗi gói”). Tệp đính kèm hồ sơ đoàn viên không bao giờ được gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="206" />
        <source>Export waiting packages to a folder…</source>
        <translation>Xuất các gói chờ gửi ra thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="207" />
        <source>Export selected again…</source>
        <translation>Xuất lại gói đã chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="208" />
        <source>Preview…</source>
        <translation>Xem trước…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="209" />
        <source>Import package files…</source>
        <translation>Nhập tệp gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="210" />
        <source>Import a whole folder…</source>
        <translation>Nhập cả thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="211" />
        <source>Preview a file…</source>
        <translation>Xem trước một tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="212" />
        <location filename="../../desktop/ui/pages/outbox.py" line="479" />
        <source>Versions of this submission</source>
        <translation>Các phiên bản của lần nộp này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="213" />
        <location filename="../../desktop/ui/pages/outbox.py" line="421" />
        <location filename="../../desktop/ui/pages/outbox.py" line="428" />
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="214" />
        <location filename="../../desktop/ui/pages/outbox.py" line="218" />
        <location filename="../../desktop/ui/pages/outbox.py" line="473" />
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="215" />
        <source>Enrolled units</source>
        <translation>Đơn vị đã đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="216" />
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="216" />
        <location filename="../../desktop/ui/pages/outbox.py" line="218" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="216" />
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="216" />
        <source>To</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="217" />
        <location filename="../../desktop/ui/pages/outbox.py" line="219" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="217" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="217" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="217" />
        <source>Reason / where</source>
        <translation>Lý do / nơi xuất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="218" />
        <source>From</source>
        <translation>Từ đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="218" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="219" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="219" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="219" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="220" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="220" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="220" />
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="221" />
        <source>Key fingerprint</source>
        <translation>Mã vân tay khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="221" />
        <source>Enrolled</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="221" />
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="222" />
        <source>Rejected files are kept in the quarantine folder with the reason; received data is read-only here.</source>
        <translation>Tệp bị từ chối được giữ trong thư mục cách ly kèm lý do; dữ liệu đã nhận chỉ được xem, không sửa ở đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="235" />
        <source>Registration (step 1)</source>
        <translation>Đăng ký (bước 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="236" />
        <source>Quarterly progress (step 2)</source>
        <translation>Báo cáo tiến độ quý (bước 2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="237" />
        <source>Year-end result and proposal (step 3)</source>
        <translation>Kết quả cuối năm và đề nghị công nhận (bước 3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="239" />
        <source>Appraisals to the branches</source>
        <translation>Kết quả thẩm định cho các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="240" />
        <source>Recognition decision to the branches</source>
        <translation>Quyết định công nhận cho các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="241" />
        <source>Registration summary to the upper level (20/11)</source>
        <translation>Báo cáo tổng hợp đăng ký lên cấp trên (20/11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="242" />
        <source>Results summary to the upper level (10/11)</source>
        <translation>Báo cáo tổng hợp kết quả lên cấp trên (10/11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="281" />
        <source>Branch / unit below</source>
        <translation>Chi đoàn / đơn vị trực thuộc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="281" />
        <source>Upper level</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="284" />
        <source>first enrolment</source>
        <translation>đăng ký lần đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="284" />
        <source>changed (vouched by the old key)</source>
        <translation>đã đổi (khóa cũ xác nhận)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="285" />
        <source>replaced (lost key)</source>
        <translation>đã thay (khóa bị mất)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="310" />
        <source>{0} ({1}) — key fingerprint: &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>{0} ({1}) — mã vân tay khóa: &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="316" />
        <source>The outbox is empty.</source>
        <translation>Hộp thư đi trống.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="320" />
        <location filename="../../desktop/ui/pages/outbox.py" line="326" />
        <source>Sending and receiving</source>
        <translation>Gửi – nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="332" />
        <source>Export enrolment file</source>
        <translation>Xuất tệp đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="333" />
        <source>Sổ Thi Đua packages (*.stpkg)</source>
        <translation>Gói Sổ Thi Đua (*.stpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="339" />
        <source>Enrolment file written: {0}

Give it to the upper level (or the branches) and read them this fingerprint on the phone so they can compare:
{1}</source>
        <translation>Đã ghi tệp đăng ký khóa: {0}

Gửi tệp cho đơn vị cấp trên (hoặc các chi đoàn) và đọc mã vân tay này qua điện thoại để họ đối chiếu:
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="345" />
        <source>Import enrolment file</source>
        <translation>Nhập tệp đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="346" />
        <location filename="../../desktop/ui/pages/outbox.py" line="452" />
        <location filename="../../desktop/ui/pages/outbox.py" line="463" />
        <source>Sổ Thi Đua packages (*.stpkg);;All files (*)</source>
        <translation>Gói Sổ Thi Đua (*.stpkg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="353" />
        <source>Another key</source>
        <translation>Khóa khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="354" />
        <source>{0}

Replace the lost key? Do this only after comparing the new fingerprint with the unit by phone: packages signed with the old key will be refused.</source>
        <translation>{0}

Thay khóa bị mất? Chỉ làm việc này sau khi đã gọi điện đối chiếu mã vân tay mới với đơn vị đó: các gói ký bằng khóa cũ sẽ bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="362" />
        <source>{0} ({1})
Key fingerprint: {2}

{3}</source>
        <translation>{0} ({1})
Mã vân tay khóa: {2}

{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="369" />
        <source>Change key</source>
        <translation>Đổi khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="370" />
        <source>Make a new key for this unit? The old key vouches for the new one: export the enrolment file again and send it to the upper level and the branches.</source>
        <translation>Tạo khóa mới cho đơn vị? Khóa cũ sẽ xác nhận khóa mới: hãy xuất lại tệp đăng ký khóa và gửi cho đơn vị cấp trên và các chi đoàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="377" />
        <source>New key fingerprint: {0}</source>
        <translation>Mã vân tay khóa mới: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="396" />
        <source>Building the package…</source>
        <translation>Đang lập gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="398" />
        <source>{0} package(s) put in the outbox, waiting to be sent.</source>
        <translation>Đã đưa {0} gói vào hộp thư đi, đang chờ gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="401" />
        <source>Export to a folder or USB stick</source>
        <translation>Xuất ra thư mục hoặc USB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="408" />
        <source>{0} of {1} package(s) exported to {2}.</source>
        <translation>Đã xuất {0}/{1} gói vào {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="416" />
        <source>Exporting packages…</source>
        <translation>Đang xuất gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="421" />
        <source>Select the packages to export.</source>
        <translation>Hãy chọn các gói cần xuất.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="428" />
        <source>Select a package to preview.</source>
        <translation>Hãy chọn một gói để xem trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="448" />
        <source>Importing packages…</source>
        <translation>Đang nhập gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="451" />
        <source>Import package files</source>
        <translation>Nhập tệp gói</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="457" />
        <source>Import every package in a folder</source>
        <translation>Nhập mọi gói trong một thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="462" />
        <source>Preview a package file</source>
        <translation>Xem trước một tệp gói</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="473" />
        <source>Select a received package.</source>
        <translation>Hãy chọn một gói đã nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/outbox.py" line="477" />
        <source>Version {0} — {1} — received {2}</source>
        <translation>Phiên bản {0} — {1} — nhận lúc {2}</translation>
    </message>
</context>
</TS>