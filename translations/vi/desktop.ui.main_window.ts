<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="132" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135" />
        <source>&amp;About Sổ Thi Đua</source>
        <translation>&amp;Giới thiệu Sổ Thi Đua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148" />
        <source>About Sổ Thi Đua</source>
        <translation>Giới thiệu Sổ Thi Đua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149" />
        <source>Sổ Thi Đua {0}
Record book for the “Chi đoàn XHCN gắn với Đoàn viên XHCN” campaign of Hải Phòng (Resolution 05-NQ/TU).
Data folder: {1}</source>
        <translation>Sổ Thi Đua {0}
Sổ theo dõi phong trào “Chi đoàn XHCN gắn với Đoàn viên XHCN” của thành phố Hải Phòng (Nghị quyết 05-NQ/TU).
Thư mục dữ liệu: {1}</translation>
    </message>
</context>
</TS>