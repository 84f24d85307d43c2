<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneYear</name>
    <message>
        <location filename="../../desktop/services/commune_party/year_plan.py" line="186"/>
        <source>Register for the models of {year}</source>
        <translation>Đăng ký các mô hình năm {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/commune_party/year_plan.py" line="187"/>
        <source>Yearly review of the models, {year}</source>
        <translation>Sơ kết các mô hình năm {year}</translation>
    </message>
</context>
</TS>
