<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="18"/>
        <source>law violation</source>
        <translation>vi phạm pháp luật</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="19"/>
        <source>disciplined</source>
        <translation>bị xử lý kỷ luật</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="20"/>
        <source>illegal drug use</source>
        <translation>sử dụng trái phép chất ma túy</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="39"/>
        <source>No member violated the law, was disciplined or used drugs.</source>
        <translation>Không có đoàn viên vi phạm pháp luật, bị kỷ luật hoặc sử dụng ma túy.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="42"/>
        <source>a member</source>
        <translation>đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="49"/>
        <source>{count} incident: {parts}{more}.</source>
        <translation>Có {count} vụ việc: {parts}{more}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="51"/>
        <source>{count} incidents: {parts}{more}.</source>
        <translation>Có {count} vụ việc: {parts}{more}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="70"/>
        <source> {count} toxic-information alerts recorded.</source>
        <translation> Đã ghi {count} lần thông tin cảnh báo “xấu, độc”.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="84"/>
        <source>No judgement yet: the branch judges itself, the Đoàn cơ sở reviews it (the Đoàn cơ sở&apos;s judgement is final).</source>
        <translation>Chưa có đánh giá: chi đoàn tự đánh giá, Đoàn cơ sở đánh giá lại (đánh giá của Đoàn cơ sở là kết luận cuối cùng).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="105"/>
        <source> Comment: {note}.</source>
        <translation> Nhận xét: {note}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="107"/>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="107"/>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="111"/>
        <source>The Đoàn cơ sở ({author}) judged it {verdict} on {date}.</source>
        <translation>Đoàn cơ sở ({author}) đánh giá {verdict} ngày {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="115"/>
        <source>Self-judged {verdict} by the branch on {date} ({author}); not yet reviewed by the Đoàn cơ sở.</source>
        <translation>Chi đoàn tự đánh giá {verdict} ngày {date} ({author}); Đoàn cơ sở chưa đánh giá.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="123"/>
        <source> This is the branch&apos;s own judgement, with no alert recorded as evidence.</source>
        <translation> Đây là tự đánh giá của chi đoàn, chưa có bản ghi cảnh báo nào làm minh chứng.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="138"/>
        <source>do not take part in Union activities where they live</source>
        <translation>chưa tham gia sinh hoạt Đoàn tại nơi cư trú</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="139"/>
        <source>take part in Union activities where they live</source>
        <translation>tham gia sinh hoạt Đoàn tại nơi cư trú</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="142"/>
        <source>have not registered for the member self-training programme</source>
        <translation>chưa đăng ký chương trình Rèn luyện đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="143"/>
        <source>registered for the member self-training programme</source>
        <translation>đã đăng ký chương trình Rèn luyện đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="146"/>
        <source>do not have both the electronic Union book and card</source>
        <translation>chưa được cấp đủ sổ và thẻ đoàn điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="147"/>
        <source>have the electronic Union book and card</source>
        <translation>đã được cấp sổ và thẻ đoàn điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="150"/>
        <source>lack the flag</source>
        <translation>chưa có thông tin</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="150"/>
        <source>comply</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="183"/>
        <source>No members in the list.</source>
        <translation>Chưa có đoàn viên nào trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="191"/>
        <source>{count}/{total} members {ok}.</source>
        <translation>{count}/{total} đoàn viên {ok}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="202"/>
        <source>{lacking}/{total} members {missing}: {names}.</source>
        <translation>{lacking}/{total} đoàn viên {missing}: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="234"/>
        <source>have fewer than {days} volunteer days</source>
        <translation>chưa đủ {days} ngày tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="235"/>
        <source>each have at least {days} volunteer days</source>
        <translation>đều đủ {days} ngày tình nguyện</translation>
    </message>
</context>
<context>
    <name>EvaluationIncidents</name>
    <message>
        <location filename="../../desktop/domain/evaluation_conduct.py" line="56"/>
        <source> and {count} more</source>
        <translation> và {count} vụ khác</translation>
    </message>
</context>
</TS>
