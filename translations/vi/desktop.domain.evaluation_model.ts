<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>EvaluationStatus</name>
    <message>
        <location filename="../../desktop/domain/evaluation_model.py" line="28" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_model.py" line="29" />
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_model.py" line="30" />
        <source>At risk</source>
        <translation>Có nguy cơ chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_model.py" line="31" />
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_model.py" line="32" />
        <source>Needs a judgement</source>
        <translation>Cần đánh giá</translation>
    </message>
</context>
</TS>