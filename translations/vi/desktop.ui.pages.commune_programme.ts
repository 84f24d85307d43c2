<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneProgrammePage</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="135"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="136"/>
        <source>Task:</source>
        <translation>Nhiệm vụ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="137"/>
        <source>Lead agency:</source>
        <translation>Cơ quan chủ trì:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="138"/>
        <source>Deadline:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="139"/>
        <source>Expected output:</source>
        <translation>Sản phẩm dự kiến:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="140"/>
        <source>Progress of the selected task:</source>
        <translation>Tiến độ của nhiệm vụ đang chọn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="141"/>
        <source>What has been done</source>
        <translation>Những việc đã làm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="142"/>
        <source>Save progress</source>
        <translation>Lưu tiến độ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="143"/>
        <source>Add the task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="143"/>
        <source>Save the correction</source>
        <translation>Lưu sửa đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="144"/>
        <source>Cancel the correction</source>
        <translation>Hủy sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="145"/>
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="146"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="147"/>
        <source>Done when:</source>
        <translation>Hoàn thành khi đạt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="148"/>
        <source>The indicator that completes the task: once it is met, the task is done</source>
        <translation>Chỉ tiêu hoàn thành nhiệm vụ: khi chỉ tiêu đạt, nhiệm vụ được tính là hoàn thành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="150"/>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="169"/>
        <source>(progress typed by hand)</source>
        <translation>(tiến độ tự ghi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="151"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="151"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="151"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="151"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="152"/>
        <source>Expected output</source>
        <translation>Sản phẩm dự kiến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="152"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="152"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="215"/>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="248"/>
        <source>Choose a task in the table first.</source>
        <translation>Hãy chọn một nhiệm vụ trong bảng trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="239"/>
        <source>Delete the task “%1” from the programme?</source>
        <translation>Xóa nhiệm vụ “%1” khỏi chương trình?</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="255"/>
        <source>Action programme</source>
        <translation>Chương trình hành động</translation>
    </message>
</context>
</TS>
