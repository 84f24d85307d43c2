<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>JudgementDialog</name>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="96" />
        <source>Record a judgement</source>
        <translation>Ghi nhận đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="97" />
        <source>You record the Đoàn cơ sở's judgement: it is final, over the branch's own self-judgement.</source>
        <translation>Bạn ghi đánh giá của Đoàn cơ sở: đây là kết luận cuối cùng, thay cho tự đánh giá của chi đoàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="99" />
        <source>You record the branch's own judgement (tự đánh giá): the Đoàn cơ sở reviews it, and its judgement, if any, is final.</source>
        <translation>Bạn ghi tự đánh giá của chi đoàn: Đoàn cơ sở sẽ xem xét, và đánh giá của Đoàn cơ sở (nếu có) là kết luận cuối cùng.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="101" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="102" />
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="103" />
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="104" />
        <source>Judged by</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="105" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="106" />
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="107" />
        <source>Name and position, e.g. Secretary of the grassroots Union</source>
        <translation>Họ tên, chức vụ, ví dụ: Bí thư Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="108" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_judgement_dialog.py" line="109" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>