<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="37" />
        <source>Export the history</source>
        <translation>Xuất lịch sử thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="37" />
        <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="106" />
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="106" />
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="106" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="107" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="107" />
        <source>Setting</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="107" />
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="108" />
        <source>Everything (newest)</source>
        <translation>Tất cả (mới nhất)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="111" />
        <source>History of</source>
        <translation>Lịch sử của</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="112" />
        <source>Which</source>
        <translation>Cụ thể</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="113" />
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="114" />
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="115" />
        <source>Check the chain</source>
        <translation>Kiểm tra chuỗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="116" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="116" />
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="116" />
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="116" />
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="117" />
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="198" />
        <source>No change recorded.</source>
        <translation>Chưa có thay đổi nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="200" />
        <source>Entry {0} — {1} by {2}</source>
        <translation>Mục {0} — {1}, người thực hiện: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="210" />
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="210" />
        <source>There is nothing to export.</source>
        <translation>Không có gì để xuất.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="216" />
        <source>Change history — {0} {1}</source>
        <translation>Lịch sử thay đổi — {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="226" />
        <source>The change history is intact: {0} entries, none altered.</source>
        <translation>Nhật ký thay đổi nguyên vẹn: {0} mục, không mục nào bị sửa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="230" />
        <source>The change history was altered: first broken entry {0} ({1}).</source>
        <translation>Nhật ký thay đổi đã bị sửa: mục hỏng đầu tiên là số {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/history.py" line="236" />
        <source>Change history</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
</context>
</TS>