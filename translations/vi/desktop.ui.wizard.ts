<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="78" />
        <source>Sổ Thi Đua — first run</source>
        <translation>Sổ Thi Đua — thiết lập lần đầu</translation>
    </message>
</context>
<context>
    <name>_UnitPage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="45" />
        <source>Your unit</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="46" />
        <source>The unit code is used on reports and when sending to the upper level.</source>
        <translation>Mã đơn vị được dùng trên báo cáo và khi gửi lên cấp trên.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="22" />
        <source>Welcome to Sổ Thi Đua</source>
        <translation>Chào mừng đến với Sổ Thi Đua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="24" />
        <source>Sổ Thi Đua keeps your unit's record of the “Chi đoàn XHCN gắn với Đoàn viên XHCN” campaign: registration, quarterly monitoring of the 16 criteria, volunteer days, and the reports your upper level needs.

First, tell us about your unit. Everything stays on this computer.</source>
        <translation>Sổ Thi Đua giúp đơn vị theo dõi phong trào “Chi đoàn XHCN gắn với Đoàn viên XHCN”: đăng ký, theo dõi hằng quý 16 tiêu chí, ngày tình nguyện và các báo cáo gửi cấp trên.

Trước hết, hãy khai báo thông tin đơn vị. Mọi dữ liệu được lưu trên máy tính này.</translation>
    </message>
</context>
</TS>