<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="205" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="205" />
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="205" />
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="205" />
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="206" />
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="208" />
        <source>Add (Ctrl+N)</source>
        <translation>Thêm (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="209" />
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="210" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="217" />
        <source>evidence for criterion {0}</source>
        <translation>minh chứng cho tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="218" />
        <source>{0} records in period {1}</source>
        <translation>{0} bản ghi trong kỳ {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="281" />
        <source>Delete record</source>
        <translation>Xóa bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="282" />
        <source>Delete the record of {0} “{1}”? Its evidence files are detached. The audit trail keeps what was deleted.</source>
        <translation>Xóa bản ghi ngày {0} “{1}”? Các tệp minh chứng của bản ghi sẽ được gỡ. Nhật ký thay đổi vẫn lưu nội dung đã xóa.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="290" />
        <source>Evidence logs</source>
        <translation>Sổ theo dõi</translation>
    </message>
</context>
</TS>