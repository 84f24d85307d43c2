<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="239" />
        <source>Printed reports</source>
        <translation>In văn bản, báo cáo</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="22" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="22" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="23" />
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="23" />
        <source>Prints</source>
        <translation>Số lần in</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="126" />
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="127" />
        <source>Period:</source>
        <translation>Kỳ đánh giá:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="128" />
        <source>Quarter:</source>
        <translation>Quý:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="129" />
        <source>Branch:</source>
        <translation>Chi đoàn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="130" />
        <source>Date on the document:</source>
        <translation>Ngày ghi trên văn bản:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="131" />
        <source>Draft (no number from the register)</source>
        <translation>Bản nháp (không lấy số trong sổ đăng ký văn bản)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="132" />
        <source>Preview and print…</source>
        <translation>Xem trước và in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="133" />
        <source>Document register</source>
        <translation>Sổ đăng ký văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="137" />
        <source>Quarter {0}</source>
        <translation>Quý {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="204" />
        <source>This unit has no document to print here.</source>
        <translation>Đơn vị này không có văn bản nào để in ở đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="206" />
        <source>The number comes from the document register when the document is first prepared; printing it again keeps the same number.</source>
        <translation>Số văn bản được lấy từ sổ đăng ký văn bản khi lập văn bản lần đầu; in lại vẫn giữ nguyên số.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="209" />
        <source>This document has no number.</source>
        <translation>Văn bản này không ghi số.</translation>
    </message>
</context>
</TS>