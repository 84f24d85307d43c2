<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneEvaluation</name>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="69"/>
        <source>{required}/{count} criteria needed; recognisable.</source>
        <translation>Cần đạt {required}/{count} tiêu chí; đủ điều kiện.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="71"/>
        <source>{required}/{count} criteria needed; not recognisable yet.</source>
        <translation>Cần đạt {required}/{count} tiêu chí; chưa đủ điều kiện.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval.py" line="76"/>
        <source>The documents do not say how this model is recognised: the results serve as figures for the review.</source>
        <translation>Văn bản chưa quy định cách công nhận mô hình này: kết quả dùng làm số liệu sơ kết.</translation>
    </message>
</context>
</TS>
