<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="229" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="229" />
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="229" />
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="229" />
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="230" />
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="232" />
        <source>Add (Ctrl+N)</source>
        <translation>Thêm (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="233" />
        <source>Nothing recorded for this criterion in this period yet.
Click “Add (Ctrl+N)” to record the first one.</source>
        <translation>Tiêu chí này chưa có bản ghi nào trong kỳ.
Bấm “Thêm (Ctrl+N)” để ghi bản đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="235" />
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="236" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="243" />
        <source>evidence for criterion {0}</source>
        <translation>minh chứng cho tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="244" />
        <source>{0} records in period {1}</source>
        <translation>{0} bản ghi trong kỳ {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="295" />
        <source> (and {0} more)</source>
        <translation> (và {0} thông báo khác)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="296" />
        <source>From the upper level, waiting to be recorded{0}: &lt;b&gt;{1}&lt;/b&gt; — {2}</source>
        <translation>Từ cấp trên, chờ ghi vào sổ{0}: &lt;b&gt;{1}&lt;/b&gt; — {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="298" />
        <source>Record in the log ({0})</source>
        <translation>Ghi vào sổ ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="313" />
        <source>Logs</source>
        <translation>Sổ theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="343" />
        <source>Delete record</source>
        <translation>Xóa bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="344" />
        <source>Delete the record of {0} “{1}”? Its evidence files are detached. The audit trail keeps what was deleted.</source>
        <translation>Xóa bản ghi ngày {0} “{1}”? Các tệp minh chứng của bản ghi sẽ được gỡ. Nhật ký thay đổi vẫn lưu nội dung đã xóa.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/logs.py" line="352" />
        <source>Evidence logs</source>
        <translation>Sổ theo dõi</translation>
    </message>
</context>
</TS>