<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../desktop/domain/evaluation.py" line="114"/>
        <source>Recognisable: every criteria group reaches {needed} ({met}/{applicable} criteria met).</source>
        <translation>Đủ điều kiện đề nghị công nhận: mọi nhóm tiêu chí đều đạt từ {needed} trở lên ({met}/{applicable} tiêu chí đạt).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation.py" line="124"/>
        <source>group {group} has {met}/{count}</source>
        <translation>nhóm {group} mới đạt {met}/{count}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation.py" line="128"/>
        <source>Not recognisable (counted per group, each group needs {needed}): {groups}.</source>
        <translation>Chưa đủ điều kiện công nhận (đếm theo nhóm, mỗi nhóm cần {needed}): {groups}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation.py" line="138"/>
        <source>Recognisable: {met}/{applicable} applicable criteria met ({share}), at least {required} needed.</source>
        <translation>Đủ điều kiện đề nghị công nhận: đạt {met}/{applicable} tiêu chí áp dụng ({share}), cần tối thiểu {required}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation.py" line="143"/>
        <source>Not recognisable yet: {met}/{applicable} applicable criteria met ({share}), at least {required} needed.</source>
        <translation>Chưa đủ điều kiện công nhận: mới đạt {met}/{applicable} tiêu chí áp dụng ({share}), cần tối thiểu {required}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation.py" line="153"/>
        <source>No members in the period yet: add the member list before progress is computed.</source>
        <translation>Chưa có đoàn viên trong kỳ: nhập danh sách đoàn viên trước khi tính tiến độ.</translation>
    </message>
</context>
</TS>
