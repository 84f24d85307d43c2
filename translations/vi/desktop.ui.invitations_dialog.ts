<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AddBranchDialog</name>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="39" />
        <source>Add a branch</source>
        <translation>Thêm chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="53" />
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="54" />
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="55" />
        <source>Branch type:</source>
        <translation>Loại hình chi đoàn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="56" />
        <source>School grade:</source>
        <translation>Khối lớp:</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="74" />
        <source>Branches and invitations</source>
        <translation>Danh sách chi đoàn và thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="88" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="88" />
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="88" />
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="88" />
        <source>Grade</source>
        <translation>Khối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="89" />
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="94" />
        <source>Each branch gets an invitation file and a printed page with its invitation code. The branch opens the file in Sổ Thi Đua (first start, or Settings): its first package is then accepted here at once.</source>
        <translation>Mỗi chi đoàn nhận một tệp thư mời và một trang in có mã mời. Chi đoàn mở tệp đó trong Sổ Thi Đua (lần đầu mở phần mềm, hoặc trong Cài đặt): gói đầu tiên chi đoàn gửi lên sẽ được nhận ngay tại đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="100" />
        <source>Add a branch…</source>
        <translation>Thêm chi đoàn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="103" />
        <source>Add from a spreadsheet…</source>
        <translation>Thêm từ bảng tính…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="106" />
        <source>Invite the selected branches…</source>
        <translation>Mời các chi đoàn đã chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="109" />
        <source>Invite every branch not connected…</source>
        <translation>Mời mọi chi đoàn chưa kết nối…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="130" />
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="132" />
        <source>Invited, not connected yet</source>
        <translation>Đã mời, chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="133" />
        <source>Not invited</source>
        <translation>Chưa mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="139" />
        <source>{0} branches, {1} connected.</source>
        <translation>{0} chi đoàn, {1} đã kết nối.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="163" />
        <source>Branches from a spreadsheet</source>
        <translation>Danh sách chi đoàn từ bảng tính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="164" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="174" />
        <source>{0} branches added or corrected, {1} unchanged.</source>
        <translation>Đã thêm hoặc sửa {0} chi đoàn, {1} không đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="176" />
        <source>Rows not used:</source>
        <translation>Các dòng không dùng được:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="183" />
        <source>Select the branches to invite.</source>
        <translation>Hãy chọn các chi đoàn cần mời.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="186" />
        <source>Save the invitations in a folder</source>
        <translation>Lưu thư mời vào thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="203" />
        <source>Every branch in the list is connected: no invitation needed.</source>
        <translation>Mọi chi đoàn trong danh sách đã kết nối: không cần thư mời.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="205" />
        <source>{0} invitation(s) saved in {1}. Send each branch its file (Zalo, e-mail or USB) and print the page for it: {2}</source>
        <translation>Đã lưu {0} thư mời vào {1}. Gửi cho mỗi chi đoàn tệp thư mời của mình (Zalo, thư điện tử hoặc USB) và in trang thư mời: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="211" />
        <source>Writing the invitations…</source>
        <translation>Đang tạo thư mời…</translation>
    </message>
</context>
</TS>