<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>OutboxLayout</name>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="257"/>
        <source>This unit&apos;s key</source>
        <translation>Khóa của đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="258"/>
        <source>Export enrolment file…</source>
        <translation>Xuất tệp đăng ký khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="259"/>
        <source>Import enrolment file…</source>
        <translation>Nhập tệp đăng ký khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="260"/>
        <source>Change key…</source>
        <translation>Đổi khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="261"/>
        <source>Send:</source>
        <translation>Gửi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="262"/>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="263"/>
        <source>Quarter:</source>
        <translation>Quý:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="264"/>
        <source>Put in the outbox</source>
        <translation>Đưa vào hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="265"/>
        <source>With evidence files</source>
        <translation>Kèm tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="268"/>
        <source>Adds the photos and scans attached to the records, up to the size set in Settings (“Packages: maximum evidence per package”). Files attached to a member are never sent.</source>
        <translation>Gửi kèm ảnh, bản chụp đã đính kèm vào các hoạt động, trong giới hạn dung lượng đặt ở Cài đặt (“Gói gửi cấp trên: dung lượng minh chứng tối đa mỗi gói”). Tệp đính kèm hồ sơ đoàn viên không bao giờ được gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="272"/>
        <source>Export waiting packages to a folder…</source>
        <translation>Xuất các gói chờ gửi ra thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="273"/>
        <source>Export selected again…</source>
        <translation>Xuất lại gói đã chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="274"/>
        <source>Preview…</source>
        <translation>Xem trước…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="275"/>
        <source>Import package files…</source>
        <translation>Nhập tệp gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="276"/>
        <source>Import a whole folder…</source>
        <translation>Nhập cả thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="277"/>
        <source>Preview a file…</source>
        <translation>Xem trước một tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="278"/>
        <source>Versions of this submission</source>
        <translation>Các phiên bản của lần nộp này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="279"/>
        <source>Check a paper copy…</source>
        <translation>Kiểm tra bản giấy…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="280"/>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="281"/>
        <location filename="../../desktop/ui/outbox_layout.py" line="307"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="282"/>
        <source>Connected units</source>
        <translation>Đơn vị đã kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="283"/>
        <source>Advanced: keys</source>
        <translation>Nâng cao: khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="284"/>
        <source>Confirm the sender…</source>
        <translation>Xác nhận đơn vị gửi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="285"/>
        <source>Accept an invitation…</source>
        <translation>Nhận thư mời…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="289"/>
        <source>Units that joined by invitation need nothing here. Without an invitation, exchange enrolment files with the other unit and compare the key fingerprint by phone.</source>
        <translation>Đơn vị kết nối bằng thư mời không cần làm gì ở đây. Khi không có thư mời: trao đổi tệp đăng ký khóa với đơn vị kia và đối chiếu mã vân tay khóa qua điện thoại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="295"/>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="296"/>
        <location filename="../../desktop/ui/outbox_layout.py" line="309"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="297"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="298"/>
        <source>To</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="299"/>
        <location filename="../../desktop/ui/outbox_layout.py" line="311"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="300"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="301"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="302"/>
        <source>Reason / where</source>
        <translation>Lý do / nơi xuất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="308"/>
        <source>From</source>
        <translation>Từ đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="310"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="312"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="313"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="314"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="319"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="320"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="321"/>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="322"/>
        <source>Key fingerprint</source>
        <translation>Mã vân tay khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="323"/>
        <source>Enrolled</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="324"/>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="329"/>
        <source>Rejected files are kept in the quarantine folder with the reason; received data is read-only here.</source>
        <translation>Tệp bị từ chối được giữ trong thư mục cách ly kèm lý do; dữ liệu đã nhận chỉ được xem, không sửa ở đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="344"/>
        <source>Registration (step 1)</source>
        <translation>Đăng ký (bước 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="345"/>
        <source>Quarterly progress (step 2)</source>
        <translation>Báo cáo tiến độ quý (bước 2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="346"/>
        <source>Year-end result and proposal (step 3)</source>
        <translation>Kết quả cuối năm và đề nghị công nhận (bước 3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="350"/>
        <source>Appraisals to the branches</source>
        <translation>Kết quả thẩm định cho các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="351"/>
        <source>Recognition decision to the branches</source>
        <translation>Quyết định công nhận cho các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="352"/>
        <source>Registration summary to the upper level (20/11)</source>
        <translation>Báo cáo tổng hợp đăng ký lên cấp trên (20/11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="353"/>
        <source>Results summary to the upper level (10/11)</source>
        <translation>Báo cáo tổng hợp kết quả lên cấp trên (10/11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="357"/>
        <source>Yearly review “sơ kết” to the upper level</source>
        <translation>Báo cáo sơ kết năm lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="358"/>
        <source>Quarterly report to the upper level</source>
        <translation>Báo cáo quý lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="359"/>
        <source>Registration for the year&apos;s models to the upper level</source>
        <translation>Đăng ký thực hiện các mô hình lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="404"/>
        <source>Invite the communes…</source>
        <translation>Mời các Đảng ủy xã…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="406"/>
        <source>Invite the Đoàn xã to share its summaries…</source>
        <translation>Mời Đoàn xã chia sẻ báo cáo tổng hợp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="411"/>
        <source>The communes&apos; Party committees send their reports here; read them on “Communes”.</source>
        <translation>Các Đảng ủy xã gửi báo cáo về đây; xem và tổng hợp ở trang “Các Đảng ủy xã”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="417"/>
        <source>Sends to: {0}.</source>
        <translation>Gửi lên: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="420"/>
        <source>Its summaries also go to: {0}.</source>
        <translation>Báo cáo tổng hợp cũng được gửi cho: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_layout.py" line="424"/>
        <source>Not connected to an upper level yet: accept the invitation file (.stmoi) it sent.</source>
        <translation>Chưa kết nối với cấp trên: hãy nhận tệp thư mời (.stmoi) cấp trên gửi.</translation>
    </message>
</context>
</TS>
