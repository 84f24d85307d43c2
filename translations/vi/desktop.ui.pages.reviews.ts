<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="429"/>
        <source>Review and ranking</source>
        <translation>Sơ kết và xếp loại</translation>
    </message>
</context>
<context>
    <name>ReviewTier</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="26"/>
        <source>Completed the tasks excellently</source>
        <translation>Hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="27"/>
        <source>Completed the tasks well</source>
        <translation>Hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="28"/>
        <source>Completed the tasks</source>
        <translation>Hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="29"/>
        <source>Did not complete the tasks</source>
        <translation>Không hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="30"/>
        <source>Not ranked (no results summary)</source>
        <translation>Chưa xếp loại (chưa có báo cáo kết quả)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="33"/>
        <source>results summary</source>
        <translation>báo cáo tổng hợp kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="34"/>
        <source>registration summary only</source>
        <translation>mới có tổng hợp đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="35"/>
        <source>titles from a later summary</source>
        <translation>danh hiệu theo báo cáo năm sau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="36"/>
        <source>nothing received</source>
        <translation>chưa nhận được gì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="37"/>
        <source>records kept here</source>
        <translation>hồ sơ lưu tại đây</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="300"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="301"/>
        <source>Criteria across the units</source>
        <translation>Tiêu chí trong toàn đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="302"/>
        <source>Year-end ranking</source>
        <translation>Xếp loại cuối năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="303"/>
        <source>Over the years</source>
        <translation>Qua các năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="304"/>
        <source>Title history</source>
        <translation>Lịch sử danh hiệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="305"/>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="305"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="361"/>
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="305"/>
        <source>Recognised in</source>
        <translation>Được công nhận năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="306"/>
        <source>From</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="307"/>
        <source>to</source>
        <translation>đến năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="308"/>
        <source>Print the results summary…</source>
        <translation>In báo cáo tổng hợp kết quả…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="309"/>
        <source>Print the ranking…</source>
        <translation>In bảng xếp loại…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="310"/>
        <source>Print the review…</source>
        <translation>In báo cáo sơ kết, tổng kết…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="311"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="311"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="311"/>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="311"/>
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="312"/>
        <source>At risk</source>
        <translation>Có nguy cơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="312"/>
        <source>Most in branch type</source>
        <translation>Nhiều nhất ở loại hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="312"/>
        <source>Most in unit</source>
        <translation>Nhiều nhất ở đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="313"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="315"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="361"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="313"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="317"/>
        <source>Branches</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="313"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="317"/>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="313"/>
        <source>Figures from</source>
        <translation>Số liệu theo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="314"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="318"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="425"/>
        <source>Socialist branches</source>
        <translation>Chi đoàn XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="314"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="318"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="425"/>
        <source>Socialist members</source>
        <translation>Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="315"/>
        <source>Rank</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="315"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="315"/>
        <source>Ranking</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="316"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="317"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="318"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="338"/>
        <source>The first year comes after the last year.</source>
        <translation>Năm đầu đang sau năm cuối: chọn lại khoảng năm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="361"/>
        <source>Years with the title</source>
        <translation>Số năm đạt danh hiệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="369"/>
        <source>✓: Socialist branch that year; the number after it: members recognised Socialist members that year.</source>
        <translation>✓: năm đạt danh hiệu Chi đoàn XHCN; số sau dấu chấm: số đoàn viên được công nhận Đoàn viên XHCN năm đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="372"/>
        <source>%1 branches, %2 members with a title.</source>
        <translation>%1 chi đoàn, %2 đoàn viên đạt danh hiệu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="375"/>
        <source>%1 branches; the members&apos; names stay with their Đoàn cơ sở.</source>
        <translation>%1 chi đoàn; danh sách đoàn viên do Đoàn cơ sở của họ lưu giữ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="385"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="389"/>
        <source>%1 branches: registered %2 (target 100% every year); Socialist branches %3 and Socialist members %4 (target 80% by 2030). Criteria reported by %5 branches.</source>
        <translation>%1 chi đoàn: đã đăng ký %2 (chỉ tiêu 100% hằng năm); Chi đoàn XHCN %3 và Đoàn viên XHCN %4 (chỉ tiêu 80% đến năm 2030). Có kết quả từng tiêu chí của %5 chi đoàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="406"/>
        <source>The points and thresholds are rules of this unit, in Settings.</source>
        <translation>Điểm và các mức xếp loại là quy định của đơn vị, sửa trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="415"/>
        <source>No figures received for these years yet.</source>
        <translation>Chưa có số liệu của các năm này.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="419"/>
        <source>%1: Socialist branches %2, Socialist members %3 — target 80% by 2030; registered %4 — target 100% every year.</source>
        <translation>Năm %1: Chi đoàn XHCN %2, Đoàn viên XHCN %3 — chỉ tiêu 80% đến năm 2030; đã đăng ký %4 — chỉ tiêu 100% hằng năm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="424"/>
        <source>Shares per year</source>
        <translation>Tỉ lệ qua các năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="424"/>
        <source>Branches registered</source>
        <translation>Chi đoàn đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="426"/>
        <source>Target 2030 (80%)</source>
        <translation>Chỉ tiêu năm 2030 (80%)</translation>
    </message>
</context>
</TS>
