<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BranchesLayout</name>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="120"/>
        <source>No members yet</source>
        <translation>Chưa có đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="206"/>
        <source>same Union card number</source>
        <translation>cùng số thẻ đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="206"/>
        <source>same name and date of birth</source>
        <translation>cùng họ tên và ngày sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="237"/>
        <source>Assessment year:</source>
        <translation>Năm đánh giá:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="238"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="239"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="240"/>
        <source>Open the branch&apos;s criteria</source>
        <translation>Mở tiêu chí của chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="241"/>
        <source>Received packages</source>
        <translation>Các gói đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="242"/>
        <source>Remind the late branches</source>
        <translation>Nhắc các chi đoàn chậm nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="245"/>
        <source>Sends a reminder to every branch with its own installation that is late or has sent nothing; it shows on the branch&apos;s home screen.</source>
        <translation>Gửi lời nhắc cho mọi chi đoàn (có máy riêng) đang chậm hoặc chưa gửi; lời nhắc hiện ở trang Tổng quan của chi đoàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="249"/>
        <source>Send to the branches</source>
        <translation>Gửi xuống chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="251"/>
        <source>Return a branch&apos;s submission for correction, or relay an alert or a share request to every branch</source>
        <translation>Trả lại hồ sơ của một chi đoàn để sửa, hoặc chuyển cảnh báo, đề nghị chia sẻ cho mọi chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="253"/>
        <source>Return for correction…</source>
        <translation>Trả lại để sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="254"/>
        <source>Relay an alert…</source>
        <translation>Chuyển cảnh báo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="257"/>
        <source>A CD-1.3 warning or a CD-1.4 share request, sent once to every branch: each records it in its log with one click.</source>
        <translation>Cảnh báo CD-1.3 hoặc đề nghị chia sẻ CD-1.4, gửi một lần cho mọi chi đoàn: mỗi chi đoàn bấm một lần để ghi vào sổ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="261"/>
        <source>Branch list and invitations…</source>
        <translation>Danh sách chi đoàn và thư mời…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="264"/>
        <source>School branches are shown with their school year (for 2026: 2025-2026). For the 20/11 summary choose the next year: the Registered column then shows who registered for it, and by which deadline.</source>
        <translation>Chi đoàn khối trường học hiển thị theo năm học (năm 2026 là năm học 2025-2026). Để lập báo cáo tổng hợp 20/11, chọn năm sau: cột Đăng ký khi đó cho biết chi đoàn nào đã đăng ký và đăng ký trước hạn nào.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="275"/>
        <source>All branches</source>
        <translation>Tất cả chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="276"/>
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="277"/>
        <source>Registered late</source>
        <translation>Đăng ký trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="278"/>
        <source>With something overdue</source>
        <translation>Có việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="279"/>
        <source>Recognisable (≥ 80%)</source>
        <translation>Đủ điều kiện công nhận (≥ 80%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="280"/>
        <location filename="../../desktop/ui/branches_layout.py" line="302"/>
        <source>Proposed</source>
        <translation>Đã đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="281"/>
        <location filename="../../desktop/ui/branches_layout.py" line="303"/>
        <location filename="../../desktop/ui/branches_layout.py" line="315"/>
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="287"/>
        <location filename="../../desktop/ui/branches_layout.py" line="291"/>
        <location filename="../../desktop/ui/branches_layout.py" line="312"/>
        <source>Branches</source>
        <translation>Các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="288"/>
        <source>By criterion</source>
        <translation>Theo tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="289"/>
        <source>Grassroots unions</source>
        <translation>Các Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="290"/>
        <source>Same person twice ({0})</source>
        <translation>Trùng đoàn viên ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="291"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="291"/>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="291"/>
        <source>Why</source>
        <translation>Vì sao</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="294"/>
        <location filename="../../desktop/ui/branches_layout.py" line="310"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="295"/>
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="296"/>
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="297"/>
        <location filename="../../desktop/ui/branches_layout.py" line="313"/>
        <source>Registered</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="298"/>
        <source>Figures from</source>
        <translation>Số liệu từ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="299"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="300"/>
        <location filename="../../desktop/ui/branches_layout.py" line="307"/>
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="301"/>
        <location filename="../../desktop/ui/branches_layout.py" line="314"/>
        <source>Recognisable</source>
        <translation>Đủ ĐK công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="304"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="307"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="307"/>
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="307"/>
        <source>Branches met</source>
        <translation>Số chi đoàn đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="311"/>
        <source>Grassroots union</source>
        <translation>Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/branches_layout.py" line="316"/>
        <source>Summary as of</source>
        <translation>Báo cáo tổng hợp ngày</translation>
    </message>
</context>
</TS>
