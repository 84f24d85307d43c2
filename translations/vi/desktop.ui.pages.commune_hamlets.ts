<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneHamletsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="32" />
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>Bảng tính (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="38" />
        <source>List of hamlets</source>
        <translation>Danh sách thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="128" />
        <source>Hamlets and residential groups of the commune</source>
        <translation>Thôn, tổ dân phố của xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="129" />
        <source>Indicators counted per hamlet</source>
        <translation>Chỉ tiêu tính theo từng thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="130" />
        <source>Name, e.g. Thôn Đông</source>
        <translation>Tên, ví dụ Thôn Đông</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="131" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="132" />
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="133" />
        <source>Stop counting (merged or dissolved)</source>
        <translation>Ngừng tính (đã sáp nhập, giải thể)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="134" />
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="135" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="136" />
        <source>Indicator:</source>
        <translation>Chỉ tiêu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="137" />
        <source>Save the marks</source>
        <translation>Lưu đánh dấu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="138" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="138" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="139" />
        <source>Hamlet</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="139" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="139" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="169" />
        <source>%1 hamlet(s) and residential group(s) counted.</source>
        <translation>Đang tính %1 thôn, tổ dân phố.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="171" />
        <source>No list yet: add the hamlets one by one or import the list from Excel. Every “100% of hamlets” indicator is then computed from it.</source>
        <translation>Chưa có danh sách: thêm từng thôn, tổ dân phố hoặc nhập danh sách từ Excel. Mọi chỉ tiêu “100% thôn, tổ dân phố” sẽ được tính từ danh sách này.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="190" />
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="200" />
        <source>Choose a hamlet in the list first.</source>
        <translation>Hãy chọn một thôn, tổ dân phố trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="192" />
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="192" />
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="202" />
        <source>Stop counting “%1”? Its past records stay; it no longer counts in the indicators from now on.</source>
        <translation>Ngừng tính “%1”? Các bản ghi trước đây vẫn giữ; từ nay nơi này không còn được tính trong các chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="219" />
        <source>Not imported</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="222" />
        <source>Nothing new</source>
        <translation>Không có gì mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="223" />
        <source>Every hamlet in the file is already in the list.</source>
        <translation>Mọi thôn, tổ dân phố trong tệp đã có trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="225" />
        <source>Add %1 hamlet(s): %2?</source>
        <translation>Thêm %1 thôn, tổ dân phố: %2?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="228" />
        <source>Already in the list: %1.</source>
        <translation>Đã có trong danh sách: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="233" />
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="241" />
        <source>Add the list of hamlets first.</source>
        <translation>Hãy lập danh sách thôn, tổ dân phố trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="262" />
        <source>%1 of %2 hamlets meet this indicator.</source>
        <translation>%1/%2 thôn, tổ dân phố đạt chỉ tiêu này.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_hamlets.py" line="281" />
        <source>Hamlets</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
</context>
</TS>