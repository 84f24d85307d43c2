<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktop/ui/charts.py" line="71" />
        <source>Progress per criterion group, by quarter (% of criteria met)</source>
        <translation>Tiến độ từng nhóm tiêu chí theo quý (% tiêu chí đạt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="75" />
        <source>Group {0}</source>
        <translation>Nhóm {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="79" />
        <source>Quarter {0}</source>
        <translation>Quý {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="98" />
        <source>Volunteer days per member (CD-3.6: at least {0} days)</source>
        <translation>Số ngày tình nguyện của đoàn viên (CD-3.6: ít nhất {0} ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="100" />
        <source>Below {0} days</source>
        <translation>Chưa đủ {0} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="101" />
        <source>Reached</source>
        <translation>Đã đủ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="102" />
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="103" />
        <source>members</source>
        <translation>đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="128" />
        <source>Activity per month</source>
        <translation>Hoạt động theo tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="130" />
        <source>Evidence records</source>
        <translation>Bản ghi minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="131" />
        <source>Volunteer activities</source>
        <translation>Hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="164" />
        <source>Branches by completion share (80% needed)</source>
        <translation>Các chi đoàn theo tỉ lệ hoàn thành (cần 80%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="166" />
        <source>Below 80%</source>
        <translation>Dưới 80%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="167" />
        <source>80% or more</source>
        <translation>Từ 80% trở lên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="168" />
        <source>share of criteria met</source>
        <translation>tỉ lệ tiêu chí đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="169" />
        <source>branches</source>
        <translation>chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="176" />
        <source>Reports sent and sent on time, per level (% of those due)</source>
        <translation>Tỉ lệ gửi báo cáo và gửi đúng hạn theo cấp (% số phải gửi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="179" />
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="181" />
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
</context>
</TS>