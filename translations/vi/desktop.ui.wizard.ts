<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="217"/>
        <source>Sổ Thi Đua — first run</source>
        <translation>Sổ Thi Đua — thiết lập lần đầu</translation>
    </message>
</context>
<context>
    <name>_UnitPage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="154"/>
        <source>Your unit</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="155"/>
        <source>The unit code is used on reports and when sending to the upper level.</source>
        <translation>Mã đơn vị được dùng trên báo cáo và khi gửi lên cấp trên.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="156"/>
        <source>Who signs the unit&apos;s documents</source>
        <translation>Người ký văn bản của đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="157"/>
        <source>Title (e.g. BÍ THƯ)</source>
        <translation>Chức vụ (ví dụ BÍ THƯ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="158"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="159"/>
        <source>e.g. Nguyễn Thị Hoa — printed under the signature</source>
        <translation>ví dụ Nguyễn Thị Hoa — in dưới chữ ký</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="71"/>
        <source>Welcome to Sổ Thi Đua</source>
        <translation>Chào mừng đến với Sổ Thi Đua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="74"/>
        <source>Sổ Thi Đua keeps your unit&apos;s record of the “Chi đoàn XHCN gắn với Đoàn viên XHCN” campaign: registration, quarterly monitoring of the 16 criteria, volunteer days, and the reports your upper level needs. Everything stays on this computer.

How do you want to start?</source>
        <translation>Sổ Thi Đua lưu hồ sơ phong trào “Chi đoàn XHCN gắn với Đoàn viên XHCN” của đơn vị: đăng ký, theo dõi hằng quý 16 tiêu chí, ngày tình nguyện và các báo cáo cấp trên cần. Mọi dữ liệu chỉ nằm trên máy này.

Bạn muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="80"/>
        <source>Create my unit</source>
        <translation>Tạo đơn vị mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="81"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="82"/>
        <source>Import data from a file</source>
        <translation>Nhập dữ liệu từ tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="83"/>
        <source>Accept an invitation from my upper level</source>
        <translation>Nhận thư mời của đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="88"/>
        <source>Your Đoàn cơ sở sent an invitation file (.stmoi) by Zalo, e-mail or USB: it sets up your branch and connects it to the Đoàn cơ sở in one step.</source>
        <translation>Đoàn cơ sở đã gửi tệp thư mời (.stmoi) qua Zalo, thư điện tử hoặc USB: tệp đó tạo hồ sơ chi đoàn và kết nối với Đoàn cơ sở trong một bước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="91"/>
        <source>The first time you use Sổ Thi Đua: enter your unit&apos;s name and code.</source>
        <translation>Lần đầu dùng Sổ Thi Đua: nhập tên và mã đơn vị.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="93"/>
        <source>Moving to a new computer, or after a reinstall: choose a backup file (.zip) made by Sổ Thi Đua, for example from a USB stick.</source>
        <translation>Chuyển sang máy mới hoặc sau khi cài lại: chọn tệp sao lưu (.zip) do Sổ Thi Đua tạo, ví dụ từ USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="97"/>
        <source>A unit data file (.json) exported from Sổ Thi Đua on another computer, for example sent by your upper level.</source>
        <translation>Tệp dữ liệu đơn vị (.json) xuất từ Sổ Thi Đua trên máy khác, ví dụ do cấp trên gửi.</translation>
    </message>
</context>
</TS>
