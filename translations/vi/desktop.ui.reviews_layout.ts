<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ReviewTier</name>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="28"/>
        <source>Completed the tasks excellently</source>
        <translation>Hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="29"/>
        <source>Completed the tasks well</source>
        <translation>Hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="30"/>
        <source>Completed the tasks</source>
        <translation>Hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="31"/>
        <source>Did not complete the tasks</source>
        <translation>Không hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="32"/>
        <source>Not ranked (no results summary)</source>
        <translation>Chưa xếp loại (chưa có báo cáo kết quả)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="35"/>
        <source>results summary</source>
        <translation>báo cáo tổng hợp kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="36"/>
        <source>registration summary only</source>
        <translation>mới có tổng hợp đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="37"/>
        <source>titles from a later summary</source>
        <translation>danh hiệu theo báo cáo năm sau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="38"/>
        <source>nothing received</source>
        <translation>chưa nhận được gì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="39"/>
        <source>records kept here</source>
        <translation>hồ sơ lưu tại đây</translation>
    </message>
</context>
<context>
    <name>ReviewsLayout</name>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="267"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="268"/>
        <source>Criteria across the units</source>
        <translation>Tiêu chí trong toàn đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="269"/>
        <source>Year-end ranking</source>
        <translation>Xếp loại cuối năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="270"/>
        <source>Over the years</source>
        <translation>Qua các năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="271"/>
        <source>Title history</source>
        <translation>Lịch sử danh hiệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="272"/>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="272"/>
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="272"/>
        <source>Recognised in</source>
        <translation>Được công nhận năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="273"/>
        <source>From</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="274"/>
        <source>to</source>
        <translation>đến năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="275"/>
        <source>Print the results summary…</source>
        <translation>In báo cáo tổng hợp kết quả…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="276"/>
        <source>Print the ranking…</source>
        <translation>In bảng xếp loại…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="277"/>
        <source>Print the review…</source>
        <translation>In báo cáo sơ kết, tổng kết…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="280"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="281"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="282"/>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="283"/>
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="284"/>
        <source>At risk</source>
        <translation>Có nguy cơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="285"/>
        <source>Most in branch type</source>
        <translation>Nhiều nhất ở loại hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="286"/>
        <source>Most in unit</source>
        <translation>Nhiều nhất ở đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="291"/>
        <location filename="../../desktop/ui/reviews_layout.py" line="300"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="292"/>
        <source>Figures from</source>
        <translation>Số liệu theo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="293"/>
        <location filename="../../desktop/ui/reviews_layout.py" line="305"/>
        <source>Branches</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="294"/>
        <location filename="../../desktop/ui/reviews_layout.py" line="306"/>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="295"/>
        <location filename="../../desktop/ui/reviews_layout.py" line="307"/>
        <source>Socialist branches</source>
        <translation>Chi đoàn XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="296"/>
        <location filename="../../desktop/ui/reviews_layout.py" line="309"/>
        <source>Socialist members</source>
        <translation>Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="300"/>
        <source>Rank</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="300"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="300"/>
        <source>Ranking</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="300"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="304"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reviews_layout.py" line="308"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
</context>
</TS>
