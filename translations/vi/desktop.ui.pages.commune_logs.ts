<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneLogsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="116" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="117" />
        <source>Show:</source>
        <translation>Xem:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="118" />
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="119" />
        <source>Hamlet / residential group:</source>
        <translation>Thôn / tổ dân phố:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="120" />
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="121" />
        <source>Received / asked:</source>
        <translation>Tiếp nhận / được hỏi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="122" />
        <source>Answered / satisfied:</source>
        <translation>Đã trả lời / hài lòng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="123" />
        <source>Add to the log</source>
        <translation>Ghi vào sổ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="124" />
        <source>Delete the selected record</source>
        <translation>Xóa bản ghi đang chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="125" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="125" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="125" />
        <source>Place</source>
        <translation>Nơi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="125" />
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="126" />
        <source>Numbers</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="161" />
        <source>Delete this record from the log?</source>
        <translation>Xóa bản ghi này khỏi sổ?</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_logs.py" line="172" />
        <source>Commune logs</source>
        <translation>Sổ theo dõi của xã</translation>
    </message>
</context>
</TS>