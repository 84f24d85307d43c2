<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="180" />
        <source>Edit member</source>
        <translation>Sửa thông tin đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="180" />
        <source>New member</source>
        <translation>Thêm đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="182" />
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="182" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="183" />
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="183" />
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="184" />
        <source>Citizen ID (CCCD)</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="184" />
        <source>Joined the Union on</source>
        <translation>Ngày vào Đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="185" />
        <source>Union card number</source>
        <translation>Số thẻ đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="185" />
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="186" />
        <source>Residence (village / residential group)</source>
        <translation>Nơi cư trú (thôn/tổ dân phố)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="187" />
        <source>Takes part at the place of residence (CD-3.3)</source>
        <translation>Sinh hoạt Đoàn tại nơi cư trú (CD-3.3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="188" />
        <source>Registered for “Rèn luyện đoàn viên” (CD-3.4)</source>
        <translation>Đã đăng ký “Rèn luyện đoàn viên” (CD-3.4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="189" />
        <source>Electronic Union book issued (CD-3.5)</source>
        <translation>Đã cấp sổ đoàn điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="190" />
        <source>Electronic Union card issued (CD-3.5)</source>
        <translation>Đã cấp thẻ đoàn điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="191" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="191" />
        <source>Entered the branch</source>
        <translation>Vào chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="196" />
        <source>dd/mm/yyyy or the year alone</source>
        <translation>dd/mm/yyyy hoặc chỉ ghi năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="199" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="200" />
        <source>e.g. 0912345678</source>
        <translation>ví dụ 0912345678</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="201" />
        <source>12 digits (optional)</source>
        <translation>12 chữ số (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="202" />
        <source>Note, e.g. where to</source>
        <translation>Ghi chú, ví dụ chuyển đi đâu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="203" />
        <source>Yes, admitted on</source>
        <translation>Có, ngày vào Đảng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="204" />
        <source>Yes, on</source>
        <translation>Có, ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="205" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="207" />
        <source>Yes, number</source>
        <translation>Có, số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="208" />
        <source>The ticks below (CD-3.3 to CD-3.5) are those of the assessment period {0}: a new period starts with none.</source>
        <translation>Các ô đánh dấu dưới đây (CD-3.3 đến CD-3.5) là của kỳ đánh giá {0}: kỳ mới bắt đầu chưa có ô nào được đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="212" />
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="212" />
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="213" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="217" />
        <source>Joined</source>
        <translation>Kết nạp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="218" />
        <source>Transferred in</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="223" />
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="225" />
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="226" />
        <source>Record</source>
        <translation>Ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="227" />
        <source>Undo the last entry</source>
        <translation>Xóa mốc cuối (ghi nhầm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="228" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="229" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="357" />
        <source>Enter the date the member entered the branch.</source>
        <translation>Hãy nhập ngày đoàn viên vào chi đoàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="386" />
        <source>Enter the date (dd/mm/yyyy).</source>
        <translation>Hãy nhập ngày (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="400" />
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_dialog.py" line="400" />
        <source>Remove the last history entry?</source>
        <translation>Xóa mốc lịch sử cuối cùng?</translation>
    </message>
</context>
</TS>