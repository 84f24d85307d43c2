<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneEvaluation</name>
    <message>
        <location filename="../../desktop/domain/commune_eval_run.py" line="116"/>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_run.py" line="118"/>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_run.py" line="120"/>
        <source>Judged {verdict} on {date} ({note}).</source>
        <translation>Đánh giá ngày {date}: {verdict} ({note}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_run.py" line="122"/>
        <source>Judged {verdict} on {date}.</source>
        <translation>Đánh giá ngày {date}: {verdict}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_run.py" line="136"/>
        <source> Target by {year}.</source>
        <translation> Mục tiêu đến năm {year}.</translation>
    </message>
</context>
</TS>
