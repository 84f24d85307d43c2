<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="260" />
        <source>Printed reports</source>
        <translation>In văn bản, báo cáo</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="34" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="34" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="35" />
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="35" />
        <source>Prints</source>
        <translation>Số lần in</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="145" />
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="146" />
        <source>Period:</source>
        <translation>Kỳ đánh giá:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="147" />
        <source>Quarter:</source>
        <translation>Quý:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="148" />
        <source>Branch:</source>
        <translation>Chi đoàn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="149" />
        <source>Date on the document:</source>
        <translation>Ngày ghi trên văn bản:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="150" />
        <source>Draft (no number from the register)</source>
        <translation>Bản nháp (không lấy số trong sổ đăng ký văn bản)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="151" />
        <source>Preview and print…</source>
        <translation>Xem trước và in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="152" />
        <source>Document register</source>
        <translation>Sổ đăng ký văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="156" />
        <source>Quarter {0}</source>
        <translation>Quý {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="224" />
        <source>This unit has no document to print here.</source>
        <translation>Đơn vị này không có văn bản nào để in ở đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="226" />
        <source>The preview is a draft marked “BẢN NHÁP” and uses no number. “Issue with a number…” in the preview gives the next number from the document register; printing it again keeps the same number and date.</source>
        <translation>Bản xem trước là bản nháp có chữ “BẢN NHÁP”, không dùng số văn bản. Bấm “Ban hành, cấp số…” trong cửa sổ xem trước để lấy số tiếp theo trong sổ đăng ký văn bản; in lại vẫn giữ nguyên số và ngày.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reports.py" line="230" />
        <source>This document has no number.</source>
        <translation>Văn bản này không ghi số.</translation>
    </message>
</context>
</TS>