<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="28" />
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="29" />
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="30" />
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="31" />
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="32" />
        <source>Submitted</source>
        <translation>Nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="33" />
        <source>Withdrawn</source>
        <translation>Rút lại</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="34" />
        <source>Recognised</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="35" />
        <source>Password reset with recovery code</source>
        <translation>Đặt lại mật khẩu bằng mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="36" />
        <source>Personal data erased</source>
        <translation>Xóa dữ liệu cá nhân</translation>
    </message>
</context>
<context>
    <name>AuditActor</name>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="180" />
        <source>The app (automatic)</source>
        <translation>Phần mềm (tự động)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="182" />
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="183" />
        <source>{0} (command on the computer)</source>
        <translation>{0} (lệnh trên máy)</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="40" />
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="41" />
        <source>Membership change</source>
        <translation>Biến động đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="42" />
        <source>Volunteer activity</source>
        <translation>Hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="43" />
        <source>Evidence record</source>
        <translation>Bản ghi minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="44" />
        <source>Judgement</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="45" />
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="46" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="47" />
        <source>Setting</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="48" />
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="49" />
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="50" />
        <source>Attachment</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="51" />
        <source>Member assessment</source>
        <translation>Đánh giá đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="52" />
        <source>Member recognition</source>
        <translation>Công nhận đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="53" />
        <source>Branch recognition</source>
        <translation>Công nhận chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="54" />
        <source>Recognition proposal</source>
        <translation>Đề nghị công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="55" />
        <source>Appraisal</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="56" />
        <source>Member vote</source>
        <translation>Biểu quyết Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="57" />
        <source>Member proposals</source>
        <translation>Đề nghị công nhận đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="58" />
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="59" />
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="60" />
        <source>Commune record</source>
        <translation>Sổ theo dõi của Đảng ủy xã</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="61" />
        <source>Emulation model</source>
        <translation>Mô hình thi đua</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="62" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="63" />
        <source>Model figure</source>
        <translation>Số liệu mô hình</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="64" />
        <source>Document register</source>
        <translation>Sổ đăng ký văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="65" />
        <source>Outgoing package</source>
        <translation>Gói chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="66" />
        <source>Received package</source>
        <translation>Gói đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="67" />
        <source>Recognition decision</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="68" />
        <source>Sync enrolment</source>
        <translation>Kết nối đồng bộ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="69" />
        <source>Signing key</source>
        <translation>Khóa ký gói</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="70" />
        <source>Unit data</source>
        <translation>Dữ liệu đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="165" />
        <source>Other record</source>
        <translation>Dữ liệu khác</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="76" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="77" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="78" />
        <source>Year of birth only</source>
        <translation>Chỉ biết năm sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="79" />
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="80" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="81" />
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="82" />
        <source>Union join date</source>
        <translation>Ngày vào Đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="83" />
        <source>Union card no.</source>
        <translation>Số thẻ đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="84" />
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="85" />
        <source>Party join date</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="86" />
        <source>Residence</source>
        <translation>Nơi cư trú</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="87" />
        <source>Self-training registered (CD-3.4)</source>
        <translation>Đăng ký Rèn luyện đoàn viên (CD-3.4)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="88" />
        <source>Self-training registered on (CD-3.4)</source>
        <translation>Ngày đăng ký Rèn luyện đoàn viên (CD-3.4)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="89" />
        <source>E-book issued (CD-3.5)</source>
        <translation>Có sổ đoàn viên điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="90" />
        <source>E-card issued (CD-3.5)</source>
        <translation>Có thẻ đoàn viên điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="91" />
        <source>E-book number</source>
        <translation>Số sổ đoàn viên điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="92" />
        <source>E-card number</source>
        <translation>Số thẻ đoàn viên điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="93" />
        <source>Activity where they live (CD-3.3)</source>
        <translation>Sinh hoạt tại nơi cư trú (CD-3.3)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="94" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="95" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="96" />
        <source>Erased</source>
        <translation>Đã xóa dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="97" />
        <location filename="../../desktop/services/safety/audit.py" line="98" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="99" />
        <source>Record number</source>
        <translation>Số thứ tự</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="100" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="101" />
        <location filename="../../desktop/services/safety/audit.py" line="119" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="102" />
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="103" />
        <source>Category</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="104" />
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="105" />
        <source>Counterpart</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="106" />
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="107" />
        <location filename="../../desktop/services/safety/audit.py" line="151" />
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="108" />
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="109" />
        <source>Reference no.</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="110" />
        <source>Judged by</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="111" />
        <source>Campaign</source>
        <translation>Phong trào</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="112" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="113" />
        <source>Judged on</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="114" />
        <location filename="../../desktop/services/safety/audit.py" line="115" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="116" />
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="117" />
        <source>Criteria set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="118" />
        <source>Items</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="120" />
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="121" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="122" />
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="123" />
        <source>Against</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="124" />
        <source>For</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="125" />
        <source>Meeting date</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="126" />
        <source>Deadline</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="127" />
        <source>Late</source>
        <translation>Nộp muộn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="128" />
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="129" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="130" />
        <source>Submitted on</source>
        <translation>Ngày nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="131" />
        <source>Submitted</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="132" />
        <source>Version</source>
        <translation>Lần</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="133" />
        <source>Claims</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="134" />
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="135" />
        <source>Proposes recognition</source>
        <translation>Đề nghị công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="136" />
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="137" />
        <source>All Party members</source>
        <translation>Toàn đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="138" />
        <source>Branch type</source>
        <translation>Loại chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="139" />
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="140" />
        <source>Grade</source>
        <translation>Khối lớp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="141" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="142" />
        <source>Upper level</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="143" />
        <source>Confirmed by</source>
        <translation>Người xác nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="144" />
        <source>Dates</source>
        <translation>Các ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="145" />
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="146" />
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="147" />
        <source>Focus</source>
        <translation>Nội dung trọng tâm</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="148" />
        <source>Guests</source>
        <translation>Người ngoài chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="149" />
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="150" />
        <source>Overlaps confirmed</source>
        <translation>Trùng ngày đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="152" />
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="153" />
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="154" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="155" />
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="156" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="157" />
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="158" />
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="159" />
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="160" />
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="161" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="164" />
        <source>Other detail</source>
        <translation>Chi tiết khác</translation>
    </message>
</context>
<context>
    <name>AuditValue</name>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="384" />
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="385" />
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="386" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="387" />
        <location filename="../../desktop/services/safety/audit.py" line="389" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="388" />
        <location filename="../../desktop/services/safety/audit.py" line="390" />
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="391" />
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="392" />
        <source>Submitted</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="393" />
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="394" />
        <source>Grassroots Union</source>
        <translation>Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="406" />
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="406" />
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
</TS>