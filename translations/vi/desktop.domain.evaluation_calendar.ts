<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="53"/>
        <source>{quarters} has no thematic session.</source>
        <translation>{quarters} chưa có buổi sinh hoạt chuyên đề.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="55"/>
        <source>{quarters} have no thematic session.</source>
        <translation>{quarters} chưa có buổi sinh hoạt chuyên đề.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="60"/>
        <source>{quarter} has no thematic session yet ({days} days left in the quarter, {end}).</source>
        <translation>{quarter} chưa có buổi sinh hoạt chuyên đề (còn {days} ngày đến hết quý, {end}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="71"/>
        <source>{covered}/{due} quarters have a thematic session ({sessions} sessions).</source>
        <translation>{covered}/{due} quý đã có buổi sinh hoạt chuyên đề ({sessions} buổi).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="80"/>
        <source>The period has not started yet.</source>
        <translation>Kỳ đánh giá chưa bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="148"/>
        <source>Week {weeks} has no good example or good story ({covered}/{due} weeks covered).</source>
        <translation>Tuần {weeks} chưa có tấm gương người tốt, câu chuyện đẹp ({covered}/{due} tuần có bài).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="152"/>
        <source>Weeks {weeks} have no good example or good story ({covered}/{due} weeks covered).</source>
        <translation>Tuần {weeks} chưa có tấm gương người tốt, câu chuyện đẹp ({covered}/{due} tuần có bài).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="160"/>
        <source>Week {week} has no good example or good story yet ({days} days left, until Sunday {end}).</source>
        <translation>Tuần {week} chưa có tấm gương người tốt, câu chuyện đẹp (còn {days} ngày, đến Chủ nhật {end}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="174"/>
        <source>{covered}/{due} weeks each have a good example or good story.</source>
        <translation>{covered}/{due} tuần đều có tấm gương người tốt, câu chuyện đẹp.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="203"/>
        <source>{count} {what} recorded; at least {need} needed.</source>
        <translation>Đã có {count} {what}; cần tối thiểu {need}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="216"/>
        <source>No {what} yet; at least {need} needed.</source>
        <translation>Chưa có {what} nào; cần tối thiểu {need}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="219"/>
        <source>Only {count}/{need} {what}.</source>
        <translation>Mới có {count}/{need} {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="236"/>
        <source>youth projects or work items</source>
        <translation>công trình, phần việc thanh niên</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="238"/>
        <source>red-address journeys or positive social-media trend activities</source>
        <translation>hành trình đến địa chỉ đỏ hoặc hoạt động tạo trào lưu tích cực</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="251"/>
        <source>branch meetings (all kinds)</source>
        <translation>buổi sinh hoạt chi đoàn (mọi hình thức)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="254"/>
        <source>regular branch meetings</source>
        <translation>buổi sinh hoạt chi đoàn định kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="259"/>
        <source> By kind: regular {regular}, thematic {thematic}, political {political}.</source>
        <translation> Theo hình thức: định kỳ {regular}, chuyên đề {thematic}, chính trị {political}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="278"/>
        <source>outstanding members introduced to the Party</source>
        <translation>đoàn viên ưu tú được giới thiệu cho Đảng</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_calendar.py" line="280"/>
        <source>No outstanding members introduced to the Party yet; at least {need} needed.</source>
        <translation>Chưa giới thiệu được đoàn viên ưu tú nào cho Đảng xem xét kết nạp; cần tối thiểu {need}.</translation>
    </message>
</context>
</TS>
