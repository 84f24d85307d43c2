<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>NextAction</name>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="52"/>
        <source>{days} days left</source>
        <translation>còn {days} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="54"/>
        <source>due today</source>
        <translation>hôm nay là hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="55"/>
        <source>{days} days overdue</source>
        <translation>quá hạn {days} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="75"/>
        <source>Prepare and submit the registration for {period} by {date} ({left}).</source>
        <translation>Lập và nộp đăng ký thi đua kỳ {period} trước {date} ({left}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="79"/>
        <source>Submit the registration for {period} by {date} ({left}).</source>
        <translation>Nộp đăng ký thi đua kỳ {period} trước {date} ({left}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="83"/>
        <source>The registration for {period} is {days} days past {date}: it can still be submitted and will be marked late.</source>
        <translation>Đăng ký thi đua kỳ {period} đã quá hạn {date} {days} ngày: vẫn nộp được, sẽ ghi là nộp muộn.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="97"/>
        <source>Union activity where they live</source>
        <translation>sinh hoạt Đoàn tại nơi cư trú</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="98"/>
        <source>self-training registration</source>
        <translation>đăng ký Rèn luyện đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="99"/>
        <source>electronic Union book and card</source>
        <translation>sổ và thẻ đoàn điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="107"/>
        <source> by {date} ({left})</source>
        <translation> trước {date} ({left})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="114"/>
        <source>Record the judgement of {criterion} (met/not met, by whom).</source>
        <translation>Ghi nhận đánh giá tiêu chí {criterion} (đạt/chưa đạt, người đánh giá).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="127"/>
        <source>Hold a thematic session in {quarter}{when}.</source>
        <translation>Tổ chức buổi sinh hoạt chuyên đề {quarter}{when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="134"/>
        <source>Share a good example or good story for week {week}{when}.</source>
        <translation>Chia sẻ tấm gương người tốt, câu chuyện đẹp tuần {week}{when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="143"/>
        <source>Reach {count} more members with information to get to 70%{when}.</source>
        <translation>Cung cấp thông tin cho thêm {count} đoàn viên để đạt 70%{when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="151"/>
        <source>{count} regular branch meetings still to hold{when}.</source>
        <translation>Còn thiếu {count} buổi sinh hoạt chi đoàn định kỳ{when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="158"/>
        <source>Introduce an outstanding member to the Party{when}.</source>
        <translation>Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp{when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="163"/>
        <source>Update {what} for the {count} members still missing it{when}.</source>
        <translation>Cập nhật {what} cho {count} đoàn viên còn thiếu{when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="173"/>
        <source>{count} members have fewer than {days} volunteer days{when}.</source>
        <translation>{count} đoàn viên chưa đủ {days} ngày tình nguyện{when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="180"/>
        <source>Carry out and record a youth project{when}.</source>
        <translation>Thực hiện và ghi nhận 01 công trình, phần việc thanh niên{when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="184"/>
        <source>Organise a red-address journey or join a positive trend activity{when}.</source>
        <translation>Tổ chức hành trình đến địa chỉ đỏ hoặc tham gia hoạt động tạo trào lưu tích cực{when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="190"/>
        <source>Assess members for the Socialist member title (80% needed){when}.</source>
        <translation>Xét công nhận Đoàn viên XHCN (cần từ 80% đoàn viên){when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/year/actions.py" line="222"/>
        <source>No members yet: add the member list (from Excel or one by one).</source>
        <translation>Chưa có đoàn viên: nhập danh sách đoàn viên (từ Excel hoặc thêm từng người).</translation>
    </message>
</context>
</TS>
