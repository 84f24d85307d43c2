<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktop/ui/charts.py" line="64" />
        <source>Progress per criterion group, by quarter (% of criteria met)</source>
        <translation>Tiến độ từng nhóm tiêu chí theo quý (% tiêu chí đạt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="68" />
        <source>Group {0}</source>
        <translation>Nhóm {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="72" />
        <source>Quarter {0}</source>
        <translation>Quý {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="100" />
        <source>Volunteer days per member (CD-3.6: at least {0} days)</source>
        <translation>Số ngày tình nguyện của đoàn viên (CD-3.6: ít nhất {0} ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="103" />
        <source>Below {0} days</source>
        <translation>Chưa đủ {0} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="104" />
        <source>Reached</source>
        <translation>Đã đủ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="109" />
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="115" />
        <source>members</source>
        <translation>đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="127" />
        <source>Activity per month</source>
        <translation>Hoạt động theo tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="129" />
        <source>Evidence records</source>
        <translation>Bản ghi minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="130" />
        <source>Volunteer activities</source>
        <translation>Hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="150" />
        <source>Branches by completion share (80% needed)</source>
        <translation>Các chi đoàn theo tỉ lệ hoàn thành (cần 80%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="154" />
        <source>Below 80%</source>
        <translation>Dưới 80%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="155" />
        <source>80% or more</source>
        <translation>Từ 80% trở lên</translation>
    </message>
</context>
</TS>