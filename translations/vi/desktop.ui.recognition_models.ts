<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>RecognitionTable</name>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="23" />
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="24" />
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="25" />
        <source>Hard conditions</source>
        <translation>Điều kiện bắt buộc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="26" />
        <source>Branch vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="27" />
        <source>Meets the rule</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="28" />
        <source>Proposed</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="29" />
        <source>Appraisal</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="30" />
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="101" />
        <location filename="../../desktop/ui/recognition_models.py" line="111" />
        <source>not yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="103" />
        <source>{0}/{1} met</source>
        <translation>đạt {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="135" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="135" />
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="143" />
        <source>Accepted</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="144" />
        <source>Refused</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="159" />
        <source>Meets every condition</source>
        <translation>Đủ mọi điều kiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="161" />
        <source>Rule: {0} of the members {1}</source>
        <translation>Quy tắc: {0} số đoàn viên {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="163" />
        <source>called (absent included)</source>
        <translation>được triệu tập (kể cả vắng mặt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_models.py" line="163" />
        <source>present</source>
        <translation>có mặt</translation>
    </message>
</context>
</TS>