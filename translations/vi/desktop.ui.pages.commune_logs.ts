<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneLogsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="43"/>
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="44"/>
        <source>Photos, scans and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;All files (*)</source>
        <translation>Ảnh, bản quét và văn bản (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="154"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="155"/>
        <source>Show:</source>
        <translation>Xem:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="156"/>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="157"/>
        <source>Hamlet / residential group:</source>
        <translation>Thôn / tổ dân phố:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="158"/>
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="159"/>
        <source>Received / asked:</source>
        <translation>Tiếp nhận / được hỏi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="160"/>
        <source>Answered / satisfied:</source>
        <translation>Đã trả lời / hài lòng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="161"/>
        <source>Add to the log</source>
        <translation>Ghi vào sổ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="161"/>
        <source>Save the correction</source>
        <translation>Lưu sửa đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="162"/>
        <source>Cancel the correction</source>
        <translation>Hủy sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="163"/>
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="164"/>
        <source>Attach evidence…</source>
        <translation>Đính kèm minh chứng…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="165"/>
        <source>Delete the selected record</source>
        <translation>Xóa bản ghi đang chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="166"/>
        <source>What the survey asked about</source>
        <translation>Cuộc khảo sát hỏi về điều gì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="167"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="167"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="167"/>
        <source>Place</source>
        <translation>Nơi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="167"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="168"/>
        <source>Numbers</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="168"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="207"/>
        <source>Choose from the list of hamlets</source>
        <translation>Chọn trong danh sách thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="249"/>
        <source>Choose a record in the table first.</source>
        <translation>Hãy chọn một bản ghi trong bảng trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="264"/>
        <source>Copying the evidence files…</source>
        <translation>Đang sao lưu tệp minh chứng…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="283"/>
        <source>Delete this record from the log?</source>
        <translation>Xóa bản ghi này khỏi sổ?</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="290"/>
        <source>Commune logs</source>
        <translation>Sổ theo dõi của xã</translation>
    </message>
</context>
</TS>
