<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="104" />
        <source>Import attendance from Excel</source>
        <translation>Nhập điểm danh từ Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="105" />
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="126" />
        <source>Attendance sheet</source>
        <translation>Danh sách điểm danh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="106" />
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="107" />
        <source>Save a blank sheet…</source>
        <translation>Lưu mẫu điểm danh…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="108" />
        <source>Credit to</source>
        <translation>Ghi nhận cho</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="109" />
        <source>A new activity described at the top of the sheet</source>
        <translation>Hoạt động mới theo phần đầu trang tính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="110" />
        <source>Skip the rows with errors and import the others</source>
        <translation>Bỏ các dòng lỗi, nhập các dòng đúng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="111" />
        <source>Credit members already credited on the same day by another activity</source>
        <translation>Vẫn ghi nhận đoàn viên đã được ghi trong cùng ngày ở hoạt động khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="112" />
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="112" />
        <source>Name in the sheet</source>
        <translation>Họ tên trong tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="112" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="112" />
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="113" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="114" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="117" />
        <source>Choose an Excel sheet with a “Họ và tên” column. Nothing is written until you press Import; a sheet with errors writes nothing unless you choose to skip those rows.</source>
        <translation>Chọn một bảng tính Excel có cột “Họ và tên”. Chưa ghi gì cho đến khi bấm Nhập; tệp có lỗi sẽ không được ghi trừ khi chọn bỏ các dòng lỗi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="121" />
        <source>Will be credited</source>
        <translation>Sẽ ghi nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="121" />
        <source>Already credited</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="122" />
        <source>Listed twice</source>
        <translation>Trùng tên trong tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="122" />
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="127" />
        <source>Excel workbooks (*.xlsx *.xlsm *.xls)</source>
        <translation>Bảng tính Excel (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="136" />
        <source>Save a blank sheet</source>
        <translation>Lưu mẫu điểm danh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="137" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="154" />
        <source>Reading the sheet…</source>
        <translation>Đang đọc bảng tính…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="168" />
        <source>Same member as row {0}</source>
        <translation>Cùng đoàn viên với dòng {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="178" />
        <source>{0} — {1}, {2}, {3} days each. </source>
        <translation>{0} — {1}, {2}, mỗi người {3} ngày. </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="181" />
        <source>{0} to credit, {1} already credited, {2} listed twice, {3} rows with errors.</source>
        <translation>{0} người sẽ được ghi nhận, {1} đã có, {2} trùng tên trong tệp, {3} dòng lỗi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_import_dialog.py" line="211" />
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
</context>
</TS>