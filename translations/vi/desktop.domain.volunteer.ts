<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>VolunteerFocus</name>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="68"/>
        <source>Drug prevention</source>
        <translation>Phòng, chống ma túy</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="69"/>
        <source>Traffic safety</source>
        <translation>An toàn giao thông</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="70"/>
        <source>Digital transformation</source>
        <translation>Chuyển đổi số</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="71"/>
        <source>Green transition</source>
        <translation>Chuyển đổi xanh</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="72"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>VolunteerKind</name>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="54"/>
        <source>Volunteer activity</source>
        <translation>Hoạt động tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="55"/>
        <source>Youth project / work item</source>
        <translation>Công trình, phần việc thanh niên</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="56"/>
        <source>Journey to a red address</source>
        <translation>Hành trình đến với các địa chỉ đỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="59"/>
        <source>Positive social-media trend</source>
        <translation>Hoạt động tạo trào lưu tích cực trên mạng xã hội</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="61"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>VolunteerLevel</name>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="77"/>
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="78"/>
        <source>Grassroots Union</source>
        <translation>Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="79"/>
        <source>Higher level</source>
        <translation>Đoàn cấp trên</translation>
    </message>
</context>
<context>
    <name>VolunteerRisk</name>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="351"/>
        <source>Missed (the year is over)</source>
        <translation>Không đạt (năm đánh giá đã kết thúc)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="352"/>
        <source>Critical: needs more days than the weekend days left</source>
        <translation>Rất cao: số ngày còn thiếu nhiều hơn số ngày cuối tuần còn lại</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="353"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="354"/>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="355"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/volunteer.py" line="356"/>
        <source>Done</source>
        <translation>Đã đủ</translation>
    </message>
</context>
</TS>
