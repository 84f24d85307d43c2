<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="93" />
        <source>Import members — {0}</source>
        <translation>Nhập danh sách đoàn viên — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="94" />
        <source>Skip the rows with errors and import the others</source>
        <translation>Bỏ qua các dòng lỗi, nhập các dòng còn lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="95" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="96" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="101" />
        <source>Reading {0}…</source>
        <translation>Đang đọc {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="104" />
        <source>Reading the members file…</source>
        <translation>Đang đọc tệp danh sách đoàn viên…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="108" />
        <source>Could not read the file: {0}</source>
        <translation>Không đọc được tệp: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="111" />
        <location filename="../../desktop/ui/members_import.py" line="182" />
        <location filename="../../desktop/ui/members_import.py" line="190" />
        <location filename="../../desktop/ui/members_import.py" line="193" />
        <source>Import members</source>
        <translation>Nhập danh sách đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="116" />
        <source>Sheet “{0}”, header on row {1}.</source>
        <translation>Trang “{0}”, dòng tiêu đề ở dòng {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="117" />
        <source>To add: {0}   To update: {1}   Unchanged: {2}   Rows with errors: {3}</source>
        <translation>Thêm mới: {0}   Cập nhật: {1}   Không đổi: {2}   Dòng lỗi: {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="120" />
        <source>Columns ignored: {0}</source>
        <translation>Cột bỏ qua: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="122" />
        <source>The file has errors: nothing will be written unless you fix them or choose to skip those rows.</source>
        <translation>Tệp có lỗi: chưa ghi gì cho đến khi sửa lỗi trong tệp hoặc chọn bỏ qua các dòng lỗi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="125" />
        <location filename="../../desktop/ui/members_import.py" line="137" />
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="125" />
        <location filename="../../desktop/ui/members_import.py" line="138" />
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="125" />
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="129" />
        <location filename="../../desktop/ui/members_import.py" line="132" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="129" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="129" />
        <source>Union card no.</source>
        <translation>Số thẻ đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="132" />
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="139" />
        <source>What</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="139" />
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="140" />
        <source>Errors ({0})</source>
        <translation>Lỗi ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="140" />
        <source>To add ({0})</source>
        <translation>Thêm mới ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="141" />
        <source>To update ({0})</source>
        <translation>Cập nhật ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="141" />
        <source>Duplicates in the file ({0})</source>
        <translation>Trùng trong tệp ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="142" />
        <source>Ignored ({0})</source>
        <translation>Bỏ qua ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="175" />
        <source>Importing members…</source>
        <translation>Đang nhập danh sách đoàn viên…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="183" />
        <source>Added {0}, updated {1}; {2} unchanged; {3} rows skipped.</source>
        <translation>Đã thêm {0}, cập nhật {1}; {2} không đổi; bỏ qua {3} dòng.</translation>
    </message>
</context>
</TS>