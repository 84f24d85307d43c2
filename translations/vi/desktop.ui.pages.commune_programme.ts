<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneProgrammePage</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="108" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="109" />
        <source>Task:</source>
        <translation>Nhiệm vụ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="110" />
        <source>Lead agency:</source>
        <translation>Cơ quan chủ trì:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="111" />
        <source>Deadline:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="112" />
        <source>Expected output:</source>
        <translation>Sản phẩm dự kiến:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="113" />
        <source>Progress of the selected task:</source>
        <translation>Tiến độ của nhiệm vụ đang chọn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="114" />
        <source>What has been done</source>
        <translation>Những việc đã làm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="115" />
        <source>Save progress</source>
        <translation>Lưu tiến độ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="116" />
        <source>Add the task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="117" />
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="117" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="117" />
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="117" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="118" />
        <source>Expected output</source>
        <translation>Sản phẩm dự kiến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="118" />
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="118" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="164" />
        <source>Choose a task in the table first.</source>
        <translation>Hãy chọn một nhiệm vụ trong bảng trước.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_programme.py" line="171" />
        <source>Action programme</source>
        <translation>Chương trình hành động</translation>
    </message>
</context>
</TS>