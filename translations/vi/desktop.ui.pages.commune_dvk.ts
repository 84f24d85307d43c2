<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneDvkPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="133"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="134"/>
        <source>Add a model…</source>
        <translation>Thêm mô hình…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="135"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="136"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="137"/>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="137"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="137"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="137"/>
        <source>Run by</source>
        <translation>Người, cơ quan phụ trách</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="138"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="138"/>
        <source>Recognition</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="151"/>
        <source>%1 “Dân vận khéo” model(s) built this year: the year&apos;s requirement (at least one) is met.</source>
        <translation>Trong năm đã xây dựng %1 mô hình “Dân vận khéo”: đạt yêu cầu có ít nhất 01 mô hình.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="154"/>
        <source>No “Dân vận khéo” model recorded this year: every commune needs at least one each year, tied to its work.</source>
        <translation>Chưa ghi mô hình “Dân vận khéo” nào trong năm: mỗi năm xã cần ít nhất 01 mô hình gắn với nhiệm vụ chuyên môn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="174"/>
        <source>Choose a model in the table first.</source>
        <translation>Hãy chọn một mô hình trong bảng trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="180"/>
        <source>Delete the model “%1”?</source>
        <translation>Xóa mô hình “%1”?</translation>
    </message>
</context>
<context>
    <name>DvkDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="38"/>
        <source>“Dân vận khéo” model</source>
        <translation>Mô hình “Dân vận khéo”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="63"/>
        <source>e.g. Commended by the Party committee, 2026</source>
        <translation>ví dụ: Được Ban Thường vụ Đảng ủy khen, năm 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="65"/>
        <source>Name of the model:</source>
        <translation>Tên mô hình:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="66"/>
        <source>Field:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="67"/>
        <source>Run by:</source>
        <translation>Người, cơ quan phụ trách:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="68"/>
        <source>Started on:</source>
        <translation>Bắt đầu từ ngày:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="69"/>
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="70"/>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="71"/>
        <source>Recognition:</source>
        <translation>Công nhận, khen thưởng:</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_dvk.py" line="187"/>
        <source>Dân vận khéo models</source>
        <translation>Mô hình Dân vận khéo</translation>
    </message>
</context>
</TS>
