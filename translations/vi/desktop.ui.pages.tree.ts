<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="231"/>
        <source>Units below</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
</context>
<context>
    <name>TreePage</name>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="85"/>
        <source>yes</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="85"/>
        <source>nothing received</source>
        <translation>chưa nhận được gì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="153"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="154"/>
        <source>Up one level</source>
        <translation>Lên một cấp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="155"/>
        <source>Units below</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="156"/>
        <source>Reports sent</source>
        <translation>Tình hình gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="157"/>
        <location filename="../../desktop/ui/pages/tree.py" line="162"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="157"/>
        <source>Branches</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="157"/>
        <source>Registered (on time)</source>
        <translation>Đăng ký (đúng hạn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="158"/>
        <source>Recognisable</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="158"/>
        <source>Proposed</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="158"/>
        <source>Recognised</source>
        <translation>Được công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="159"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="159"/>
        <source>Completion</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="159"/>
        <source>Received</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="160"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="160"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="160"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="161"/>
        <source>Value / threshold</source>
        <translation>Kết quả / mức cần đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="161"/>
        <source>Facts</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="162"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="162"/>
        <source>Deadline</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="162"/>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="163"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="203"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="206"/>
        <source> — double-click a row to open it</source>
        <translation> — bấm đúp một dòng để xem sâu hơn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="209"/>
        <source>Total: %1 branches, %2 registered (%3 on time), %4 recognisable, %5 recognised, %6 members, mean completion %7.</source>
        <translation>Tổng: %1 chi đoàn, %2 đã đăng ký (%3 đúng hạn), %4 đủ điều kiện, %5 được công nhận, %6 đoàn viên, hoàn thành bình quân %7.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="224"/>
        <source>%1: sent %2 of %3 due (%4), on time %5 (%6).</source>
        <translation>%1: đã gửi %2/%3 báo cáo đến hạn (%4), đúng hạn %5 (%6).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="228"/>
        <source>Nothing is due yet for this year.</source>
        <translation>Năm này chưa có báo cáo nào đến hạn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="257" />
        <source>Summaries: approval</source>
        <translation>Duyệt báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="258" />
        <source>Remind those who have not sent…</source>
        <translation>Nhắc các đơn vị chưa gửi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="259" />
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="260" />
        <source>Return for correction…</source>
        <translation>Trả lại để sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="261" />
        <source>Send this summary</source>
        <translation>Gửi báo cáo tổng hợp này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="262" />
        <source>Summary</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="262" />
        <source>Version</source>
        <translation>Lần gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="263" />
        <source>Reasons, reminders</source>
        <translation>Lý do, lời nhắc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="268" />
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="361" />
        <source>Record the upper level in Settings to follow the summaries sent to it.</source>
        <translation>Ghi đơn vị cấp trên trong Cài đặt để theo dõi các báo cáo tổng hợp gửi lên.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="364" />
        <source>The summaries your Đoàn cơ sở sent: select one, then approve it or return it with the reasons. A corrected summary replaces the returned one.</source>
        <translation>Các báo cáo tổng hợp Đoàn cơ sở trực thuộc đã gửi: chọn một báo cáo rồi duyệt, hoặc trả lại kèm lý do. Bản sửa gửi lại sẽ thay bản bị trả lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="368" />
        <source>Your summaries and what the upper level did with them. A returned summary shows the reasons: correct the data, then send the summary again (the new version replaces the old one).</source>
        <translation>Các báo cáo tổng hợp của đơn vị và kết quả cấp trên xử lý. Báo cáo bị trả lại có ghi lý do: sửa số liệu rồi gửi lại báo cáo (bản mới thay bản cũ).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="394" />
        <source>Remind those who have not sent</source>
        <translation>Nhắc các đơn vị chưa gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="395" />
        <source>The reminders are ready in the outbox. Save the files and send each unit its file by Zalo, e-mail or on a USB stick.</source>
        <translation>Các lời nhắc đã sẵn sàng trong hộp thư đi. Lưu các tệp rồi gửi cho từng đơn vị qua Zalo, thư điện tử hoặc USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="403" />
        <source>Summaries</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="403" />
        <source>Select a summary in the list.</source>
        <translation>Hãy chọn một báo cáo tổng hợp trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="412" />
        <source>Approve the summary</source>
        <translation>Duyệt báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="414" />
        <source>The approval is ready in the outbox. Save the file and send it to the Đoàn cơ sở by Zalo, e-mail or on a USB stick.</source>
        <translation>Kết quả duyệt đã sẵn sàng trong hộp thư đi. Lưu tệp rồi gửi cho Đoàn cơ sở qua Zalo, thư điện tử hoặc USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="424" />
        <source>Nothing was received yet: nothing to return.</source>
        <translation>Chưa nhận được báo cáo này: không có gì để trả lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="437" />
        <source>Return the summary for correction</source>
        <translation>Trả lại báo cáo tổng hợp để sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="439" />
        <source>The return is ready in the outbox. Save the file and send it to the Đoàn cơ sở by Zalo, e-mail or on a USB stick.</source>
        <translation>Văn bản trả lại đã sẵn sàng trong hộp thư đi. Lưu tệp rồi gửi cho Đoàn cơ sở qua Zalo, thư điện tử hoặc USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="451" />
        <source>The summary is ready in the outbox. Save the file and send it to the upper level by Zalo, e-mail or on a USB stick; a new version replaces the one sent before.</source>
        <translation>Báo cáo tổng hợp đã sẵn sàng trong hộp thư đi. Lưu tệp rồi gửi cấp trên qua Zalo, thư điện tử hoặc USB; bản mới thay bản đã gửi trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="335" />
        <source>Đoàn viên XHCN: %1 members, %2 registered, %3 proposed, %4 recognised.</source>
        <translation>Đoàn viên XHCN: %1 đoàn viên, %2 đăng ký, %3 được đề nghị, %4 được công nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="392" />
        <source>Select a criterion to see the facts behind it.</source>
        <translation>Chọn một tiêu chí để xem số liệu, minh chứng cụ thể.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="400" />
        <source>Evidence:</source>
        <translation>Minh chứng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="401" />
        <source>(and %1 more)</source>
        <translation>(và %1 mục khác)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="404" />
        <source>Members:</source>
        <translation>Đoàn viên:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="415" />
        <source>Reasons:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="417" />
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="419" />
        <source>Reminder:</source>
        <translation>Lời nhắc:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="279" />
        <source>Also list the branches</source>
        <translation>Liệt kê cả các chi đoàn</translation>
    </message>
</context>
<context>
    <name>TreeState</name>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="21"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="22"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="23"/>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="24"/>
        <source>Not due yet</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="25"/>
        <source>Records kept here</source>
        <translation>Đoàn cơ sở giữ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="28"/>
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="29"/>
        <source>Quarter %1 report</source>
        <translation>Báo cáo quý %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="30"/>
        <source>Year-end result</source>
        <translation>Kết quả cuối năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="31"/>
        <source>Registration summary</source>
        <translation>Tổng hợp đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="32"/>
        <source>Results summary</source>
        <translation>Tổng hợp kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="35"/>
        <source>Branches</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="36"/>
        <source>Grassroots unions</source>
        <translation>Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="37"/>
        <source>Upper-level unions</source>
        <translation>Đoàn cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="47" />
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="48" />
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="49" />
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="50" />
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="51" />
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="52" />
        <source>Refused by the receiver</source>
        <translation>Bị bên nhận từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="55" />
        <source>corrected after a return</source>
        <translation>bản sửa sau khi trả lại</translation>
    </message>
</context>
</TS>
