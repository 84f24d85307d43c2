<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="155"/>
        <source>Search by name, card number or phone (no accents needed)</source>
        <translation>Tìm theo tên, số thẻ, số điện thoại (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="156"/>
        <source>Active members</source>
        <translation>Đang sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="156"/>
        <source>Everyone ever</source>
        <translation>Tất cả (cả người đã rời)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="157"/>
        <source>Transferred out</source>
        <translation>Đã chuyển đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="158"/>
        <source>Left the Union</source>
        <translation>Đã ra khỏi Đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="159"/>
        <source>Any flags</source>
        <translation>Mọi tình trạng tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="160"/>
        <source>Not active at residence (CD-3.3)</source>
        <translation>Chưa sinh hoạt nơi cư trú (CD-3.3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="161"/>
        <source>Not registered for self-training (CD-3.4)</source>
        <translation>Chưa đăng ký Rèn luyện đoàn viên (CD-3.4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="162"/>
        <source>No e-book yet (CD-3.5)</source>
        <translation>Chưa cấp sổ đoàn điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="163"/>
        <source>No e-card yet (CD-3.5)</source>
        <translation>Chưa cấp thẻ đoàn điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="164"/>
        <source>Party or not</source>
        <translation>Đảng viên hay không</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="164"/>
        <source>Party members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="165"/>
        <source>Not Party members</source>
        <translation>Không phải đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="170"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="171"/>
        <source>Add a member (Ctrl+N)</source>
        <translation>Thêm đoàn viên (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="172"/>
        <source>Search (Ctrl+F)</source>
        <translation>Tìm (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="173"/>
        <source>Edit / history</source>
        <translation>Sửa / lịch sử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="174"/>
        <source>Update flags…</source>
        <translation>Cập nhật hàng loạt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="175"/>
        <source>Groups…</source>
        <translation>Nhóm…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="176"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="177"/>
        <source>Only for a member entered by mistake; record a transfer or leaving in the history instead.</source>
        <translation>Chỉ dùng cho đoàn viên nhập nhầm; chuyển đi hoặc ra khỏi Đoàn thì ghi vào lịch sử.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="179"/>
        <source>Import Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="180"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="181"/>
        <source>Excel template…</source>
        <translation>Tệp mẫu Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="167"/>
        <location filename="../../desktop/ui/pages/members.py" line="169"/>
        <location filename="../../desktop/ui/pages/members.py" line="197"/>
        <source>All groups</source>
        <translation>Mọi nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="235"/>
        <source>{0} people have two active records here and are counted twice: {1}. Delete the extra record or correct it.</source>
        <translation>{0} người có hai bản ghi đang sinh hoạt ở đây nên bị tính hai lần: {1}. Xóa bản ghi thừa hoặc sửa lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="260"/>
        <source>Showing {0} of {1} members</source>
        <translation>Đang hiện {0} / {1} đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="317"/>
        <location filename="../../desktop/ui/pages/members.py" line="326"/>
        <source>Delete member</source>
        <translation>Xóa đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="318"/>
        <source>Delete {0} completely? Use this only for a member entered by mistake: a member who transferred out or left should be recorded in the history, so past reports keep them.</source>
        <translation>Xóa hẳn {0}? Chỉ dùng khi nhập nhầm: đoàn viên chuyển đi hoặc ra khỏi Đoàn hãy ghi vào lịch sử để các báo cáo cũ vẫn còn họ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="330"/>
        <source>Import members</source>
        <translation>Nhập danh sách đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="331"/>
        <source>Excel or CSV files (*.xlsx *.xlsm *.xls *.csv);;All files (*)</source>
        <translation>Tệp Excel hoặc CSV (*.xlsx *.xlsm *.xls *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="342"/>
        <source>Export members</source>
        <translation>Xuất danh sách đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="343"/>
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Sổ làm việc Excel (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="350"/>
        <source>Exporting members…</source>
        <translation>Đang xuất danh sách đoàn viên…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="353"/>
        <source>Exported {0} members to {1}</source>
        <translation>Đã xuất {0} đoàn viên ra {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="357"/>
        <source>Save the Excel template</source>
        <translation>Lưu tệp mẫu Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="358"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="364"/>
        <source>Excel template</source>
        <translation>Tệp mẫu Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="366"/>
        <source>Template saved to {0}</source>
        <translation>Đã lưu tệp mẫu vào {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="370"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="373"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
</context>
</TS>
