<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../desktop/ui/commune_register_dialog.py" line="23"/>
        <source>city model (mandatory)</source>
        <translation>mô hình của thành phố (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_register_dialog.py" line="24"/>
        <source>city model by choice</source>
        <translation>mô hình tự chọn của thành phố</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_register_dialog.py" line="25"/>
        <source>the commune&apos;s own model</source>
        <translation>mô hình của địa phương</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_register_dialog.py" line="33"/>
        <source>Register for the models of %1</source>
        <translation>Đăng ký các mô hình năm %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_register_dialog.py" line="38"/>
        <source>Registered on %1. Saving again records a new registration; the history keeps the earlier one.</source>
        <translation>Đã đăng ký ngày %1. Lưu lại sẽ ghi lần đăng ký mới; lịch sử thay đổi giữ lần trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_register_dialog.py" line="41"/>
        <source>Not registered yet. The city&apos;s mandatory models are always in; tick the models the committee takes part in by choice.</source>
        <translation>Chưa đăng ký. Các mô hình bắt buộc của thành phố luôn có; đánh dấu các mô hình tự chọn Đảng ủy tham gia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_register_dialog.py" line="46"/>
        <source>indicators</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_register_dialog.py" line="56"/>
        <source>e.g. Ngõ xóm sáng – xanh – sạch – đẹp</source>
        <translation>ví dụ: Ngõ xóm sáng – xanh – sạch – đẹp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_register_dialog.py" line="61"/>
        <source>“Dân vận khéo” model of the year:</source>
        <translation>Mô hình “Dân vận khéo” của năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commune_register_dialog.py" line="62"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
</TS>
