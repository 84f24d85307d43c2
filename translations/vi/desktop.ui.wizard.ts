<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="402" />
        <source>Sổ Thi Đua — first run</source>
        <translation>Sổ Thi Đua — thiết lập lần đầu</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="209" />
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="227" />
        <source>The file “{0}” cannot be used:</source>
        <translation>Không dùng được tệp “{0}”:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="228" />
        <source>Nothing was written. Choose another file.</source>
        <translation>Chưa ghi gì vào máy. Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="245" />
        <source>Not logged in: the data was kept, log in the next time you start.</source>
        <translation>Chưa đăng nhập: dữ liệu đã được giữ lại, hãy đăng nhập ở lần mở sau.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="250" />
        <source>it holds no unit of this installation.</source>
        <translation>tệp không có đơn vị nào của máy này.</translation>
    </message>
</context>
<context>
    <name>_ImportPage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="331" />
        <source>Open a data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="332" />
        <source>Sổ Thi Đua data files (*.json)</source>
        <translation>Tệp dữ liệu Sổ Thi Đua (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="335" />
        <source>Import data from a file</source>
        <translation>Nhập dữ liệu từ tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="336" />
        <source>The unit, its branches, members and records from a data file.</source>
        <translation>Đơn vị, các chi đoàn trực thuộc, đoàn viên và hồ sơ từ một tệp dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="338" />
        <source>Choose a unit data file (.json) exported from Sổ Thi Đua on another computer. It is checked completely first: if anything is wrong, you see every problem and nothing is written.</source>
        <translation>Chọn tệp dữ liệu đơn vị (.json) xuất từ Sổ Thi Đua trên máy khác. Tệp được kiểm tra toàn bộ trước: nếu có sai sót, bạn thấy mọi lỗi và chưa có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="340" />
        <source>Data file:</source>
        <translation>Tệp dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="341" />
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="356" />
        <source>{0} ({1}, code {2}).</source>
        <translation>{0} ({1}, mã {2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="358" />
        <source>Units: {0}; members: {1}; activity records: {2}; volunteer activities: {3}.</source>
        <translation>Đơn vị: {0}; đoàn viên: {1}; bản ghi sinh hoạt, hoạt động: {2}; hoạt động tình nguyện: {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="363" />
        <source>Branches: {0}</source>
        <translation>Chi đoàn: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="364" />
        <source>Press Finish to import it; it becomes this computer's unit.</source>
        <translation>Bấm Hoàn tất để nhập; đơn vị này trở thành đơn vị của máy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="373" />
        <source>Importing…</source>
        <translation>Đang nhập dữ liệu…</translation>
    </message>
</context>
<context>
    <name>_RestorePage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="271" />
        <source>Open a backup file</source>
        <translation>Mở tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="272" />
        <source>Sổ Thi Đua backups (*.zip *.db)</source>
        <translation>Bản sao lưu Sổ Thi Đua (*.zip *.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="275" />
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="276" />
        <source>Your unit's data, members, records and evidence files as they were when the backup was made.</source>
        <translation>Dữ liệu của đơn vị, đoàn viên, hồ sơ và tệp minh chứng như lúc sao lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="279" />
        <source>Choose a backup file made by Sổ Thi Đua (“Back up now” or “Back up to a USB stick”; its name starts with “sothidua” and the date it was made). It is checked before anything is written.</source>
        <translation>Chọn tệp sao lưu do Sổ Thi Đua tạo (“Sao lưu ngay” hoặc “Sao lưu ra USB”; tên tệp bắt đầu bằng “sothidua” và ngày tạo). Tệp được kiểm tra trước khi ghi bất cứ gì.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="281" />
        <source>Backup file:</source>
        <translation>Tệp sao lưu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="282" />
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="303" />
        <source>Backup of {0}, made on {1} ({2}).</source>
        <translation>Bản sao lưu của {0}, tạo lúc {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="304" />
        <source>an unnamed unit</source>
        <translation>đơn vị chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="310" />
        <source>{0} evidence files.</source>
        <translation>{0} tệp minh chứng.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="311" />
        <source>Press Finish to restore it.</source>
        <translation>Bấm Hoàn tất để khôi phục.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="320" />
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
</context>
<context>
    <name>_UnitPage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="112" />
        <source>Your unit</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="113" />
        <source>The unit code is used on reports and when sending to the upper level.</source>
        <translation>Mã đơn vị được dùng trên báo cáo và khi gửi lên cấp trên.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="77" />
        <source>Welcome to Sổ Thi Đua</source>
        <translation>Chào mừng đến với Sổ Thi Đua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="79" />
        <source>Sổ Thi Đua keeps your unit's record of the “Chi đoàn XHCN gắn với Đoàn viên XHCN” campaign: registration, quarterly monitoring of the 16 criteria, volunteer days, and the reports your upper level needs. Everything stays on this computer.

How do you want to start?</source>
        <translation>Sổ Thi Đua lưu hồ sơ phong trào “Chi đoàn XHCN gắn với Đoàn viên XHCN” của đơn vị: đăng ký, theo dõi hằng quý 16 tiêu chí, ngày tình nguyện và các báo cáo cấp trên cần. Mọi dữ liệu chỉ nằm trên máy này.

Bạn muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="83" />
        <source>Create my unit</source>
        <translation>Tạo đơn vị mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="84" />
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="85" />
        <source>Import data from a file</source>
        <translation>Nhập dữ liệu từ tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="87" />
        <source>The first time you use Sổ Thi Đua: enter your unit's name and code.</source>
        <translation>Lần đầu dùng Sổ Thi Đua: nhập tên và mã đơn vị.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="88" />
        <source>Moving to a new computer, or after a reinstall: choose a backup file (.zip) made by Sổ Thi Đua, for example from a USB stick.</source>
        <translation>Chuyển sang máy mới hoặc sau khi cài lại: chọn tệp sao lưu (.zip) do Sổ Thi Đua tạo, ví dụ từ USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="90" />
        <source>A unit data file (.json) exported from Sổ Thi Đua on another computer, for example sent by your upper level.</source>
        <translation>Tệp dữ liệu đơn vị (.json) xuất từ Sổ Thi Đua trên máy khác, ví dụ do cấp trên gửi.</translation>
    </message>
</context>
</TS>