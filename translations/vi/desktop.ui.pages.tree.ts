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
</context>
</TS>
