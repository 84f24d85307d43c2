<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="108"/>
        <source>Q{n}</source>
        <translation>Quý {roman}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="143"/>
        <source>{quarters} has no thematic session.</source>
        <translation>{quarters} chưa có buổi sinh hoạt chuyên đề.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="65"/>
        <source>The criterion does not apply to this unit.</source>
        <translation>Tiêu chí không áp dụng với đơn vị này.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="82"/>
        <source>This criterion is not computed automatically: record a judgement.</source>
        <translation>Phần mềm chưa tự tính được tiêu chí này: cần ghi nhận đánh giá.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="91"/>
        <source> (from the member list)</source>
        <translation> (theo danh sách đoàn viên)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="93"/>
        <source>Not applicable: every member of the branch is a Party member{source}.</source>
        <translation>Không áp dụng: 100% đoàn viên của chi đoàn là đảng viên{source}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="100"/>
        <source>Not applicable: a grade-{grade} pupils&apos; branch.</source>
        <translation>Không áp dụng: chi đoàn học sinh khối {grade}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="133"/>
        <source>{quarter}: {count} thematic session(s).</source>
        <translation>{quarter} có {count} buổi sinh hoạt chuyên đề.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="152"/>
        <source>{quarter} has no thematic session yet (due {end}).</source>
        <translation>{quarter} chưa có buổi sinh hoạt chuyên đề (hạn {end}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="180"/>
        <source>{quarter}: week(s) {weeks} without a good example ({covered}/{total} weeks covered).</source>
        <translation>{quarter}: tuần {weeks} chưa có tấm gương người tốt, câu chuyện đẹp ({covered}/{total} tuần có bài).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_rules.py" line="198"/>
        <source>{quarter}: {covered} weeks with a good example, none missed.</source>
        <translation>{quarter}: {covered} tuần có tấm gương người tốt, câu chuyện đẹp, không tuần nào bị bỏ trống.</translation>
    </message>
</context>
</TS>
