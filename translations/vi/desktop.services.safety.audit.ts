<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="31"/>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="32"/>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="33"/>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="34"/>
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="35"/>
        <source>Submitted</source>
        <translation>Nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="36"/>
        <source>Withdrawn</source>
        <translation>Rút lại</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="37"/>
        <source>Recognised</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="38"/>
        <source>Password reset with recovery code</source>
        <translation>Đặt lại mật khẩu bằng mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="39"/>
        <source>Personal data erased</source>
        <translation>Xóa dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="40"/>
        <source>Imported</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="41"/>
        <source>Printed or issued</source>
        <translation>In, ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="42"/>
        <source>Invitation made</source>
        <translation>Tạo thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="43"/>
        <source>Connected to the upper level</source>
        <translation>Kết nối với đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="44"/>
        <source>Package received</source>
        <translation>Nhận gói</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="45"/>
        <source>Receipt</source>
        <translation>Báo đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="46"/>
        <source>Package sent</source>
        <translation>Gửi gói</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="47"/>
        <source>Confirmed</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="48"/>
        <source>Dismissed</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="49"/>
        <location filename="../../desktop/services/safety/audit.py" line="56"/>
        <source>Returned for correction</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="50"/>
        <source>Revoked</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="51"/>
        <location filename="../../desktop/services/safety/audit.py" line="57"/>
        <source>Key changed</source>
        <translation>Đổi khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="52"/>
        <source>Updated from a received record</source>
        <translation>Cập nhật từ hồ sơ nhận được</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="53"/>
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="55"/>
        <source>Approved</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="58"/>
        <source>Key replaced</source>
        <translation>Thay khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="61"/>
        <source>A unit below connected</source>
        <translation>Đơn vị cấp dưới kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="65"/>
        <source>accepted</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="66"/>
        <source>held for a look</source>
        <translation>giữ lại chờ xem</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="67"/>
        <source>refused</source>
        <translation>từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="68"/>
        <source>already received</source>
        <translation>trùng, bỏ qua</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="69"/>
        <source>a newer version is here</source>
        <translation>đã có bản mới hơn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="70"/>
        <source>let in</source>
        <translation>đã cho nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="71"/>
        <source>as a file</source>
        <translation>bằng tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="72"/>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
</context>
<context>
    <name>AuditActor</name>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="276"/>
        <source>The app (automatic)</source>
        <translation>Phần mềm (tự động)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="278"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="279"/>
        <source>{0} (command on the computer)</source>
        <translation>{0} (lệnh trên máy)</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="76"/>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="77"/>
        <source>Membership change</source>
        <translation>Biến động đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="78"/>
        <source>Volunteer activity</source>
        <translation>Hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="79"/>
        <source>Evidence record</source>
        <translation>Bản ghi minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="80"/>
        <source>Judgement</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="81"/>
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="82"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="83"/>
        <source>Setting</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="84"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="85"/>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="86"/>
        <source>Attachment</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="87"/>
        <source>Member assessment</source>
        <translation>Đánh giá đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="88"/>
        <source>Member recognition</source>
        <translation>Công nhận đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="89"/>
        <source>Branch recognition</source>
        <translation>Công nhận chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="90"/>
        <source>Recognition proposal</source>
        <translation>Đề nghị công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="91"/>
        <source>Appraisal</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="92"/>
        <source>Member vote</source>
        <translation>Biểu quyết Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="93"/>
        <source>Member proposals</source>
        <translation>Đề nghị công nhận đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="94"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="95"/>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="96"/>
        <source>Commune record</source>
        <translation>Sổ theo dõi của Đảng ủy xã</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="97"/>
        <source>Emulation model</source>
        <translation>Mô hình thi đua</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="98"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="99"/>
        <source>Model figure</source>
        <translation>Số liệu mô hình</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="100"/>
        <source>Document register</source>
        <translation>Sổ đăng ký văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="101"/>
        <source>Outgoing package</source>
        <translation>Gói chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="102"/>
        <source>Received package</source>
        <translation>Gói đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="103"/>
        <source>Recognition decision</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="104"/>
        <source>Sync enrolment</source>
        <translation>Kết nối đồng bộ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="105"/>
        <source>Signing key</source>
        <translation>Khóa ký gói</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="106"/>
        <source>Unit data</source>
        <translation>Dữ liệu đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="107"/>
        <source>Model registration</source>
        <translation>Đăng ký mô hình</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="108"/>
        <source>Dân vận khéo model</source>
        <translation>Mô hình Dân vận khéo</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="109"/>
        <source>Hamlet</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="110"/>
        <source>Per-hamlet figure</source>
        <translation>Chỉ tiêu theo thôn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="111"/>
        <source>Review texts</source>
        <translation>Nội dung tự viết của sơ kết</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="112"/>
        <source>Invitation</source>
        <translation>Thư mời kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="113"/>
        <source>Unit key</source>
        <translation>Khóa của đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="114"/>
        <source>Member appraisal</source>
        <translation>Thẩm định đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="115"/>
        <source>Summary report</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="261"/>
        <source>Other record</source>
        <translation>Dữ liệu khác</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="121"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="122"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="123"/>
        <source>Year of birth only</source>
        <translation>Chỉ biết năm sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="124"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="125"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="126"/>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="127"/>
        <source>Union join date</source>
        <translation>Ngày vào Đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="128"/>
        <source>Union card no.</source>
        <translation>Số thẻ đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="129"/>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="130"/>
        <source>Party join date</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="131"/>
        <source>Residence</source>
        <translation>Nơi cư trú</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="132"/>
        <source>Self-training registered (CD-3.4)</source>
        <translation>Đăng ký Rèn luyện đoàn viên (CD-3.4)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="133"/>
        <source>Self-training registered on (CD-3.4)</source>
        <translation>Ngày đăng ký Rèn luyện đoàn viên (CD-3.4)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="134"/>
        <source>E-book issued (CD-3.5)</source>
        <translation>Có sổ đoàn viên điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="135"/>
        <source>E-card issued (CD-3.5)</source>
        <translation>Có thẻ đoàn viên điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="136"/>
        <source>E-book number</source>
        <translation>Số sổ đoàn viên điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="137"/>
        <source>E-card number</source>
        <translation>Số thẻ đoàn viên điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="138"/>
        <source>Activity where they live (CD-3.3)</source>
        <translation>Sinh hoạt tại nơi cư trú (CD-3.3)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="139"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="140"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="141"/>
        <source>Erased</source>
        <translation>Đã xóa dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="142"/>
        <location filename="../../desktop/services/safety/audit.py" line="143"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="144"/>
        <source>Record number</source>
        <translation>Số thứ tự</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="145"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="146"/>
        <location filename="../../desktop/services/safety/audit.py" line="164"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="147"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="148"/>
        <source>Category</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="149"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="150"/>
        <source>Counterpart</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="151"/>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="152"/>
        <location filename="../../desktop/services/safety/audit.py" line="196"/>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="153"/>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="154"/>
        <source>Reference no.</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="155"/>
        <source>Judged by</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="156"/>
        <source>Campaign</source>
        <translation>Phong trào</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="157"/>
        <location filename="../../desktop/services/safety/audit.py" line="214"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="158"/>
        <source>Judged on</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="159"/>
        <location filename="../../desktop/services/safety/audit.py" line="160"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="161"/>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="162"/>
        <source>Criteria set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="163"/>
        <source>Items</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="165"/>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="166"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="167"/>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="168"/>
        <source>Against</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="169"/>
        <source>For</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="170"/>
        <source>Meeting date</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="171"/>
        <source>Deadline</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="172"/>
        <source>Late</source>
        <translation>Nộp muộn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="173"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="174"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="175"/>
        <source>Submitted on</source>
        <translation>Ngày nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="176"/>
        <source>Submitted</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="177"/>
        <source>Version</source>
        <translation>Lần</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="178"/>
        <source>Claims</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="179"/>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="180"/>
        <source>Proposes recognition</source>
        <translation>Đề nghị công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="181"/>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="182"/>
        <source>All Party members</source>
        <translation>Toàn đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="183"/>
        <source>Branch type</source>
        <translation>Loại chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="184"/>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="185"/>
        <source>Grade</source>
        <translation>Khối lớp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="186"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="187"/>
        <location filename="../../desktop/services/safety/audit.py" line="238"/>
        <source>Upper level</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="188"/>
        <source>Confirmed by</source>
        <translation>Người xác nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="189"/>
        <source>Dates</source>
        <translation>Các ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="190"/>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="191"/>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="192"/>
        <source>Focus</source>
        <translation>Nội dung trọng tâm</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="193"/>
        <source>Guests</source>
        <translation>Người ngoài chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="194"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="195"/>
        <source>Overlaps confirmed</source>
        <translation>Trùng ngày đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="197"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="198"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="199"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="200"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="201"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="203"/>
        <source>Sent to</source>
        <translation>Gửi tới</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="204"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="205"/>
        <source>Package contents</source>
        <translation>Nội dung gói</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="206"/>
        <source>File check code</source>
        <translation>Mã kiểm tra tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="207"/>
        <source>Key check code</source>
        <translation>Mã kiểm tra khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="208"/>
        <source>Where</source>
        <translation>Nơi lưu, gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="209"/>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="210"/>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="211"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="212"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="213"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="215"/>
        <source>Assessed by</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="216"/>
        <source>Received / asked</source>
        <translation>Tiếp nhận / được hỏi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="217"/>
        <source>Answered / satisfied</source>
        <translation>Đã trả lời / hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="218"/>
        <source>Model criterion</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="219"/>
        <source>Model name</source>
        <translation>Tên mô hình</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="220"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="221"/>
        <source>Expected output</source>
        <translation>Sản phẩm cần đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="222"/>
        <source>Progress (%)</source>
        <translation>Tiến độ (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="223"/>
        <source>Progress note</source>
        <translation>Ghi chú tiến độ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="224"/>
        <source>Hamlet</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="225"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="226"/>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="227"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="228"/>
        <source>Owner</source>
        <translation>Chủ thể thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="229"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="230"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="231"/>
        <source>Recognition</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="232"/>
        <source>Started on</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="234"/>
        <source>Attached to</source>
        <translation>Gắn với</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="235"/>
        <location filename="../../desktop/services/safety/audit.py" line="240"/>
        <source>Record no.</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="236"/>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="237"/>
        <source>Invited unit</source>
        <translation>Đơn vị được mời</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="239"/>
        <source>Inviting unit&apos;s key check code</source>
        <translation>Mã kiểm tra khóa của đơn vị mời</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="241"/>
        <source>Connected as</source>
        <translation>Kết nối với</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="242"/>
        <source>Invitation</source>
        <translation>Thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="244"/>
        <source>What was brought in</source>
        <translation>Dữ liệu đã nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="245"/>
        <source>Units</source>
        <translation>Số đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="246"/>
        <source>Evidence records</source>
        <translation>Bản ghi minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="247"/>
        <source>Volunteer activities</source>
        <translation>Hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="248"/>
        <source>Document symbol</source>
        <translation>Ký hiệu văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="249"/>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="250"/>
        <source>Data check code</source>
        <translation>Mã kiểm tra dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="251"/>
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="252"/>
        <source>Package</source>
        <translation>Gói</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="253"/>
        <source>Summary report</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="254"/>
        <source>Reasons</source>
        <translation>Số lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="255"/>
        <source>Planned activities</source>
        <translation>Hoạt động dự kiến</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="256"/>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="257"/>
        <source>Target date</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="260"/>
        <source>Other detail</source>
        <translation>Chi tiết khác</translation>
    </message>
</context>
<context>
    <name>AuditInvitation</name>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="430"/>
        <source>to {unit}, {date}</source>
        <translation>gửi {unit}, ngày {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="431"/>
        <source>from {unit}, {date}</source>
        <translation>của {unit}, ngày {date}</translation>
    </message>
</context>
<context>
    <name>AuditPackage</name>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="438"/>
        <source>Package</source>
        <translation>Gói</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="454"/>
        <source>period {period}</source>
        <translation>kỳ {period}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="459"/>
        <source>{quarter}, period {period}</source>
        <translation>{quarter} kỳ {period}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="467"/>
        <source>to {unit}</source>
        <translation>gửi {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="469"/>
        <source>from {unit}</source>
        <translation>từ {unit}</translation>
    </message>
</context>
<context>
    <name>AuditValue</name>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="355"/>
        <source>unit with code {code}</source>
        <translation>đơn vị có mã {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="483"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="484"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="485"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="486"/>
        <location filename="../../desktop/services/safety/audit.py" line="488"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="487"/>
        <location filename="../../desktop/services/safety/audit.py" line="489"/>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="490"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="491"/>
        <source>Submitted</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="492"/>
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="493"/>
        <source>Grassroots Union</source>
        <translation>Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="495"/>
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="496"/>
        <source>Saved as a file</source>
        <translation>Đã lưu thành tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="497"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="498"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="499"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="501"/>
        <source>Unit below</source>
        <translation>Đơn vị cấp dưới</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="502"/>
        <source>Upper level</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="504"/>
        <source>Registration for the models</source>
        <translation>Bản đăng ký thực hiện các mô hình</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="505"/>
        <source>Action programme</source>
        <translation>Chương trình hành động</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="506"/>
        <source>Quarterly report</source>
        <translation>Báo cáo quý</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="507"/>
        <source>Yearly review</source>
        <translation>Báo cáo sơ kết</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="508"/>
        <source>Summary report on the communes</source>
        <translation>Báo cáo tổng hợp các Đảng ủy xã</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="510"/>
        <source>Summary of results</source>
        <translation>Tổng hợp kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="511"/>
        <source>The unit&apos;s own data</source>
        <translation>Dữ liệu của chính đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="512"/>
        <source>A new installation&apos;s data</source>
        <translation>Dữ liệu cho máy mới cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="513"/>
        <source>A unit below&apos;s data</source>
        <translation>Dữ liệu của đơn vị cấp dưới</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="540"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/audit.py" line="540"/>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
</TS>
