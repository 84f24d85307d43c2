<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ReturnSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="27"/>
        <source>Return the summary for correction — {0}</source>
        <translation>Trả lại báo cáo tổng hợp để sửa — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="31"/>
        <source>e.g. the totals do not match the annex</source>
        <translation>ví dụ: số liệu tổng không khớp với phụ lục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="35"/>
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="35"/>
        <source>Criterion (optional)</source>
        <translation>Tiêu chí (nếu có)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="35"/>
        <source>What to correct</source>
        <translation>Cần sửa gì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="52"/>
        <source>e.g. send it again before 15/11</source>
        <translation>ví dụ: gửi lại trước ngày 15/11</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="58"/>
        <source>Summary:</source>
        <translation>Báo cáo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="59"/>
        <source>Reason for the whole summary:</source>
        <translation>Lý do chung cho cả báo cáo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="61"/>
        <source>Return to the Đoàn cơ sở</source>
        <translation>Trả lại Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="67"/>
        <source>Reasons, branch by branch (leave the others empty):</source>
        <translation>Lý do theo từng chi đoàn (để trống các chi đoàn không có gì cần sửa):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="70"/>
        <source>General note:</source>
        <translation>Ghi chú chung:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="102"/>
        <source>Write at least one reason, so that the Đoàn cơ sở knows what to correct.</source>
        <translation>Hãy ghi ít nhất một lý do để Đoàn cơ sở biết cần sửa gì.</translation>
    </message>
</context>
</TS>
