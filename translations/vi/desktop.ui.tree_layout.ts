<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>TreeLayout</name>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="287"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="288"/>
        <source>Up one level</source>
        <translation>Lên một cấp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="289"/>
        <source>Units below</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="290"/>
        <source>Reports sent</source>
        <translation>Tình hình gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="291"/>
        <source>Summaries: approval</source>
        <translation>Duyệt báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="292"/>
        <source>Remind those who have not sent…</source>
        <translation>Nhắc các đơn vị chưa gửi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="293"/>
        <source>Also list the branches</source>
        <translation>Liệt kê cả các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="294"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="295"/>
        <source>Return for correction…</source>
        <translation>Trả lại để sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="296"/>
        <source>Send this summary</source>
        <translation>Gửi báo cáo tổng hợp này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="299"/>
        <location filename="../../desktop/ui/tree_layout.py" line="309"/>
        <location filename="../../desktop/ui/tree_layout.py" line="332"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="300"/>
        <source>Summary</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="301"/>
        <source>Version</source>
        <translation>Lần gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="302"/>
        <location filename="../../desktop/ui/tree_layout.py" line="332"/>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="303"/>
        <location filename="../../desktop/ui/tree_layout.py" line="332"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="304"/>
        <source>Reasons, reminders</source>
        <translation>Lý do, lời nhắc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="310"/>
        <source>Branches</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="311"/>
        <source>Registered (on time)</source>
        <translation>Đăng ký (đúng hạn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="312"/>
        <source>Recognisable</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="313"/>
        <source>Proposed</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="314"/>
        <source>Recognised</source>
        <translation>Được công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="315"/>
        <location filename="../../desktop/ui/tree_layout.py" line="328"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="316"/>
        <source>Completion</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="317"/>
        <source>Received</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="322"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="323"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="324"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="325"/>
        <source>Value / threshold</source>
        <translation>Kết quả / mức cần đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="326"/>
        <source>Facts</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="327"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="332"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="332"/>
        <source>Deadline</source>
        <translation>Hạn nộp</translation>
    </message>
</context>
<context>
    <name>TreeState</name>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="23"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="24"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="25"/>
        <location filename="../../desktop/ui/tree_layout.py" line="43"/>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="26"/>
        <source>Not due yet</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="27"/>
        <source>Records kept here</source>
        <translation>Đoàn cơ sở giữ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="30"/>
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="31"/>
        <source>Quarter %1 report</source>
        <translation>Báo cáo quý %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="32"/>
        <source>Year-end result</source>
        <translation>Kết quả cuối năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="33"/>
        <location filename="../../desktop/ui/tree_layout.py" line="53"/>
        <source>Registration summary</source>
        <translation>Tổng hợp đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="34"/>
        <location filename="../../desktop/ui/tree_layout.py" line="54"/>
        <source>Results summary</source>
        <translation>Tổng hợp kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="37"/>
        <source>Branches</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="38"/>
        <source>Grassroots unions</source>
        <translation>Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="39"/>
        <source>Upper-level unions</source>
        <translation>Đoàn cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="44"/>
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="45"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="46"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="47"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="48"/>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="49"/>
        <source>Refused by the receiver</source>
        <translation>Bị bên nhận từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="51"/>
        <source>corrected after a return</source>
        <translation>bản sửa sau khi trả lại</translation>
    </message>
</context>
</TS>
