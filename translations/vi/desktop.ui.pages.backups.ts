<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="29" />
        <source>Back up to a folder</source>
        <translation>Sao lưu vào thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="31" />
        <source>Open a backup file</source>
        <translation>Mở tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="31" />
        <source>Sổ Thi Đua backups (*.zip *.db)</source>
        <translation>Bản sao lưu Sổ Thi Đua (*.zip *.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="61" />
        <source>good</source>
        <translation>tốt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="61" />
        <source>DAMAGED</source>
        <translation>HỎNG</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="144" />
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="145" />
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="146" />
        <source>Back up to a USB stick or folder…</source>
        <translation>Sao lưu ra USB hoặc thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="147" />
        <source>Check the data</source>
        <translation>Kiểm tra dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="148" />
        <source>Restore the selected backup…</source>
        <translation>Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="149" />
        <source>Restore from a file…</source>
        <translation>Khôi phục từ tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="150" />
        <source>Result of the check</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="151" />
        <source>Automatic backups</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="152" />
        <source>Daily backups to keep (days)</source>
        <translation>Giữ bản sao lưu hằng ngày (số ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="153" />
        <source>Weekly backups to keep (weeks)</source>
        <translation>Giữ bản sao lưu hằng tuần (số tuần)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="154" />
        <source>Monthly backups to keep (months)</source>
        <translation>Giữ bản sao lưu hằng tháng (số tháng)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="156" />
        <source>Back up once a day while Sổ Thi Đua is open</source>
        <translation>Mỗi ngày tự sao lưu một lần khi Sổ Thi Đua đang mở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="157" />
        <source>Back up when Sổ Thi Đua closes</source>
        <translation>Tự sao lưu khi đóng Sổ Thi Đua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="158" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="159" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="159" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="159" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="159" />
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="160" />
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="160" />
        <source>Submissions</source>
        <translation>Hồ sơ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="160" />
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="161" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="161" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="162" />
        <source>Backups folder: {0}</source>
        <translation>Thư mục sao lưu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="191" />
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="195" />
        <source>no counts</source>
        <translation>không có số liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="197" />
        <source>{0} evidence files; made by version {1}, data schema {2}.</source>
        <translation>{0} tệp minh chứng; tạo bởi phiên bản {1}, lược đồ dữ liệu {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="200" />
        <source>Damaged: {0}</source>
        <translation>Bị hỏng: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="205" />
        <source>No backup yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="211" />
        <location filename="../../desktop/ui/pages/backups.py" line="221" />
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="227" />
        <source>Backup made</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="227" />
        <source>The data was backed up to:
{0}

{1}</source>
        <translation>Dữ liệu đã được sao lưu vào:
{0}

{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="232" />
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="251" />
        <source>Cannot restore</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="253" />
        <source>Bring the data back to this backup?</source>
        <translation>Đưa dữ liệu về đúng bản sao lưu này?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="254" />
        <source>Everything entered after it will be replaced. The current data is backed up first (kind “Before a restore”), so this can be undone.</source>
        <translation>Mọi thứ nhập sau thời điểm đó sẽ bị thay thế. Dữ liệu hiện tại được sao lưu trước (loại “Trước khi khôi phục”), nên có thể quay lại được.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="256" />
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="264" />
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="279" />
        <source>The data is now as it was on {0}.</source>
        <translation>Dữ liệu đã trở về đúng như lúc {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="282" />
        <source>The data from before the restore was kept in:
{0}</source>
        <translation>Dữ liệu trước khi khôi phục được giữ trong:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="284" />
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="289" />
        <source>Checking the data…</source>
        <translation>Đang kiểm tra dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="297" />
        <source>Database integrity: good</source>
        <translation>Toàn vẹn cơ sở dữ liệu: tốt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="298" />
        <source>Database integrity: DAMAGED ({0})</source>
        <translation>Toàn vẹn cơ sở dữ liệu: HỎNG ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="300" />
        <source>Change history chain: intact ({0} entries)</source>
        <translation>Chuỗi nhật ký thay đổi: nguyên vẹn ({0} mục)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="302" />
        <source>Change history chain: BROKEN at entry {0} ({1})</source>
        <translation>Chuỗi nhật ký thay đổi: ĐỨT tại mục số {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="305" />
        <source>Change history compared with backups: {0}</source>
        <translation>Đối chiếu nhật ký với các bản sao lưu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="307" />
        <source>Data schema: {0} (this version: {1})</source>
        <translation>Lược đồ dữ liệu: {0} (phiên bản này: {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="309" />
        <source>Evidence files: all {0} present and unchanged</source>
        <translation>Tệp minh chứng: đủ cả {0} tệp, không bị thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="311" />
        <source>Evidence files: {0} missing, {1} changed, {2} not belonging to any record</source>
        <translation>Tệp minh chứng: thiếu {0}, bị thay đổi {1}, {2} tệp không thuộc bản ghi nào</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="317" />
        <source>Newest good backup: {0}</source>
        <translation>Bản sao lưu tốt gần nhất: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="62" />
        <source>newer version</source>
        <translation>phiên bản mới hơn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="258" />
        <source>This backup was made by a newer version of Sổ Thi Đua: install the newest version to restore it.</source>
        <translation>Bản sao lưu này do phiên bản Sổ Thi Đua mới hơn tạo ra: hãy cài phiên bản mới nhất rồi khôi phục.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="270" />
        <source>What changes (now → after the restore):</source>
        <translation>Thay đổi (hiện tại → sau khi khôi phục):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="272" />
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="280" />
        <source>Unchanged: {0}</source>
        <translation>Không đổi: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="275" />
        <source>Current data: {0}</source>
        <translation>Dữ liệu hiện tại: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="276" />
        <source>, last change {0}</source>
        <translation>, thay đổi gần nhất lúc {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="279" />
        <source>WARNING: the backup holds the data of another unit.</source>
        <translation>CHÚ Ý: bản sao lưu là dữ liệu của một đơn vị khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="281" />
        <source>{0} changes recorded after the backup will be undone.</source>
        <translation>{0} thay đổi ghi sau bản sao lưu sẽ bị hủy.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/backups.py" line="342" />
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
</context>
</TS>