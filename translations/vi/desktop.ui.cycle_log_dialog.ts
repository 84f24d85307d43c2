<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="203" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="204" />
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="205" />
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="205" />
        <source>Kind of meeting</source>
        <translation>Hình thức sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="206" />
        <source>Kind of incident</source>
        <translation>Loại vụ việc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="206" />
        <source>Category</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="207" />
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="208" />
        <source>Channel</source>
        <translation>Hình thức, kênh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="210" />
        <source>Alert sent by</source>
        <translation>Nơi gửi cảnh báo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="210" />
        <source>Requested by</source>
        <translation>Cấp yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="211" />
        <source>Place</source>
        <translation>Nơi (địa phương, đơn vị)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="211" />
        <source>Receiving Party cell</source>
        <translation>Chi bộ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="213" />
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="214" />
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="215" />
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="216" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="217" />
        <source>Members reached</source>
        <translation>Đoàn viên được cung cấp thông tin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="218" />
        <source>Members who took part</source>
        <translation>Đoàn viên tham gia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="219" />
        <source>Attendance</source>
        <translation>Đoàn viên dự</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="220" />
        <source>Filter by name…</source>
        <translation>Lọc theo tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="221" />
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="222" />
        <source>None</source>
        <translation>Bỏ chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="223" />
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="224" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="225" />
        <source>Save and add another</source>
        <translation>Lưu và ghi tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="226" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="250" />
        <source>— choose a member —</source>
        <translation>— chọn đoàn viên —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="281" />
        <source>{0} of {1} members ticked</source>
        <translation>Đã chọn {0}/{1} đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="286" />
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="297" />
        <source>{0} file(s) already attached</source>
        <translation>đã có {0} tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="299" />
        <source>to attach: {0}</source>
        <translation>sẽ đính kèm: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="300" />
        <source>No evidence file attached.</source>
        <translation>Chưa có tệp minh chứng.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="361" />
        <source>Saved. Enter the next record.</source>
        <translation>Đã lưu. Nhập bản ghi tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_log_dialog.py" line="373" />
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
</TS>