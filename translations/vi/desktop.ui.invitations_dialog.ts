<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AddBranchDialog</name>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="40"/>
        <source>Add a branch</source>
        <translation>Thêm chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="55"/>
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="56"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="58"/>
        <source>Branch type:</source>
        <translation>Loại hình chi đoàn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="59"/>
        <source>School grade:</source>
        <translation>Khối lớp:</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="168"/>
        <source>Branches and invitations</source>
        <translation>Danh sách chi đoàn và thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="105"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="168"/>
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="105"/>
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="105"/>
        <source>Grade</source>
        <translation>Khối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="106"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="170"/>
        <source>Each branch gets an invitation file and a printed page with its invitation code. The branch opens the file in Sổ Thi Đua (first start, or Settings): its first package is then accepted here at once.</source>
        <translation>Mỗi chi đoàn nhận một tệp thư mời và một trang in có mã mời. Chi đoàn mở tệp đó trong Sổ Thi Đua (lần đầu mở phần mềm, hoặc trong Cài đặt): gói đầu tiên chi đoàn gửi lên sẽ được nhận ngay tại đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="173"/>
        <source>Add a branch…</source>
        <translation>Thêm chi đoàn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="121"/>
        <source>Add from a spreadsheet…</source>
        <translation>Thêm từ bảng tính…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="173"/>
        <source>Invite the selected branches…</source>
        <translation>Mời các chi đoàn đã chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="174"/>
        <source>Invite every branch not connected…</source>
        <translation>Mời mọi chi đoàn chưa kết nối…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="179"/>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="181"/>
        <source>Invited, not connected yet</source>
        <translation>Đã mời, chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="182"/>
        <source>Not invited</source>
        <translation>Chưa mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="175"/>
        <source>{0} branches, {1} connected.</source>
        <translation>{0} chi đoàn, {1} đã kết nối.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="151"/>
        <source>Commune Party committees and invitations</source>
        <translation>Các Đảng ủy xã và thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="151"/>
        <source>Party committee</source>
        <translation>Đảng ủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="153"/>
        <source>Each commune, ward or special-zone Party committee gets an invitation file and a printed page with its invitation code. The committee opens the file in Sổ Thi Đua (first start, Settings or Send and receive): its reports are then accepted here at once.</source>
        <translation>Mỗi Đảng ủy xã, phường, đặc khu nhận một tệp thư mời và một trang in có mã mời. Đảng ủy mở tệp đó trong Sổ Thi Đua (lần đầu mở phần mềm, trong Cài đặt hoặc Gửi – nhận): báo cáo Đảng ủy gửi lên sẽ được nhận ngay tại đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="156"/>
        <source>Add a Party committee…</source>
        <translation>Thêm Đảng ủy xã…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="156"/>
        <source>Invite the selected committees…</source>
        <translation>Mời các Đảng ủy đã chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="157"/>
        <source>Invite every committee not connected…</source>
        <translation>Mời mọi Đảng ủy chưa kết nối…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="158"/>
        <source>{0} Party committees, {1} connected.</source>
        <translation>{0} Đảng ủy xã, {1} đã kết nối.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="160"/>
        <source>The commune&apos;s Youth Union and its invitation</source>
        <translation>Đoàn xã và thư mời chia sẻ báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="160"/>
        <source>Đoàn xã</source>
        <translation>Đoàn xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="162"/>
        <source>Invite the commune&apos;s Đoàn xã (Đoàn cơ sở) to share its summaries with the committee. It keeps reporting to its own Youth Union upper level; each summary it sends goes to the committee too.</source>
        <translation>Mời Đoàn xã (Đoàn cơ sở) chia sẻ báo cáo tổng hợp với Đảng ủy. Đoàn xã vẫn báo cáo Đoàn cấp trên của mình như cũ; mỗi báo cáo tổng hợp Đoàn xã gửi đi cũng được gửi một bản cho Đảng ủy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="165"/>
        <source>Add the Đoàn xã…</source>
        <translation>Thêm Đoàn xã…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="165"/>
        <source>Invite the selected Đoàn xã…</source>
        <translation>Mời Đoàn xã đã chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="166"/>
        <source>Invite every Đoàn xã not connected…</source>
        <translation>Mời Đoàn xã chưa kết nối…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="167"/>
        <source>{0} Đoàn xã, {1} connected.</source>
        <translation>{0} Đoàn xã, {1} đã kết nối.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="213"/>
        <source>Branches from a spreadsheet</source>
        <translation>Danh sách chi đoàn từ bảng tính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="214"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="224"/>
        <source>{0} branches added or corrected, {1} unchanged.</source>
        <translation>Đã thêm hoặc sửa {0} chi đoàn, {1} không đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="226"/>
        <source>Rows not used:</source>
        <translation>Các dòng không dùng được:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="233"/>
        <source>Select the branches to invite.</source>
        <translation>Hãy chọn các chi đoàn cần mời.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="234"/>
        <source>Select the units to invite.</source>
        <translation>Hãy chọn các đơn vị cần mời.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="237"/>
        <source>Save the invitations in a folder</source>
        <translation>Lưu thư mời vào thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="254"/>
        <source>Every branch in the list is connected: no invitation needed.</source>
        <translation>Mọi chi đoàn trong danh sách đã kết nối: không cần thư mời.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="255"/>
        <source>Everyone in the list is connected: no invitation needed.</source>
        <translation>Mọi đơn vị trong danh sách đã kết nối: không cần thư mời.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="257"/>
        <source>{0} invitation(s) saved in {1}. Send each branch its file (Zalo, e-mail or USB) and print the page for it: {2}</source>
        <translation>Đã lưu {0} thư mời vào {1}. Gửi cho mỗi chi đoàn tệp thư mời của mình (Zalo, thư điện tử hoặc USB) và in trang thư mời: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="260"/>
        <source>{0} invitation(s) saved in {1}. Send each unit its file (Zalo, e-mail or USB) and print the page for it: {2}</source>
        <translation>Đã lưu {0} thư mời vào {1}. Gửi cho mỗi đơn vị tệp thư mời của mình (Zalo, thư điện tử hoặc USB) và in trang thư mời: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/invitations_dialog.py" line="266"/>
        <source>Writing the invitations…</source>
        <translation>Đang tạo thư mời…</translation>
    </message>
</context>
</TS>
