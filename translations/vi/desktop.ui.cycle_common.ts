<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>UnitPeriodBar</name>
    <message>
        <location filename="../../desktop/ui/cycle_common.py" line="82" />
        <source>Branch:</source>
        <translation>Chi đoàn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_common.py" line="83" />
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
</context>
</TS>