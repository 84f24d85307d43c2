<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>_FilePage</name>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="147"/>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="168"/>
        <source>The file “{0}” cannot be used:</source>
        <translation>Không dùng được tệp “{0}”:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="169"/>
        <source>Nothing was written. Choose another file.</source>
        <translation>Chưa ghi gì vào máy. Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="191"/>
        <source>Not logged in: the data was kept, log in the next time you start.</source>
        <translation>Chưa đăng nhập: dữ liệu đã được giữ lại, hãy đăng nhập ở lần mở sau.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="196"/>
        <source>it holds no unit of this installation.</source>
        <translation>tệp không có đơn vị nào của máy này.</translation>
    </message>
</context>
<context>
    <name>_ImportPage</name>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="280"/>
        <source>Open a data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="280"/>
        <source>Sổ Thi Đua data files (*.json)</source>
        <translation>Tệp dữ liệu Sổ Thi Đua (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="283"/>
        <source>Import data from a file</source>
        <translation>Nhập dữ liệu từ tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="284"/>
        <source>The unit, its branches, members and records from a data file.</source>
        <translation>Đơn vị, các chi đoàn trực thuộc, đoàn viên và hồ sơ từ một tệp dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="287"/>
        <source>Choose a unit data file (.json) exported from Sổ Thi Đua on another computer. It is checked completely first: if anything is wrong, you see every problem and nothing is written.</source>
        <translation>Chọn tệp dữ liệu đơn vị (.json) xuất từ Sổ Thi Đua trên máy khác. Tệp được kiểm tra toàn bộ trước: nếu có sai sót, bạn thấy mọi lỗi và chưa có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="291"/>
        <source>Data file:</source>
        <translation>Tệp dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="292"/>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="306"/>
        <source>{0} ({1}, code {2}).</source>
        <translation>{0} ({1}, mã {2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="310"/>
        <source>Units: {0}; members: {1}; activity records: {2}; volunteer activities: {3}.</source>
        <translation>Đơn vị: {0}; đoàn viên: {1}; bản ghi sinh hoạt, hoạt động: {2}; hoạt động tình nguyện: {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="316"/>
        <source>Branches: {0}</source>
        <translation>Chi đoàn: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="322"/>
        <source>{0} people are active members twice in this file (each copy counts in the base):</source>
        <translation>{0} người có tên hai lần trong tệp (mỗi bản được tính một đoàn viên):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="329"/>
        <source>Press Finish to import it; it becomes this computer&apos;s unit.</source>
        <translation>Bấm Hoàn tất để nhập; đơn vị này trở thành đơn vị của máy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="338"/>
        <source>Importing…</source>
        <translation>Đang nhập dữ liệu…</translation>
    </message>
</context>
<context>
    <name>_JoinPage</name>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="396"/>
        <source>matches</source>
        <translation>khớp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="396"/>
        <source>does not match this file</source>
        <translation>không khớp với tệp này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="416"/>
        <source>Open an invitation</source>
        <translation>Mở thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="416"/>
        <source>Sổ Thi Đua invitations (*.stmoi)</source>
        <translation>Thư mời Sổ Thi Đua (*.stmoi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="419"/>
        <source>Accept an invitation</source>
        <translation>Nhận thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="420"/>
        <source>Your unit and its upper level, from the invitation file.</source>
        <translation>Đơn vị của bạn và đơn vị cấp trên, lấy từ tệp thư mời.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="423"/>
        <source>Choose the invitation file (.stmoi) your upper level sent (your Đoàn cơ sở, or the Ban Tuyên giáo và Dân vận for a Party committee). Check that the invitation code shown below is the one printed on the invitation page.</source>
        <translation>Chọn tệp thư mời (.stmoi) do đơn vị cấp trên gửi (Đoàn cơ sở; với Đảng ủy xã là Ban Tuyên giáo và Dân vận). Kiểm tra mã mời hiện bên dưới trùng với mã in trên trang thư mời.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="428"/>
        <source>Invitation file:</source>
        <translation>Tệp thư mời:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="429"/>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="430"/>
        <source>Invitation code on the printed page (optional):</source>
        <translation>Mã mời in trên trang thư mời (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="431"/>
        <source>Who signs the unit&apos;s documents</source>
        <translation>Người ký văn bản của đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="432"/>
        <source>Title (e.g. BÍ THƯ)</source>
        <translation>Chức vụ (ví dụ BÍ THƯ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="433"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="434"/>
        <source>e.g. Nguyễn Thị Hoa — printed under the signature</source>
        <translation>ví dụ Nguyễn Thị Hoa — in dưới chữ ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="449"/>
        <source>Your unit: {0} (code {1}).</source>
        <translation>Đơn vị của bạn: {0} (mã {1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="450"/>
        <source>Upper level: {0} (code {1}).</source>
        <translation>Đơn vị cấp trên: {0} (mã {1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="451"/>
        <source>Invitation code: {0}</source>
        <translation>Mã mời: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="452"/>
        <source>Press Finish to set up your unit and connect it to {0}.</source>
        <translation>Bấm Hoàn tất để tạo hồ sơ đơn vị và kết nối với {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="463"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
</context>
<context>
    <name>_RestorePage</name>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="217"/>
        <source>Open a backup file</source>
        <translation>Mở tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="217"/>
        <source>Sổ Thi Đua backups (*.zip *.db)</source>
        <translation>Bản sao lưu Sổ Thi Đua (*.zip *.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="220"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="222"/>
        <source>Your unit&apos;s data, members, records and evidence files as they were when the backup was made.</source>
        <translation>Dữ liệu của đơn vị, đoàn viên, hồ sơ và tệp minh chứng như lúc sao lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="226"/>
        <source>Choose a backup file made by Sổ Thi Đua (“Back up now” or “Back up to a USB stick”; its name starts with “sothidua” and the date it was made). It is checked before anything is written.</source>
        <translation>Chọn tệp sao lưu do Sổ Thi Đua tạo (“Sao lưu ngay” hoặc “Sao lưu ra USB”; tên tệp bắt đầu bằng “sothidua” và ngày tạo). Tệp được kiểm tra trước khi ghi bất cứ gì.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="230"/>
        <source>Backup file:</source>
        <translation>Tệp sao lưu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="231"/>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="252"/>
        <source>Backup of {0}, made on {1} ({2}).</source>
        <translation>Bản sao lưu của {0}, tạo lúc {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="253"/>
        <source>an unnamed unit</source>
        <translation>đơn vị chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="260"/>
        <source>Press Finish to restore it.</source>
        <translation>Bấm Hoàn tất để khôi phục.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_files.py" line="269"/>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
</context>
</TS>
