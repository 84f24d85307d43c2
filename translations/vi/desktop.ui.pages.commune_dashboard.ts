<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneDashboardPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="54"/>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="56"/>
        <source>not yet assessed</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="57"/>
        <source>not in the summary</source>
        <translation>báo cáo không ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="87"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="88"/>
        <source>The committee&apos;s models (criteria met on the records so far):</source>
        <translation>Các mô hình của Đảng ủy (tiêu chí đạt theo số liệu đến nay):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="89"/>
        <source>Youth Union of the area — Socialist branches and members (from the Đoàn cơ sở&apos;s shared summary):</source>
        <translation>Đoàn Thanh niên trên địa bàn — Chi đoàn XHCN và đoàn viên (theo báo cáo tổng hợp Đoàn cơ sở chia sẻ):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="91"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="91"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="91"/>
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="91"/>
        <source>At risk</source>
        <translation>Có nguy cơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="92"/>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="92"/>
        <source>To judge</source>
        <translation>Cần đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="93"/>
        <source>Đoàn xã</source>
        <translation>Đoàn xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="93"/>
        <source>Summary</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="94"/>
        <source>Registered as Socialist branch</source>
        <translation>Đăng ký Chi đoàn XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="94"/>
        <source>Eligible for recognition</source>
        <translation>Đủ điều kiện công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="95"/>
        <source>Figures as of</source>
        <translation>Số liệu đến ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="96"/>
        <source>Invite the Đoàn xã to share its summaries…</source>
        <translation>Mời Đoàn xã chia sẻ báo cáo tổng hợp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="120"/>
        <source>Registration summary (20/11) of %1</source>
        <translation>Tổng hợp đăng ký (20/11) năm %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="121"/>
        <source>Results summary (10/11) of %1</source>
        <translation>Tổng hợp kết quả (10/11) năm %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="122"/>
        <source>Summary of %1</source>
        <translation>Báo cáo tổng hợp năm %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="133"/>
        <source>No summary received yet. Invite the Đoàn xã (button above): once it has joined, each summary it sends to its Youth Union upper level also comes here.</source>
        <translation>Chưa nhận được báo cáo tổng hợp nào. Hãy mời Đoàn xã (nút phía trên): khi Đoàn xã đã kết nối, mỗi báo cáo tổng hợp Đoàn xã gửi Đoàn cấp trên cũng được gửi về đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="93"/>
        <source>Branches</source>
        <translation>Số chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="95"/>
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="95"/>
        <source>Members</source>
        <translation>Số đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="137"/>
        <source>Recognised Socialist members (Đoàn viên XHCN) are not part of the summary; Members counts the members of the branches listed.</source>
        <translation>Báo cáo tổng hợp không có số Đoàn viên XHCN được công nhận; cột Số đoàn viên là tổng đoàn viên của các chi đoàn trong danh sách.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="141"/>
        <source>Committee dashboard</source>
        <translation>Tổng quan Đảng ủy</translation>
    </message>
</context>
</TS>
