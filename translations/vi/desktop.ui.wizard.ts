<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="599"/>
        <source>Sổ Thi Đua — first run</source>
        <translation>Sổ Thi Đua — thiết lập lần đầu</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="282"/>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="301"/>
        <source>The file “{0}” cannot be used:</source>
        <translation>Không dùng được tệp “{0}”:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="302"/>
        <source>Nothing was written. Choose another file.</source>
        <translation>Chưa ghi gì vào máy. Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="319"/>
        <source>Not logged in: the data was kept, log in the next time you start.</source>
        <translation>Chưa đăng nhập: dữ liệu đã được giữ lại, hãy đăng nhập ở lần mở sau.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="324"/>
        <source>it holds no unit of this installation.</source>
        <translation>tệp không có đơn vị nào của máy này.</translation>
    </message>
</context>
<context>
    <name>_ImportPage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="402"/>
        <source>Open a data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="402"/>
        <source>Sổ Thi Đua data files (*.json)</source>
        <translation>Tệp dữ liệu Sổ Thi Đua (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="405"/>
        <source>Import data from a file</source>
        <translation>Nhập dữ liệu từ tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="406"/>
        <source>The unit, its branches, members and records from a data file.</source>
        <translation>Đơn vị, các chi đoàn trực thuộc, đoàn viên và hồ sơ từ một tệp dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="408"/>
        <source>Choose a unit data file (.json) exported from Sổ Thi Đua on another computer. It is checked completely first: if anything is wrong, you see every problem and nothing is written.</source>
        <translation>Chọn tệp dữ liệu đơn vị (.json) xuất từ Sổ Thi Đua trên máy khác. Tệp được kiểm tra toàn bộ trước: nếu có sai sót, bạn thấy mọi lỗi và chưa có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="410"/>
        <source>Data file:</source>
        <translation>Tệp dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="411"/>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="426"/>
        <source>{0} ({1}, code {2}).</source>
        <translation>{0} ({1}, mã {2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="428"/>
        <source>Units: {0}; members: {1}; activity records: {2}; volunteer activities: {3}.</source>
        <translation>Đơn vị: {0}; đoàn viên: {1}; bản ghi sinh hoạt, hoạt động: {2}; hoạt động tình nguyện: {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="433"/>
        <source>Branches: {0}</source>
        <translation>Chi đoàn: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="437"/>
        <source>{0} people are active members twice in this file (each copy counts in the base):</source>
        <translation>{0} người có tên hai lần trong tệp (mỗi bản được tính một đoàn viên):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="439"/>
        <source>Press Finish to import it; it becomes this computer&apos;s unit.</source>
        <translation>Bấm Hoàn tất để nhập; đơn vị này trở thành đơn vị của máy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="448"/>
        <source>Importing…</source>
        <translation>Đang nhập dữ liệu…</translation>
    </message>
</context>
<context>
    <name>_JoinPage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="506"/>
        <source>matches</source>
        <translation>khớp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="507"/>
        <source>does not match this file</source>
        <translation>không khớp với tệp này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="524"/>
        <source>Open an invitation</source>
        <translation>Mở thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="524"/>
        <source>Sổ Thi Đua invitations (*.stmoi)</source>
        <translation>Thư mời Sổ Thi Đua (*.stmoi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="527"/>
        <source>Accept an invitation</source>
        <translation>Nhận thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="528"/>
        <source>Your unit and its upper level, from the invitation file.</source>
        <translation>Đơn vị của bạn và đơn vị cấp trên, lấy từ tệp thư mời.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="530"/>
        <source>Choose the invitation file (.stmoi) your upper level sent (your Đoàn cơ sở, or the Ban Tuyên giáo và Dân vận for a Party committee). Check that the invitation code shown below is the one printed on the invitation page.</source>
        <translation>Chọn tệp thư mời (.stmoi) do đơn vị cấp trên gửi (Đoàn cơ sở; với Đảng ủy xã là Ban Tuyên giáo và Dân vận). Kiểm tra mã mời hiện bên dưới trùng với mã in trên trang thư mời.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="533"/>
        <source>Invitation file:</source>
        <translation>Tệp thư mời:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="534"/>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="535"/>
        <source>Invitation code on the printed page (optional):</source>
        <translation>Mã mời in trên trang thư mời (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="536"/>
        <source>Who signs the unit&apos;s documents</source>
        <translation>Người ký văn bản của đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="537"/>
        <source>Title (e.g. BÍ THƯ)</source>
        <translation>Chức vụ (ví dụ BÍ THƯ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="538"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="539"/>
        <source>e.g. Nguyễn Thị Hoa — printed under the signature</source>
        <translation>ví dụ Nguyễn Thị Hoa — in dưới chữ ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="554"/>
        <source>Your unit: {0} (code {1}).</source>
        <translation>Đơn vị của bạn: {0} (mã {1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="555"/>
        <source>Upper level: {0} (code {1}).</source>
        <translation>Đơn vị cấp trên: {0} (mã {1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="556"/>
        <source>Invitation code: {0}</source>
        <translation>Mã mời: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="557"/>
        <source>Press Finish to set up your unit and connect it to {0}.</source>
        <translation>Bấm Hoàn tất để tạo hồ sơ đơn vị và kết nối với {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="568"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
</context>
<context>
    <name>_RestorePage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="345"/>
        <source>Open a backup file</source>
        <translation>Mở tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="345"/>
        <source>Sổ Thi Đua backups (*.zip *.db)</source>
        <translation>Bản sao lưu Sổ Thi Đua (*.zip *.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="348"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="349"/>
        <source>Your unit&apos;s data, members, records and evidence files as they were when the backup was made.</source>
        <translation>Dữ liệu của đơn vị, đoàn viên, hồ sơ và tệp minh chứng như lúc sao lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="352"/>
        <source>Choose a backup file made by Sổ Thi Đua (“Back up now” or “Back up to a USB stick”; its name starts with “sothidua” and the date it was made). It is checked before anything is written.</source>
        <translation>Chọn tệp sao lưu do Sổ Thi Đua tạo (“Sao lưu ngay” hoặc “Sao lưu ra USB”; tên tệp bắt đầu bằng “sothidua” và ngày tạo). Tệp được kiểm tra trước khi ghi bất cứ gì.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="354"/>
        <source>Backup file:</source>
        <translation>Tệp sao lưu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="355"/>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="376"/>
        <source>Backup of {0}, made on {1} ({2}).</source>
        <translation>Bản sao lưu của {0}, tạo lúc {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="377"/>
        <source>an unnamed unit</source>
        <translation>đơn vị chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="382"/>
        <source>Press Finish to restore it.</source>
        <translation>Bấm Hoàn tất để khôi phục.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="391"/>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
</context>
<context>
    <name>_UnitPage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="164"/>
        <source>Your unit</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="165"/>
        <source>The unit code is used on reports and when sending to the upper level.</source>
        <translation>Mã đơn vị được dùng trên báo cáo và khi gửi lên cấp trên.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="166"/>
        <source>Who signs the unit&apos;s documents</source>
        <translation>Người ký văn bản của đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="167"/>
        <source>Title (e.g. BÍ THƯ)</source>
        <translation>Chức vụ (ví dụ BÍ THƯ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="168"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="169"/>
        <source>e.g. Nguyễn Thị Hoa — printed under the signature</source>
        <translation>ví dụ Nguyễn Thị Hoa — in dưới chữ ký</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="94"/>
        <source>Welcome to Sổ Thi Đua</source>
        <translation>Chào mừng đến với Sổ Thi Đua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="96"/>
        <source>Sổ Thi Đua keeps your unit&apos;s record of the “Chi đoàn XHCN gắn với Đoàn viên XHCN” campaign: registration, quarterly monitoring of the 16 criteria, volunteer days, and the reports your upper level needs. Everything stays on this computer.

How do you want to start?</source>
        <translation>Sổ Thi Đua lưu hồ sơ phong trào “Chi đoàn XHCN gắn với Đoàn viên XHCN” của đơn vị: đăng ký, theo dõi hằng quý 16 tiêu chí, ngày tình nguyện và các báo cáo cấp trên cần. Mọi dữ liệu chỉ nằm trên máy này.

Bạn muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="100"/>
        <source>Create my unit</source>
        <translation>Tạo đơn vị mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="101"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="102"/>
        <source>Import data from a file</source>
        <translation>Nhập dữ liệu từ tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="103"/>
        <source>Accept an invitation from my upper level</source>
        <translation>Nhận thư mời của đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="105"/>
        <source>Your Đoàn cơ sở sent an invitation file (.stmoi) by Zalo, e-mail or USB: it sets up your branch and connects it to the Đoàn cơ sở in one step.</source>
        <translation>Đoàn cơ sở đã gửi tệp thư mời (.stmoi) qua Zalo, thư điện tử hoặc USB: tệp đó tạo hồ sơ chi đoàn và kết nối với Đoàn cơ sở trong một bước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="107"/>
        <source>The first time you use Sổ Thi Đua: enter your unit&apos;s name and code.</source>
        <translation>Lần đầu dùng Sổ Thi Đua: nhập tên và mã đơn vị.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="108"/>
        <source>Moving to a new computer, or after a reinstall: choose a backup file (.zip) made by Sổ Thi Đua, for example from a USB stick.</source>
        <translation>Chuyển sang máy mới hoặc sau khi cài lại: chọn tệp sao lưu (.zip) do Sổ Thi Đua tạo, ví dụ từ USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="110"/>
        <source>A unit data file (.json) exported from Sổ Thi Đua on another computer, for example sent by your upper level.</source>
        <translation>Tệp dữ liệu đơn vị (.json) xuất từ Sổ Thi Đua trên máy khác, ví dụ do cấp trên gửi.</translation>
    </message>
</context>
</TS>
