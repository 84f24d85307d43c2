<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MemberLayout</name>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="201"/>
        <source>Edit member</source>
        <translation>Sửa thông tin đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="201"/>
        <source>New member</source>
        <translation>Thêm đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="203"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="204"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="205"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="206"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="207"/>
        <source>Citizen ID (CCCD)</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="208"/>
        <source>Joined the Union on</source>
        <translation>Ngày vào Đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="209"/>
        <source>Union card number</source>
        <translation>Số thẻ đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="210"/>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="211"/>
        <source>Residence (village / residential group)</source>
        <translation>Nơi cư trú (thôn/tổ dân phố)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="212"/>
        <source>Takes part at the place of residence (CD-3.3)</source>
        <translation>Sinh hoạt Đoàn tại nơi cư trú (CD-3.3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="213"/>
        <source>Registered for “Rèn luyện đoàn viên” (CD-3.4)</source>
        <translation>Đã đăng ký “Rèn luyện đoàn viên” (CD-3.4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="214"/>
        <source>Electronic Union book issued (CD-3.5)</source>
        <translation>Đã cấp sổ đoàn điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="215"/>
        <source>Electronic Union card issued (CD-3.5)</source>
        <translation>Đã cấp thẻ đoàn điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="216"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="217"/>
        <source>Entered the branch</source>
        <translation>Vào chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="222"/>
        <source>dd/mm/yyyy or the year alone</source>
        <translation>dd/mm/yyyy hoặc chỉ ghi năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="230"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="231"/>
        <source>e.g. 0912345678</source>
        <translation>ví dụ 0912345678</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="232"/>
        <source>12 digits (optional)</source>
        <translation>12 chữ số (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="233"/>
        <source>Note, e.g. where to</source>
        <translation>Ghi chú, ví dụ chuyển đi đâu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="234"/>
        <source>Yes, admitted on</source>
        <translation>Có, ngày vào Đảng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="235"/>
        <source>Yes, on</source>
        <translation>Có, ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="236"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="238"/>
        <source>Yes, number</source>
        <translation>Có, số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="241"/>
        <source>The ticks below (CD-3.3 to CD-3.5) are those of the assessment period {0}: a new period starts with none.</source>
        <translation>Các ô đánh dấu dưới đây (CD-3.3 đến CD-3.5) là của kỳ đánh giá {0}: kỳ mới bắt đầu chưa có ô nào được đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="249"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="250"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="251"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="256"/>
        <source>Joined</source>
        <translation>Kết nạp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="257"/>
        <source>Transferred in</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="261"/>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="263"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="264"/>
        <source>Record</source>
        <translation>Ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="265"/>
        <source>Undo the last entry</source>
        <translation>Xóa mốc cuối (ghi nhầm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="266"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_layout.py" line="267"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
