<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>TreeLayout</name>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="304"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="305"/>
        <source>Up one level</source>
        <translation>Lên một cấp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="306"/>
        <source>Units below</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="307"/>
        <source>Reports sent</source>
        <translation>Tình hình gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="308"/>
        <source>Summaries: approval</source>
        <translation>Duyệt báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="309"/>
        <source>Remind those who have not sent…</source>
        <translation>Nhắc các đơn vị chưa gửi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="310"/>
        <source>Also list the branches</source>
        <translation>Liệt kê cả các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="311"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="312"/>
        <source>Return for correction…</source>
        <translation>Trả lại để sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="313"/>
        <source>Send this summary</source>
        <translation>Gửi báo cáo tổng hợp này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="316"/>
        <location filename="../../desktop/ui/tree_layout.py" line="326"/>
        <location filename="../../desktop/ui/tree_layout.py" line="349"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="317"/>
        <source>Summary</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="318"/>
        <source>Version</source>
        <translation>Lần gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="319"/>
        <location filename="../../desktop/ui/tree_layout.py" line="349"/>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="320"/>
        <location filename="../../desktop/ui/tree_layout.py" line="349"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="321"/>
        <source>Reasons, reminders</source>
        <translation>Lý do, lời nhắc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="327"/>
        <source>Branches</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="328"/>
        <source>Registered (on time)</source>
        <translation>Đăng ký (đúng hạn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="329"/>
        <source>Recognisable</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="330"/>
        <source>Proposed</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="331"/>
        <source>Recognised</source>
        <translation>Được công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="332"/>
        <location filename="../../desktop/ui/tree_layout.py" line="345"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="333"/>
        <source>Completion</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="334"/>
        <source>Received</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="339"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="340"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="341"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="342"/>
        <source>Value / threshold</source>
        <translation>Kết quả / mức cần đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="343"/>
        <source>Facts</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="344"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="349"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="349"/>
        <source>Deadline</source>
        <translation>Hạn nộp</translation>
    </message>
</context>
<context>
    <name>TreeState</name>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="33"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="34"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="35"/>
        <location filename="../../desktop/ui/tree_layout.py" line="53"/>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="36"/>
        <source>Not due yet</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="37"/>
        <source>Records kept here</source>
        <translation>Đoàn cơ sở giữ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="40"/>
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="41"/>
        <source>Quarter %1 report</source>
        <translation>Báo cáo quý %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="42"/>
        <source>Year-end result</source>
        <translation>Kết quả cuối năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="43"/>
        <location filename="../../desktop/ui/tree_layout.py" line="63"/>
        <source>Registration summary</source>
        <translation>Tổng hợp đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="44"/>
        <location filename="../../desktop/ui/tree_layout.py" line="64"/>
        <source>Results summary</source>
        <translation>Tổng hợp kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="47"/>
        <source>Branches</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="48"/>
        <source>Grassroots unions</source>
        <translation>Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="49"/>
        <source>Upper-level unions</source>
        <translation>Đoàn cấp trên trực tiếp cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="54"/>
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="55"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="56"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="57"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="58"/>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="59"/>
        <source>Refused by the receiver</source>
        <translation>Bị bên nhận từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tree_layout.py" line="61"/>
        <source>corrected after a return</source>
        <translation>bản sửa sau khi trả lại</translation>
    </message>
</context>
</TS>
