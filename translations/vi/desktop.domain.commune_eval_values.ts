<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneEvaluation</name>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="63"/>
        <source>Met: {met}/{total} hamlets ({share}), at least {needed} required.</source>
        <translation>Đạt: {met}/{total} thôn, tổ dân phố ({share}), yêu cầu ít nhất {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="70"/>
        <source> and {count} more places</source>
        <translation> và {count} nơi khác</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="79"/>
        <source>Only {met}/{total} hamlets ({share}), {needed} required; missing: {missing}.</source>
        <translation>Mới có {met}/{total} thôn, tổ dân phố ({share}), yêu cầu {needed}; còn thiếu: {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="109"/>
        <source>No satisfaction survey in the period yet.</source>
        <translation>Chưa có cuộc khảo sát sự hài lòng nào trong kỳ.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="111"/>
        <source>No feedback or petition recorded in the period yet.</source>
        <translation>Chưa ghi phản ánh, kiến nghị nào trong kỳ.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="114"/>
        <source>No figure recorded yet (required {needed}).</source>
        <translation>Chưa ghi nhận số liệu (yêu cầu {needed}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="118"/>
        <source>No figure recorded yet.</source>
        <translation>Chưa ghi nhận số liệu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="120"/>
        <source> The documents set no threshold: record the figure and a judgement.</source>
        <translation> Văn bản chưa quy định ngưỡng: cần ghi số liệu và đánh giá.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="130"/>
        <source> ({answered}/{received} satisfied / asked)</source>
        <translation> ({answered}/{received} người hài lòng / người được hỏi)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="132"/>
        <source> ({answered}/{received} answered / received)</source>
        <translation> ({answered}/{received} đã trả lời / tiếp nhận)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="139"/>
        <source>Recorded {value}{extra}; the documents set no threshold: needs a judgement.</source>
        <translation>Ghi nhận {value}{extra}; văn bản chưa quy định ngưỡng: cần đánh giá.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="153"/>
        <source>Met: {value}{extra}, required above {needed}.</source>
        <translation>Đạt {value}{extra}, yêu cầu trên {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="155"/>
        <source>Met: {value}{extra}, required at least {needed}.</source>
        <translation>Đạt {value}{extra}, yêu cầu ít nhất {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="163"/>
        <source>; {count} more satisfied residents needed among the same people asked</source>
        <translation>; cần thêm {count} người hài lòng trên cùng số người được hỏi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="170"/>
        <source>; {count} feedback items still unanswered</source>
        <translation>; còn {count} phản ánh chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="176"/>
        <source>Only {value}{extra}, required above {needed}{gap}.</source>
        <translation>Mới đạt {value}{extra}, yêu cầu trên {needed}{gap}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="178"/>
        <source>Only {value}{extra}, required at least {needed}{gap}.</source>
        <translation>Mới đạt {value}{extra}, yêu cầu ít nhất {needed}{gap}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="196"/>
        <source>Recorded “yes” on {date} ({note}).</source>
        <translation>Đã ghi nhận “có” ngày {date} ({note}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="198"/>
        <source>Recorded “yes” on {date}.</source>
        <translation>Đã ghi nhận “có” ngày {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="202"/>
        <source>Recorded “not yet” on {date} ({note}).</source>
        <translation>Ghi nhận “chưa có” ngày {date} ({note}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="204"/>
        <source>Recorded “not yet” on {date}.</source>
        <translation>Ghi nhận “chưa có” ngày {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="209"/>
        <source>Not recorded yet (yes/no).</source>
        <translation>Chưa ghi nhận (có/không).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="210"/>
        <source> Target by the end of {year}.</source>
        <translation> Mục tiêu đến hết năm {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_values.py" line="224"/>
        <source>No judgement by the Party committee&apos;s standing board yet (met/not met).</source>
        <translation>Chưa có đánh giá của Thường trực Đảng ủy (đạt/chưa đạt).</translation>
    </message>
</context>
</TS>
