<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>LocalModelDialog</name>
    <message>
        <location filename="../../desktop/ui/commune_model_dialog.py" line="32" />
        <source>New local model</source>
        <translation>Mô hình địa phương mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_model_dialog.py" line="35" />
        <source>e.g. Đặc khu Cát Hải “5 An”</source>
        <translation>ví dụ: Đặc khu Cát Hải “5 An”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_model_dialog.py" line="38" />
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_model_dialog.py" line="38" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_model_dialog.py" line="38" />
        <source>Level</source>
        <translation>Mức</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_model_dialog.py" line="39" />
        <source>Each</source>
        <translation>Mỗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_model_dialog.py" line="39" />
        <source>Recorded as</source>
        <translation>Ghi nhận bằng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_model_dialog.py" line="43" />
        <source>Add an indicator</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_model_dialog.py" line="46" />
        <source>Remove the selected indicator</source>
        <translation>Bỏ chỉ tiêu đang chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_model_dialog.py" line="49" />
        <source>Level: times for a count, % for a percentage, the target for a value. “The model's own activity” is recorded in the commune log under this indicator.</source>
        <translation>Mức: số lần với loại đếm, % với tỉ lệ, mức phải đạt với giá trị. “Hoạt động riêng của mô hình” được ghi ở Sổ theo dõi của xã, chọn đúng chỉ tiêu này.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_model_dialog.py" line="54" />
        <source>Name of the model:</source>
        <translation>Tên mô hình:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_model_dialog.py" line="87" />
        <source>The model's own activity</source>
        <translation>Hoạt động riêng của mô hình</translation>
    </message>
</context>
</TS>