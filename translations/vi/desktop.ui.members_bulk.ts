<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BulkFlagsDialog</name>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="53" />
        <source>Update flags of the selected members</source>
        <translation>Cập nhật các mục cho đoàn viên đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="54" />
        <source>{0} members selected. Choose what to set; “Keep” leaves a flag as it is for each member.</source>
        <translation>Đã chọn {0} đoàn viên. Chọn giá trị cần đặt; “Giữ nguyên” để nguyên mục đó của từng người.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="57" />
        <source>Takes part at the place of residence (CD-3.3)</source>
        <translation>Sinh hoạt Đoàn tại nơi cư trú (CD-3.3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="58" />
        <source>Registered for “Rèn luyện đoàn viên” (CD-3.4)</source>
        <translation>Đã đăng ký “Rèn luyện đoàn viên” (CD-3.4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="59" />
        <source>Electronic Union book issued (CD-3.5)</source>
        <translation>Đã cấp sổ đoàn điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="60" />
        <source>Electronic Union card issued (CD-3.5)</source>
        <translation>Đã cấp thẻ đoàn điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="61" />
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="67" />
        <source>Keep</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="68" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="69" />
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="71" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="72" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="80" />
        <source>Choose “Yes” or “No” for at least one flag.</source>
        <translation>Chọn “Có” hoặc “Không” cho ít nhất một mục.</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="142" />
        <source>Member groups</source>
        <translation>Nhóm đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="143" />
        <source>Groups such as “Tổ 1” let you pick their members at once when recording volunteer days or attendance. {0} members are selected in the table.</source>
        <translation>Nhóm như “Tổ 1” giúp chọn cả nhóm một lần khi ghi ngày tình nguyện hoặc điểm danh. Đang chọn {0} đoàn viên trong bảng.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="146" />
        <source>New group from selection…</source>
        <translation>Tạo nhóm từ người đang chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="147" />
        <source>Add selection to group</source>
        <translation>Thêm người đang chọn vào nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="148" />
        <source>Group = selection</source>
        <translation>Nhóm = người đang chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="149" />
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="150" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="151" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="157" />
        <source>{0} ({1} members)</source>
        <translation>{0} ({1} đoàn viên)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="184" />
        <source>New group</source>
        <translation>Nhóm mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="184" />
        <source>Group name, e.g. Tổ 1:</source>
        <translation>Tên nhóm, ví dụ Tổ 1:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="192" />
        <location filename="../../desktop/ui/members_bulk.py" line="199" />
        <location filename="../../desktop/ui/members_bulk.py" line="206" />
        <source>Choose a group in the list first.</source>
        <translation>Hãy chọn một nhóm trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="208" />
        <source>Rename group</source>
        <translation>Đổi tên nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="208" />
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="216" />
        <source>Delete group</source>
        <translation>Xóa nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_bulk.py" line="217" />
        <source>Delete this group? Its members stay in the roster.</source>
        <translation>Xóa nhóm này? Các đoàn viên trong nhóm vẫn còn trong danh sách.</translation>
    </message>
</context>
</TS>