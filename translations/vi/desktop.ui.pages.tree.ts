<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="360" />
        <source>Units below</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
</context>
<context>
    <name>TreePage</name>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="99" />
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="103" />
        <source> — double-click a row to open it</source>
        <translation> — bấm đúp một dòng để xem sâu hơn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="110" />
        <source>Total: %1 branches, %2 registered (%3 on time), %4 recognisable, %5 recognised, %6 members, mean completion %7.</source>
        <translation>Tổng: %1 chi đoàn, %2 đã đăng ký (%3 đúng hạn), %4 đủ điều kiện, %5 được công nhận, %6 đoàn viên, hoàn thành bình quân %7.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="153" />
        <source>%1: sent %2 of %3 due (%4), on time %5 (%6).</source>
        <translation>%1: đã gửi %2/%3 báo cáo đến hạn (%4), đúng hạn %5 (%6).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="161" />
        <source>Nothing is due yet for this year.</source>
        <translation>Năm này chưa có báo cáo nào đến hạn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="341" />
        <source>Send this summary</source>
        <translation>Gửi báo cáo tổng hợp này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="173" />
        <source>Record the upper level in Settings to follow the summaries sent to it.</source>
        <translation>Ghi đơn vị cấp trên trong Cài đặt để theo dõi các báo cáo tổng hợp gửi lên.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="122" />
        <source>Recognisable and recognised: the %1 of %2 units that sent their results.</source>
        <translation>Đủ điều kiện, được công nhận: của %1/%2 đơn vị đã gửi báo cáo kết quả.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="178" />
        <source>The summaries your Đoàn cơ sở sent: select one, then approve it or return it with the reasons. A corrected summary replaces the returned one.</source>
        <translation>Các báo cáo tổng hợp Đoàn cơ sở trực thuộc đã gửi: chọn một báo cáo rồi duyệt, hoặc trả lại kèm lý do. Bản sửa gửi lại sẽ thay bản bị trả lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="185" />
        <source>Your summaries and what the upper level did with them. A returned summary shows the reasons: correct the data, then send the summary again (the new version replaces the old one).</source>
        <translation>Các báo cáo tổng hợp của đơn vị và kết quả cấp trên xử lý. Báo cáo bị trả lại có ghi lý do: sửa số liệu rồi gửi lại báo cáo (bản mới thay bản cũ).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="198" />
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="198" />
        <source>Nothing received</source>
        <translation>Chưa nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="224" />
        <source>(and %1 other members)</source>
        <translation>(và %1 đoàn viên khác)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="269" />
        <source>Remind those who have not sent</source>
        <translation>Nhắc các đơn vị chưa gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="272" />
        <source>The reminders are ready in the outbox. Save the files and send each unit its file by Zalo, e-mail or on a USB stick.</source>
        <translation>Các lời nhắc đã sẵn sàng trong hộp thư đi. Lưu các tệp rồi gửi cho từng đơn vị qua Zalo, thư điện tử hoặc USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="285" />
        <location filename="../../desktop/ui/pages/tree.py" line="310" />
        <source>Summaries</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="285" />
        <source>Select a summary in the list.</source>
        <translation>Hãy chọn một báo cáo tổng hợp trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="295" />
        <source>Approve the summary</source>
        <translation>Duyệt báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="298" />
        <source>The approval is ready in the outbox. Save the file and send it to the Đoàn cơ sở by Zalo, e-mail or on a USB stick.</source>
        <translation>Kết quả duyệt đã sẵn sàng trong hộp thư đi. Lưu tệp rồi gửi cho Đoàn cơ sở qua Zalo, thư điện tử hoặc USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="310" />
        <source>Nothing was received yet: nothing to return.</source>
        <translation>Chưa nhận được báo cáo này: không có gì để trả lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="325" />
        <source>Return the summary for correction</source>
        <translation>Trả lại báo cáo tổng hợp để sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="328" />
        <source>The return is ready in the outbox. Save the file and send it to the Đoàn cơ sở by Zalo, e-mail or on a USB stick.</source>
        <translation>Văn bản trả lại đã sẵn sàng trong hộp thư đi. Lưu tệp rồi gửi cho Đoàn cơ sở qua Zalo, thư điện tử hoặc USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="344" />
        <source>The summary is ready in the outbox. Save the file and send it to the upper level by Zalo, e-mail or on a USB stick; a new version replaces the one sent before.</source>
        <translation>Báo cáo tổng hợp đã sẵn sàng trong hộp thư đi. Lưu tệp rồi gửi cấp trên qua Zalo, thư điện tử hoặc USB; bản mới thay bản đã gửi trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="136" />
        <source>Đoàn viên XHCN: %1 members, %2 registered, %3 proposed, %4 recognised.</source>
        <translation>Đoàn viên XHCN: %1 đoàn viên, %2 đăng ký, %3 được đề nghị, %4 được công nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="204" />
        <source>Select a criterion to see the facts behind it.</source>
        <translation>Chọn một tiêu chí để xem số liệu, minh chứng cụ thể.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="213" />
        <source>Evidence:</source>
        <translation>Minh chứng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="216" />
        <source>(and %1 more)</source>
        <translation>(và %1 mục khác)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="221" />
        <source>Members:</source>
        <translation>Đoàn viên:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="238" />
        <source>Reasons:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="240" />
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/tree.py" line="242" />
        <source>Reminder:</source>
        <translation>Lời nhắc:</translation>
    </message>
</context>
</TS>