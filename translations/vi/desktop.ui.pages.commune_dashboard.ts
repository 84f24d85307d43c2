<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneDashboardPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="70" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="71" />
        <source>The committee's models (criteria met on the records so far):</source>
        <translation>Các mô hình của Đảng ủy (tiêu chí đạt theo số liệu đến nay):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="72" />
        <source>Youth Union of the area — Socialist branches and members (from the Đoàn cơ sở's shared summary):</source>
        <translation>Đoàn Thanh niên trên địa bàn — Chi đoàn XHCN và đoàn viên (theo báo cáo tổng hợp Đoàn cơ sở chia sẻ):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="74" />
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="74" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="74" />
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="74" />
        <source>At risk</source>
        <translation>Có nguy cơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="75" />
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="75" />
        <source>To judge</source>
        <translation>Cần đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="76" />
        <source>Đoàn cơ sở</source>
        <translation>Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="76" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="76" />
        <source>Branches</source>
        <translation>Số chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="76" />
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="77" />
        <source>Recognisable</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="77" />
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="77" />
        <source>Members</source>
        <translation>Số đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="78" />
        <source>Summary of</source>
        <translation>Số liệu ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="103" />
        <source>No summary received yet: the commune's Đoàn cơ sở shares it with “Send and receive” → summary, addressed to this committee.</source>
        <translation>Chưa nhận báo cáo tổng hợp: Đoàn cơ sở của xã chia sẻ bằng “Gửi và nhận” → báo cáo tổng hợp, gửi tới Đảng ủy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="106" />
        <source>Recognised Socialist members (Đoàn viên XHCN) are not part of the summary; Members counts the members of the branches listed.</source>
        <translation>Báo cáo tổng hợp không có số Đoàn viên XHCN được công nhận; cột Số đoàn viên là tổng đoàn viên của các chi đoàn trong danh sách.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_dashboard.py" line="110" />
        <source>Committee dashboard</source>
        <translation>Tổng quan Đảng ủy</translation>
    </message>
</context>
</TS>