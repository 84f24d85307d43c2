<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="127" />
        <source>Search by name, card number or phone (no accents needed)</source>
        <translation>Tìm theo tên, số thẻ, số điện thoại (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="128" />
        <source>Active members</source>
        <translation>Đang sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="128" />
        <source>Everyone ever</source>
        <translation>Tất cả (cả người đã rời)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="129" />
        <source>Transferred out</source>
        <translation>Đã chuyển đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="130" />
        <source>Left the Union</source>
        <translation>Đã ra khỏi Đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="131" />
        <source>Any flags</source>
        <translation>Mọi tình trạng tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="132" />
        <source>Not active at residence (CD-3.3)</source>
        <translation>Chưa sinh hoạt nơi cư trú (CD-3.3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="133" />
        <source>Not registered for self-training (CD-3.4)</source>
        <translation>Chưa đăng ký Rèn luyện đoàn viên (CD-3.4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="134" />
        <source>No e-book yet (CD-3.5)</source>
        <translation>Chưa cấp sổ đoàn điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="135" />
        <source>No e-card yet (CD-3.5)</source>
        <translation>Chưa cấp thẻ đoàn điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="136" />
        <source>Party or not</source>
        <translation>Đảng viên hay không</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="136" />
        <source>Party members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="137" />
        <source>Not Party members</source>
        <translation>Không phải đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="139" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="140" />
        <source>Edit / history</source>
        <translation>Sửa / lịch sử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="141" />
        <source>Update flags…</source>
        <translation>Cập nhật hàng loạt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="142" />
        <source>Groups…</source>
        <translation>Nhóm…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="143" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="144" />
        <source>Only for a member entered by mistake; record a transfer or leaving in the history instead.</source>
        <translation>Chỉ dùng cho đoàn viên nhập nhầm; chuyển đi hoặc ra khỏi Đoàn thì ghi vào lịch sử.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="146" />
        <source>Import Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="147" />
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="148" />
        <source>Excel template…</source>
        <translation>Tệp mẫu Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="165" />
        <source>All groups</source>
        <translation>Mọi nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="199" />
        <source>Showing {0} of {1} members</source>
        <translation>Đang hiện {0} / {1} đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="255" />
        <location filename="../../desktop/ui/pages/members.py" line="264" />
        <source>Delete member</source>
        <translation>Xóa đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="256" />
        <source>Delete {0} completely? Use this only for a member entered by mistake: a member who transferred out or left should be recorded in the history, so past reports keep them.</source>
        <translation>Xóa hẳn {0}? Chỉ dùng khi nhập nhầm: đoàn viên chuyển đi hoặc ra khỏi Đoàn hãy ghi vào lịch sử để các báo cáo cũ vẫn còn họ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="269" />
        <source>Import members</source>
        <translation>Nhập danh sách đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="270" />
        <source>Excel or CSV files (*.xlsx *.xlsm *.xls *.csv);;All files (*)</source>
        <translation>Tệp Excel hoặc CSV (*.xlsx *.xlsm *.xls *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="281" />
        <source>Export members</source>
        <translation>Xuất danh sách đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="282" />
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Sổ làm việc Excel (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="289" />
        <source>Exporting members…</source>
        <translation>Đang xuất danh sách đoàn viên…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="292" />
        <source>Exported {0} members to {1}</source>
        <translation>Đã xuất {0} đoàn viên ra {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="296" />
        <source>Save the Excel template</source>
        <translation>Lưu tệp mẫu Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="298" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="304" />
        <source>Excel template</source>
        <translation>Tệp mẫu Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="306" />
        <source>Template saved to {0}</source>
        <translation>Đã lưu tệp mẫu vào {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="310" />
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/members.py" line="313" />
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
</context>
</TS>