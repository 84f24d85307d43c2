<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="63"/>
        <source>{count} more</source>
        <translation>{count} người khác</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="71"/>
        <location filename="../../desktop/domain/evaluation_rules.py" line="1093"/>
        <source>Q{n}</source>
        <translation>Quý {roman}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="232"/>
        <source> ({days} days left in period {period})</source>
        <translation> (còn {days} ngày đến hết kỳ {period})</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="290"/>
        <source>No members in the period to compute a share.</source>
        <translation>Chưa có đoàn viên nào trong kỳ để tính tỉ lệ.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="309"/>
        <source>{got}/{base} members ({share}) reached by {records} information record; {needed} needed.</source>
        <translation>{got}/{base} đoàn viên ({share}) đã được cung cấp thông tin qua {records} lần; cần {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="313"/>
        <source>{got}/{base} members ({share}) reached by {records} information records; {needed} needed.</source>
        <translation>{got}/{base} đoàn viên ({share}) đã được cung cấp thông tin qua {records} lần; cần {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="322"/>
        <source>Only {got}/{base} members ({share}) reached, at least {needed} needed.</source>
        <translation>Mới có {got}/{base} đoàn viên ({share}) được cung cấp thông tin, cần tối thiểu {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="342"/>
        <source>counted as met</source>
        <translation>tính là đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="343"/>
        <source>counted as not met</source>
        <translation>tính là chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="344"/>
        <source>the criterion does not apply</source>
        <translation>tiêu chí không áp dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="361"/>
        <source>No request to share positive information in the period: {outcome} (per the setting “{setting}”).</source>
        <translation>Trong kỳ chưa có yêu cầu chia sẻ thông tin tích cực nào: {outcome} (theo Cài đặt “{setting}”).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="386"/>
        <source>On average {share} of members took part over {requests} requests; {needed} needed.</source>
        <translation>Bình quân {share} đoàn viên tham gia qua {requests} yêu cầu; cần {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="403"/>
        <source>On average only {share} of members took part over {requests} requests, {needed} needed.</source>
        <translation>Bình quân mới có {share} đoàn viên tham gia qua {requests} yêu cầu, cần {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="418"/>
        <source>The only request reached {lowest} of members ({needed} needed).</source>
        <translation>Yêu cầu duy nhất trong kỳ có {lowest} đoàn viên tham gia (cần {needed}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="424"/>
        <source>All {requests} requests reached at least {needed} of members (lowest {lowest}).</source>
        <translation>Cả {requests} yêu cầu đều có từ {needed} đoàn viên tham gia trở lên (thấp nhất {lowest}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="434"/>
        <source>the request of {date} “{title}” reached only {share}</source>
        <translation>yêu cầu ngày {date} “{title}” chỉ có {share}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="452"/>
        <source>{below}/{requests} requests below {needed} of members: {parts}{more}.</source>
        <translation>{below}/{requests} yêu cầu chưa đạt {needed} đoàn viên tham gia: {parts}{more}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="485"/>
        <source>No Socialist-member recognition recorded for this period yet.</source>
        <translation>Chưa có kết quả công nhận Đoàn viên XHCN của kỳ này.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="504"/>
        <source>{got}/{base} members ({share}) recognised as Socialist members; {needed} needed.</source>
        <translation>{got}/{base} đoàn viên ({share}) được công nhận Đoàn viên XHCN; cần {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="520"/>
        <source>Only {got}/{base} members ({share}) recognised as Socialist members, at least {needed} needed.</source>
        <translation>Mới có {got}/{base} đoàn viên ({share}) được công nhận Đoàn viên XHCN, cần tối thiểu {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="567"/>
        <location filename="../../desktop/domain/evaluation_rules.py" line="1128"/>
        <source>{quarters} has no thematic session.</source>
        <translation>{quarters} chưa có buổi sinh hoạt chuyên đề.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="569"/>
        <source>{quarters} have no thematic session.</source>
        <translation>{quarters} chưa có buổi sinh hoạt chuyên đề.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="574"/>
        <source>{quarter} has no thematic session yet ({days} days left in the quarter, {end}).</source>
        <translation>{quarter} chưa có buổi sinh hoạt chuyên đề (còn {days} ngày đến hết quý, {end}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="585"/>
        <source>{covered}/{due} quarters have a thematic session ({sessions} sessions).</source>
        <translation>{covered}/{due} quý đã có buổi sinh hoạt chuyên đề ({sessions} buổi).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="594"/>
        <source>The period has not started yet.</source>
        <translation>Kỳ đánh giá chưa bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="662"/>
        <source>Week {weeks} has no good example or good story ({covered}/{due} weeks covered).</source>
        <translation>Tuần {weeks} chưa có tấm gương người tốt, câu chuyện đẹp ({covered}/{due} tuần có bài).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="666"/>
        <source>Weeks {weeks} have no good example or good story ({covered}/{due} weeks covered).</source>
        <translation>Tuần {weeks} chưa có tấm gương người tốt, câu chuyện đẹp ({covered}/{due} tuần có bài).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="674"/>
        <source>Week {week} has no good example or good story yet ({days} days left, until Sunday {end}).</source>
        <translation>Tuần {week} chưa có tấm gương người tốt, câu chuyện đẹp (còn {days} ngày, đến Chủ nhật {end}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="688"/>
        <source>{covered}/{due} weeks each have a good example or good story.</source>
        <translation>{covered}/{due} tuần đều có tấm gương người tốt, câu chuyện đẹp.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="717"/>
        <source>{count} {what} recorded; at least {need} needed.</source>
        <translation>Đã có {count} {what}; cần tối thiểu {need}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="730"/>
        <source>No {what} yet; at least {need} needed.</source>
        <translation>Chưa có {what} nào; cần tối thiểu {need}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="733"/>
        <source>Only {count}/{need} {what}.</source>
        <translation>Mới có {count}/{need} {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="750"/>
        <source>youth projects or work items</source>
        <translation>công trình, phần việc thanh niên</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="752"/>
        <source>red-address journeys or positive social-media trend activities</source>
        <translation>hành trình đến địa chỉ đỏ hoặc hoạt động tạo trào lưu tích cực</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="765"/>
        <source>branch meetings (all kinds)</source>
        <translation>buổi sinh hoạt chi đoàn (mọi hình thức)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="768"/>
        <source>regular branch meetings</source>
        <translation>buổi sinh hoạt chi đoàn định kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="773"/>
        <source> By kind: regular {regular}, thematic {thematic}, political {political}.</source>
        <translation> Theo hình thức: định kỳ {regular}, chuyên đề {thematic}, chính trị {political}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="792"/>
        <source>outstanding members introduced to the Party</source>
        <translation>đoàn viên ưu tú được giới thiệu cho Đảng</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="805"/>
        <source>law violation</source>
        <translation>vi phạm pháp luật</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="806"/>
        <source>disciplined</source>
        <translation>bị xử lý kỷ luật</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="807"/>
        <source>illegal drug use</source>
        <translation>sử dụng trái phép chất ma túy</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="826"/>
        <source>No member violated the law, was disciplined or used drugs.</source>
        <translation>Không có đoàn viên vi phạm pháp luật, bị kỷ luật hoặc sử dụng ma túy.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="829"/>
        <source>a member</source>
        <translation>đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="836"/>
        <source>{count} incident: {parts}{more}.</source>
        <translation>Có {count} vụ việc: {parts}{more}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="838"/>
        <source>{count} incidents: {parts}{more}.</source>
        <translation>Có {count} vụ việc: {parts}{more}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="794"/>
        <source>No outstanding members introduced to the Party yet; at least {need} needed.</source>
        <translation>Chưa giới thiệu được đoàn viên ưu tú nào cho Đảng xem xét kết nạp; cần tối thiểu {need}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="857"/>
        <source> {count} toxic-information alerts recorded.</source>
        <translation> Đã ghi {count} lần thông tin cảnh báo “xấu, độc”.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="871"/>
        <source>No judgement yet: the branch judges itself, the Đoàn cơ sở reviews it (the Đoàn cơ sở&apos;s judgement is final).</source>
        <translation>Chưa có đánh giá: chi đoàn tự đánh giá, Đoàn cơ sở đánh giá lại (đánh giá của Đoàn cơ sở là kết luận cuối cùng).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="892"/>
        <source> Comment: {note}.</source>
        <translation> Nhận xét: {note}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="894"/>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="894"/>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="898"/>
        <source>The Đoàn cơ sở ({author}) judged it {verdict} on {date}.</source>
        <translation>Đoàn cơ sở ({author}) đánh giá {verdict} ngày {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="902"/>
        <source>Self-judged {verdict} by the branch on {date} ({author}); not yet reviewed by the Đoàn cơ sở.</source>
        <translation>Chi đoàn tự đánh giá {verdict} ngày {date} ({author}); Đoàn cơ sở chưa đánh giá.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="910"/>
        <source> This is the branch&apos;s own judgement, with no alert recorded as evidence.</source>
        <translation> Đây là tự đánh giá của chi đoàn, chưa có bản ghi cảnh báo nào làm minh chứng.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="925"/>
        <source>do not take part in Union activities where they live</source>
        <translation>chưa tham gia sinh hoạt Đoàn tại nơi cư trú</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="926"/>
        <source>take part in Union activities where they live</source>
        <translation>tham gia sinh hoạt Đoàn tại nơi cư trú</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="929"/>
        <source>have not registered for the member self-training programme</source>
        <translation>chưa đăng ký chương trình Rèn luyện đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="930"/>
        <source>registered for the member self-training programme</source>
        <translation>đã đăng ký chương trình Rèn luyện đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="933"/>
        <source>do not have both the electronic Union book and card</source>
        <translation>chưa được cấp đủ sổ và thẻ đoàn điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="934"/>
        <source>have the electronic Union book and card</source>
        <translation>đã được cấp sổ và thẻ đoàn điện tử</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="937"/>
        <source>lack the flag</source>
        <translation>chưa có thông tin</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="937"/>
        <source>comply</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="970"/>
        <source>No members in the list.</source>
        <translation>Chưa có đoàn viên nào trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="978"/>
        <source>{count}/{total} members {ok}.</source>
        <translation>{count}/{total} đoàn viên {ok}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="989"/>
        <source>{lacking}/{total} members {missing}: {names}.</source>
        <translation>{lacking}/{total} đoàn viên {missing}: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="1021"/>
        <source>have fewer than {days} volunteer days</source>
        <translation>chưa đủ {days} ngày tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="1022"/>
        <source>each have at least {days} volunteer days</source>
        <translation>đều đủ {days} ngày tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="1050"/>
        <source>The criterion does not apply to this unit.</source>
        <translation>Tiêu chí không áp dụng với đơn vị này.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="1067"/>
        <source>This criterion is not computed automatically: record a judgement.</source>
        <translation>Phần mềm chưa tự tính được tiêu chí này: cần ghi nhận đánh giá.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="1076"/>
        <source> (from the member list)</source>
        <translation> (theo danh sách đoàn viên)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="1078"/>
        <source>Not applicable: every member of the branch is a Party member{source}.</source>
        <translation>Không áp dụng: 100% đoàn viên của chi đoàn là đảng viên{source}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="1085"/>
        <source>Not applicable: a grade-{grade} pupils&apos; branch.</source>
        <translation>Không áp dụng: chi đoàn học sinh khối {grade}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="1118"/>
        <source>{quarter}: {count} thematic session(s).</source>
        <translation>{quarter} có {count} buổi sinh hoạt chuyên đề.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="1137"/>
        <source>{quarter} has no thematic session yet (due {end}).</source>
        <translation>{quarter} chưa có buổi sinh hoạt chuyên đề (hạn {end}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="1165"/>
        <source>{quarter}: week(s) {weeks} without a good example ({covered}/{total} weeks covered).</source>
        <translation>{quarter}: tuần {weeks} chưa có tấm gương người tốt, câu chuyện đẹp ({covered}/{total} tuần có bài).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="1183"/>
        <source>{quarter}: {covered} weeks with a good example, none missed.</source>
        <translation>{quarter}: {covered} tuần có tấm gương người tốt, câu chuyện đẹp, không tuần nào bị bỏ trống.</translation>
    </message>
</context>
<context>
    <name>EvaluationIncidents</name>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="843"/>
        <source> and {count} more</source>
        <translation> và {count} vụ khác</translation>
    </message>
</context>
<context>
    <name>EvaluationRequests</name>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="442"/>
        <source> and {count} more</source>
        <translation> và {count} yêu cầu khác</translation>
    </message>
</context>
</TS>
