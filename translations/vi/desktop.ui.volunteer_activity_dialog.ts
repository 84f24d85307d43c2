<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="194"/>
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="216"/>
        <source>Remove file</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="63"/>
        <source>{0} of {1} members ticked</source>
        <translation>{0}/{1} đoàn viên đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="132"/>
        <source>Add a date</source>
        <translation>Thêm ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="195"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;All files (*)</source>
        <translation>Ảnh và tài liệu (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_activity_dialog.py" line="218"/>
        <source>Remove the evidence file “{0}” from this activity? Its name and SHA-256 stay in the history.</source>
        <translation>Bỏ tệp minh chứng “{0}” khỏi hoạt động này? Tên tệp và mã SHA-256 vẫn được lưu trong lịch sử.</translation>
    </message>
</context>
</TS>
