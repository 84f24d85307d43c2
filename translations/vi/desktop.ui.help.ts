<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CriterionHelp</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="31" />
        <source>Share of members who qualify, against a threshold of {pct}.</source>
        <translation>Tỉ lệ đoàn viên đạt yêu cầu, so với ngưỡng {pct}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="32" />
        <source>Times done in each {period}: at least {n}.</source>
        <translation>Số lần thực hiện trong mỗi {period}: ít nhất {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="33" />
        <source>Not a number: a met / not met judgement by someone with authority is recorded (Criteria page).</source>
        <translation>Không đo bằng số: cần ghi nhận đánh giá đạt/chưa đạt của người có thẩm quyền (trang Tiêu chí).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="35" />
        <source>No case in the year.</source>
        <translation>Không có trường hợp nào trong năm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="36" />
        <source>100% of members must have this recorded on the member list.</source>
        <translation>100% đoàn viên phải có thông tin này trong danh sách đoàn viên.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="37" />
        <source>Each member has at least {n} days in the year.</source>
        <translation>Mỗi đoàn viên có ít nhất {n} ngày trong năm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="39" />
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="39" />
        <source>quarter</source>
        <translation>quý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="40" />
        <source>week</source>
        <translation>tuần</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="40" />
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="42" />
        <source>Evidence book → Information to members (choose the members who were informed).</source>
        <translation>Sổ minh chứng → Thông tin đến đoàn viên (chọn những đoàn viên được cung cấp).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="44" />
        <source>Evidence book → Thematic sessions (at least one each quarter).</source>
        <translation>Sổ minh chứng → Sinh hoạt chuyên đề (mỗi quý ít nhất 01 buổi).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="46" />
        <source>Evidence book → Alerts and guiding opinion; then record the judgement on the Criteria page.</source>
        <translation>Sổ minh chứng → Cảnh báo, định hướng dư luận; rồi ghi đánh giá ở trang Tiêu chí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="48" />
        <source>Evidence book → Requests to share information (record how many members shared).</source>
        <translation>Sổ minh chứng → Yêu cầu chia sẻ thông tin (ghi số đoàn viên đã chia sẻ).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="50" />
        <source>Evidence book → Violations (only when there is one).</source>
        <translation>Sổ minh chứng → Vi phạm (chỉ ghi khi có).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="51" />
        <source>Evidence book → Weekly good people, good deeds posts.</source>
        <translation>Sổ minh chứng → Tin bài người tốt, việc tốt hằng tuần.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="52" />
        <source>Criteria page → Record a judgement.</source>
        <translation>Trang Tiêu chí → Ghi nhận đánh giá.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="53" />
        <source>Evidence book → Regular branch meetings.</source>
        <translation>Sổ minh chứng → Sinh hoạt chi đoàn định kỳ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="54" />
        <source>Volunteer days page → record the activity and who took part.</source>
        <translation>Trang Ngày tình nguyện → ghi hoạt động và người tham gia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="55" />
        <source>Evidence book → Outstanding members introduced to the Party.</source>
        <translation>Sổ minh chứng → Giới thiệu đoàn viên ưu tú cho Đảng.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="57" />
        <source>Recognition page → assess Socialist members.</source>
        <translation>Trang Công nhận → xét Đoàn viên XHCN.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="58" />
        <source>Volunteer days page → record the activity (of the matching kind).</source>
        <translation>Trang Ngày tình nguyện → ghi hoạt động (loại tương ứng).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="59" />
        <source>Members page → update each member's details (or edit several at once).</source>
        <translation>Trang Đoàn viên → cập nhật thông tin từng đoàn viên (hoặc sửa hàng loạt).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="89" />
        <source>Group {0}: {1}</source>
        <translation>Nhóm {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="93" />
        <source>Vietnamese: “{0}”</source>
        <translation>Nguyên văn: “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="97" />
        <source>**How it is assessed:** {0}</source>
        <translation>**Cách đánh giá:** {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="99" />
        <source>**Note:** {0}</source>
        <translation>**Ghi chú:** {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="101" />
        <source>**Does not apply when:** {0}</source>
        <translation>**Không áp dụng khi:** {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="105" />
        <source>**Where to record it:** {0}</source>
        <translation>**Ghi nhận ở đâu:** {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="109" />
        <source>Source: {0}</source>
        <translation>Nguồn: {0}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="134" />
        <source>Guide</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="142" />
        <source>The yearly cycle</source>
        <translation>Quy trình trong năm</translation>
    </message>
</context>
</TS>