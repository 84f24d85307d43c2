<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>JudgementDialog</name>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="85" />
        <source>Record a judgement</source>
        <translation>Ghi nhận đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="86" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="87" />
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="88" />
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="89" />
        <source>Judged by</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="90" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="91" />
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="92" />
        <source>Name and position, e.g. Secretary of the grassroots Union</source>
        <translation>Họ tên, chức vụ, ví dụ: Bí thư Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="93" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="94" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>