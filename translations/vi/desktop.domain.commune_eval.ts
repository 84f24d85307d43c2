<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneEvaluation</name>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="106"/>
        <source>Week {n}</source>
        <translation>Tuần {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="112"/>
        <source>Month {n}</source>
        <translation>Tháng {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="124"/>
        <source>Year {year}</source>
        <translation>Năm {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="203"/>
        <source> and {count} more periods</source>
        <translation> và {count} kỳ khác</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="207"/>
        <source>{period} has only {count}/{need} {what}.</source>
        <translation>{period} chỉ có {count}/{need} {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="215"/>
        <source>{period} has no {what}.</source>
        <translation>{period} chưa có {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="217"/>
        <source>{period} has fewer than {need} {what}.</source>
        <translation>{period} chưa có đủ {need} {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="221"/>
        <source>{count} periods have no {what}: {periods}.</source>
        <translation>{count} kỳ chưa có {what}: {periods}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="223"/>
        <source>{count} periods have fewer than {need} {what}: {periods}.</source>
        <translation>{count} kỳ chưa có đủ {need} {what}: {periods}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="231"/>
        <source>{period}: only {count}/{need} {what} so far; {left} more due by {end}.</source>
        <translation>{period} mới có {count}/{need} {what}; còn thiếu {left}, hạn {end}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="244"/>
        <source>{count} {what} in the year (at least {need} required).</source>
        <translation>Đã có {count} {what} trong năm (yêu cầu ít nhất {need}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="251"/>
        <source>All {done}/{done} past periods have {what}.</source>
        <translation>Đủ {done}/{done} kỳ đã qua đều có {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="253"/>
        <source>All {done}/{done} past periods have {need} {what}.</source>
        <translation>Đủ {done}/{done} kỳ đã qua đều có đủ {need} {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="266"/>
        <source>{count} {what} in the period (the first on {date}: {title}).</source>
        <translation>Có {count} {what} trong kỳ (đầu tiên ngày {date}: {title}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="270"/>
        <source>{count} {what} in the period (the first on {date}).</source>
        <translation>Có {count} {what} trong kỳ (đầu tiên ngày {date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="273"/>
        <source>No {what} in the period.</source>
        <translation>Không có {what} nào trong kỳ.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="296"/>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="298"/>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="300"/>
        <source>Judged {verdict} on {date} ({note}).</source>
        <translation>Đánh giá ngày {date}: {verdict} ({note}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="302"/>
        <source>Judged {verdict} on {date}.</source>
        <translation>Đánh giá ngày {date}: {verdict}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="337"/>
        <source>Met: {met}/{total} hamlets ({share}), at least {needed} required.</source>
        <translation>Đạt: {met}/{total} thôn, tổ dân phố ({share}), yêu cầu ít nhất {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="344"/>
        <source> and {count} more places</source>
        <translation> và {count} nơi khác</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="353"/>
        <source>Only {met}/{total} hamlets ({share}), {needed} required; missing: {missing}.</source>
        <translation>Mới có {met}/{total} thôn, tổ dân phố ({share}), yêu cầu {needed}; còn thiếu: {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="383"/>
        <source>No satisfaction survey in the period yet.</source>
        <translation>Chưa có cuộc khảo sát sự hài lòng nào trong kỳ.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="385"/>
        <source>No feedback or petition recorded in the period yet.</source>
        <translation>Chưa ghi phản ánh, kiến nghị nào trong kỳ.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="388"/>
        <source>No figure recorded yet (required {needed}).</source>
        <translation>Chưa ghi nhận số liệu (yêu cầu {needed}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="392"/>
        <source>No figure recorded yet.</source>
        <translation>Chưa ghi nhận số liệu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="394"/>
        <source> The documents set no threshold: record the figure and a judgement.</source>
        <translation> Văn bản chưa quy định ngưỡng: cần ghi số liệu và đánh giá.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="404"/>
        <source> ({answered}/{received} satisfied / asked)</source>
        <translation> ({answered}/{received} người hài lòng / người được hỏi)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="406"/>
        <source> ({answered}/{received} answered / received)</source>
        <translation> ({answered}/{received} đã trả lời / tiếp nhận)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="413"/>
        <source>Recorded {value}{extra}; the documents set no threshold: needs a judgement.</source>
        <translation>Ghi nhận {value}{extra}; văn bản chưa quy định ngưỡng: cần đánh giá.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="427"/>
        <source>Met: {value}{extra}, required above {needed}.</source>
        <translation>Đạt {value}{extra}, yêu cầu trên {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="429"/>
        <source>Met: {value}{extra}, required at least {needed}.</source>
        <translation>Đạt {value}{extra}, yêu cầu ít nhất {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="437"/>
        <source>; {count} more satisfied residents needed among the same people asked</source>
        <translation>; cần thêm {count} người hài lòng trên cùng số người được hỏi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="444"/>
        <source>; {count} feedback items still unanswered</source>
        <translation>; còn {count} phản ánh chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="450"/>
        <source>Only {value}{extra}, required above {needed}{gap}.</source>
        <translation>Mới đạt {value}{extra}, yêu cầu trên {needed}{gap}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="452"/>
        <source>Only {value}{extra}, required at least {needed}{gap}.</source>
        <translation>Mới đạt {value}{extra}, yêu cầu ít nhất {needed}{gap}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="460"/>
        <source> Target by {year}.</source>
        <translation> Mục tiêu đến năm {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="474"/>
        <source>Recorded “yes” on {date} ({note}).</source>
        <translation>Đã ghi nhận “có” ngày {date} ({note}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="476"/>
        <source>Recorded “yes” on {date}.</source>
        <translation>Đã ghi nhận “có” ngày {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="480"/>
        <source>Recorded “not yet” on {date} ({note}).</source>
        <translation>Ghi nhận “chưa có” ngày {date} ({note}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="482"/>
        <source>Recorded “not yet” on {date}.</source>
        <translation>Ghi nhận “chưa có” ngày {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="487"/>
        <source>Not recorded yet (yes/no).</source>
        <translation>Chưa ghi nhận (có/không).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="488"/>
        <source> Target by the end of {year}.</source>
        <translation> Mục tiêu đến hết năm {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="502"/>
        <source>No judgement by the Party committee&apos;s standing board yet (met/not met).</source>
        <translation>Chưa có đánh giá của Thường trực Đảng ủy (đạt/chưa đạt).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="534"/>
        <source>{required}/{count} criteria needed; recognisable.</source>
        <translation>Cần đạt {required}/{count} tiêu chí; đủ điều kiện.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="536"/>
        <source>{required}/{count} criteria needed; not recognisable yet.</source>
        <translation>Cần đạt {required}/{count} tiêu chí; chưa đủ điều kiện.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="541"/>
        <source>The documents do not say how this model is recognised: the results serve as figures for the review.</source>
        <translation>Văn bản chưa quy định cách công nhận mô hình này: kết quả dùng làm số liệu sơ kết.</translation>
    </message>
</context>
</TS>
