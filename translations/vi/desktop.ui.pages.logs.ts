<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="210" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="210" />
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="210" />
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="210" />
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="211" />
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="213" />
        <source>Add (Ctrl+N)</source>
        <translation>Thêm (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="214" />
        <source>Nothing recorded for this criterion in this period yet.
Click “Add (Ctrl+N)” to record the first one.</source>
        <translation>Tiêu chí này chưa có bản ghi nào trong kỳ.
Bấm “Thêm (Ctrl+N)” để ghi bản đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="216" />
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="217" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="224" />
        <source>evidence for criterion {0}</source>
        <translation>minh chứng cho tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="225" />
        <source>{0} records in period {1}</source>
        <translation>{0} bản ghi trong kỳ {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="291" />
        <source>Delete record</source>
        <translation>Xóa bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="292" />
        <source>Delete the record of {0} “{1}”? Its evidence files are detached. The audit trail keeps what was deleted.</source>
        <translation>Xóa bản ghi ngày {0} “{1}”? Các tệp minh chứng của bản ghi sẽ được gỡ. Nhật ký thay đổi vẫn lưu nội dung đã xóa.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="300" />
        <source>Evidence logs</source>
        <translation>Sổ theo dõi</translation>
    </message>
</context>
</TS>