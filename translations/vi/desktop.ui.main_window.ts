<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>LoadingPage</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145" />
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="337" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="339" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="340" />
        <source>&amp;About Sổ Thi Đua</source>
        <translation>&amp;Giới thiệu Sổ Thi Đua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="348" />
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357" />
        <source>About Sổ Thi Đua</source>
        <translation>Giới thiệu Sổ Thi Đua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="358" />
        <source>Sổ Thi Đua {0}
Record book for the “Chi đoàn XHCN gắn với Đoàn viên XHCN” campaign of Hải Phòng (Resolution 05-NQ/TU).
Data folder: {1}</source>
        <translation>Sổ Thi Đua {0}
Sổ theo dõi phong trào “Chi đoàn XHCN gắn với Đoàn viên XHCN” của thành phố Hải Phòng (Nghị quyết 05-NQ/TU).
Thư mục dữ liệu: {1}</translation>
    </message>
</context>
</TS>