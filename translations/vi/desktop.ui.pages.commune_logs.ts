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
        <location filename="../../desktop/ui/pages/commune_logs.py" line="152"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="153"/>
        <source>Show:</source>
        <translation>Xem:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="154"/>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="155"/>
        <source>Hamlet / residential group:</source>
        <translation>Thôn / tổ dân phố:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="156"/>
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="157"/>
        <source>Received / asked:</source>
        <translation>Tiếp nhận / được hỏi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="158"/>
        <source>Answered / satisfied:</source>
        <translation>Đã trả lời / hài lòng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="159"/>
        <source>Add to the log</source>
        <translation>Ghi vào sổ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="159"/>
        <source>Save the correction</source>
        <translation>Lưu sửa đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="160"/>
        <source>Cancel the correction</source>
        <translation>Hủy sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="161"/>
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="162"/>
        <source>Attach evidence…</source>
        <translation>Đính kèm minh chứng…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="163"/>
        <source>Delete the selected record</source>
        <translation>Xóa bản ghi đang chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="164"/>
        <source>What the survey asked about</source>
        <translation>Cuộc khảo sát hỏi về điều gì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="165"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="165"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="165"/>
        <source>Place</source>
        <translation>Nơi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="165"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="166"/>
        <source>Numbers</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="166"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="194"/>
        <source>Choose from the list of hamlets</source>
        <translation>Chọn trong danh sách thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="236"/>
        <source>Choose a record in the table first.</source>
        <translation>Hãy chọn một bản ghi trong bảng trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="251"/>
        <source>Copying the evidence files…</source>
        <translation>Đang sao lưu tệp minh chứng…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="270"/>
        <source>Delete this record from the log?</source>
        <translation>Xóa bản ghi này khỏi sổ?</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="277"/>
        <source>Commune logs</source>
        <translation>Sổ theo dõi của xã</translation>
    </message>
</context>
</TS>
