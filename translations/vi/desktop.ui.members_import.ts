<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="97"/>
        <source>Import members — {0}</source>
        <translation>Nhập danh sách đoàn viên — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="98"/>
        <source>Skip the rows with errors and import the others</source>
        <translation>Bỏ qua các dòng lỗi, nhập các dòng còn lại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="99"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="100"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="105"/>
        <source>Reading {0}…</source>
        <translation>Đang đọc {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="108"/>
        <source>Reading the members file…</source>
        <translation>Đang đọc tệp danh sách đoàn viên…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="112"/>
        <source>Could not read the file: {0}</source>
        <translation>Không đọc được tệp: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="115"/>
        <location filename="../../desktop/ui/members_import.py" line="231"/>
        <location filename="../../desktop/ui/members_import.py" line="234"/>
        <source>Import members</source>
        <translation>Nhập danh sách đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="120"/>
        <source>Sheet “{0}”, header on row {1}.</source>
        <translation>Trang “{0}”, dòng tiêu đề ở dòng {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="121"/>
        <source>To add: {0}   To update: {1}   Unchanged: {2}   Rows with errors: {3}</source>
        <translation>Thêm mới: {0}   Cập nhật: {1}   Không đổi: {2}   Dòng lỗi: {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="124"/>
        <source>Columns ignored: {0}</source>
        <translation>Cột bỏ qua: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="126"/>
        <source>The file has errors: nothing will be written unless you fix them or choose to skip those rows.</source>
        <translation>Tệp có lỗi: chưa ghi gì cho đến khi sửa lỗi trong tệp hoặc chọn bỏ qua các dòng lỗi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="129"/>
        <source>{0} rows find a member by the Union card number but give another name or date of birth: you will be asked before they are changed.</source>
        <translation>{0} dòng nhận ra đoàn viên theo số thẻ đoàn viên nhưng ghi họ tên hoặc ngày sinh khác: sẽ hỏi lại trước khi đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="133"/>
        <source>{0} people in the file are already members of another branch of the grassroots union: see the tab “Already in another branch”.</source>
        <translation>{0} người trong tệp đang là đoàn viên của chi đoàn khác trong Đoàn cơ sở: xem thẻ “Đã có ở chi đoàn khác”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="137"/>
        <location filename="../../desktop/ui/members_import.py" line="149"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="137"/>
        <location filename="../../desktop/ui/members_import.py" line="150"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="137"/>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="141"/>
        <location filename="../../desktop/ui/members_import.py" line="144"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="141"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="141"/>
        <source>Union card no.</source>
        <translation>Số thẻ đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="144"/>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="151"/>
        <source>What</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="151"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="152"/>
        <source>Errors ({0})</source>
        <translation>Lỗi ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="152"/>
        <source>To add ({0})</source>
        <translation>Thêm mới ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="153"/>
        <source>To update ({0})</source>
        <translation>Cập nhật ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="153"/>
        <source>Duplicates in the file ({0})</source>
        <translation>Trùng trong tệp ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="154"/>
        <source>Ignored ({0})</source>
        <translation>Bỏ qua ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="154"/>
        <source>Already in another branch ({0})</source>
        <translation>Đã có ở chi đoàn khác ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="166"/>
        <source>Another person? {0} → {1}; {2}</source>
        <translation>Người khác? {0} → {1}; {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="172"/>
        <source>Row {0}: card {1} belongs to {2}; the file says {3}.</source>
        <translation>Dòng {0}: thẻ {1} là của {2}; tệp ghi {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="175"/>
        <source>… and {0} more rows.</source>
        <translation>… và {0} dòng khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="176"/>
        <source>{0} members found by their Union card number would get another name or date of birth:</source>
        <translation>{0} đoàn viên nhận ra theo số thẻ đoàn viên sẽ bị đổi họ tên hoặc ngày sinh:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="178"/>
        <source>Is each of them the same person (a corrected name or date of birth)? Choose No to import nothing and correct the card numbers in the file.</source>
        <translation>Có đúng là cùng một người (sửa lại họ tên hoặc ngày sinh) không? Chọn Không để chưa nhập gì và sửa số thẻ trong tệp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="180"/>
        <source>Change who these members are?</source>
        <translation>Đổi họ tên, ngày sinh của các đoàn viên này?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="213"/>
        <source>Importing members…</source>
        <translation>Đang nhập danh sách đoàn viên…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_import.py" line="220"/>
        <source>Added {0}, updated {1}; {2} unchanged; {3} rows skipped.</source>
        <translation>Đã thêm {0}, cập nhật {1}; {2} không đổi; bỏ qua {3} dòng.</translation>
    </message>
</context>
</TS>
