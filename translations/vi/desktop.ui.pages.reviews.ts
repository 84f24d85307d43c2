<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="270" />
        <source>Review and ranking</source>
        <translation>Sơ kết và xếp loại</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="157" />
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="157" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="259" />
        <source>Socialist branches</source>
        <translation>Chi đoàn XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="260" />
        <source>Socialist members</source>
        <translation>Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="133" />
        <source>The first year comes after the last year.</source>
        <translation>Năm đầu đang sau năm cuối: chọn lại khoảng năm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="157" />
        <source>Years with the title</source>
        <translation>Số năm đạt danh hiệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="166" />
        <source>✓: Socialist branch that year; the number after it: members recognised Socialist members that year.</source>
        <translation>✓: năm đạt danh hiệu Chi đoàn XHCN; số sau dấu chấm: số đoàn viên được công nhận Đoàn viên XHCN năm đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="170" />
        <source>%1 branches, %2 members with a title.</source>
        <translation>%1 chi đoàn, %2 đoàn viên đạt danh hiệu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="175" />
        <source>%1 branches; the members' names stay with their Đoàn cơ sở.</source>
        <translation>%1 chi đoàn; danh sách đoàn viên do Đoàn cơ sở của họ lưu giữ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="186" />
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="191" />
        <source>%1 branches: registered %2 (target 100% every year); Socialist branches %3 and Socialist members %4 (target 80% by 2030). Criteria reported by %5 branches.</source>
        <translation>%1 chi đoàn: đã đăng ký %2 (chỉ tiêu 100% hằng năm); Chi đoàn XHCN %3 và Đoàn viên XHCN %4 (chỉ tiêu 80% đến năm 2030). Có kết quả từng tiêu chí của %5 chi đoàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="220" />
        <source>The points and thresholds are rules of this unit, in Settings.</source>
        <translation>Điểm và các mức xếp loại là quy định của đơn vị, sửa trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="228" />
        <source>Titles: over the %1 of %2 branches with results that year.</source>
        <translation>Danh hiệu: tính trên %1/%2 chi đoàn đã có kết quả năm đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="239" />
        <source>No figures received for these years yet.</source>
        <translation>Chưa có số liệu của các năm này.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="244" />
        <source>%1: Socialist branches %2, Socialist members %3 — target 80% by 2030; registered %4 — target 100% every year.</source>
        <translation>Năm %1: Chi đoàn XHCN %2, Đoàn viên XHCN %3 — chỉ tiêu 80% đến năm 2030; đã đăng ký %4 — chỉ tiêu 100% hằng năm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="257" />
        <source>Shares per year</source>
        <translation>Tỉ lệ qua các năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="258" />
        <source>Branches registered</source>
        <translation>Chi đoàn đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="261" />
        <source>Target 2030 (80%)</source>
        <translation>Chỉ tiêu năm 2030 (80%)</translation>
    </message>
</context>
</TS>