<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneStatus</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_common.py" line="13" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_common.py" line="14" />
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_common.py" line="15" />
        <source>At risk</source>
        <translation>Có nguy cơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_common.py" line="16" />
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_common.py" line="17" />
        <source>Needs a judgement</source>
        <translation>Cần đánh giá</translation>
    </message>
</context>
</TS>