<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktop/ui/charts.py" line="37" />
        <source>Jan</source>
        <translation>T1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="37" />
        <source>Feb</source>
        <translation>T2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="37" />
        <source>Mar</source>
        <translation>T3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="38" />
        <source>Apr</source>
        <translation>T4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="38" />
        <source>May</source>
        <translation>T5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="38" />
        <source>Jun</source>
        <translation>T6</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="39" />
        <source>Jul</source>
        <translation>T7</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="39" />
        <source>Aug</source>
        <translation>T8</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="39" />
        <source>Sep</source>
        <translation>T9</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="40" />
        <source>Oct</source>
        <translation>T10</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="40" />
        <source>Nov</source>
        <translation>T11</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="40" />
        <source>Dec</source>
        <translation>T12</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="81" />
        <source>Progress per criterion group, by quarter (% of criteria met)</source>
        <translation>Tiến độ từng nhóm tiêu chí theo quý (% tiêu chí đạt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="85" />
        <source>Group {0}</source>
        <translation>Nhóm {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="89" />
        <source>Quarter {0}</source>
        <translation>Quý {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="108" />
        <source>Volunteer days per member (CD-3.6: at least {0} days)</source>
        <translation>Số ngày tình nguyện của đoàn viên (CD-3.6: ít nhất {0} ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="110" />
        <source>Below {0} days</source>
        <translation>Chưa đủ {0} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="111" />
        <source>Reached</source>
        <translation>Đã đủ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="112" />
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="113" />
        <source>members</source>
        <translation>đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="138" />
        <source>Activity per month</source>
        <translation>Hoạt động theo tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="140" />
        <source>Evidence records</source>
        <translation>Bản ghi minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="141" />
        <source>Volunteer activities</source>
        <translation>Hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="174" />
        <source>Branches by completion share (80% needed)</source>
        <translation>Các chi đoàn theo tỉ lệ hoàn thành (cần 80%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="176" />
        <source>Below 80%</source>
        <translation>Dưới 80%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="177" />
        <source>80% or more</source>
        <translation>Từ 80% trở lên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="178" />
        <source>share of criteria met</source>
        <translation>tỉ lệ tiêu chí đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="179" />
        <source>branches</source>
        <translation>chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="176" />
        <source>Reports sent and sent on time, per level (% of those due)</source>
        <translation>Tỉ lệ đã gửi và gửi đúng hạn, theo cấp (%)</translation>
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