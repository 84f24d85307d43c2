<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="318" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>SettingChoice</name>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="23" />
        <source>At the start of the period</source>
        <translation>Đầu kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="24" />
        <source>At the end (or the assessment day)</source>
        <translation>Cuối kỳ (hoặc ngày đánh giá)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="25" />
        <source>Average of start and end</source>
        <translation>Bình quân đầu và cuối kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="26" />
        <source>First day of the assessment year</source>
        <translation>Ngày đầu năm đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="27" />
        <source>The day of the import</source>
        <translation>Ngày nhập danh sách</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="28" />
        <source>60% on every request</source>
        <translation>Đạt 60% ở mọi yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="29" />
        <source>60% on average over the requests</source>
        <translation>Bình quân các yêu cầu đạt 60%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="30" />
        <source>Regular meetings only</source>
        <translation>Chỉ sinh hoạt định kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="31" />
        <source>Every kind of meeting</source>
        <translation>Mọi buổi sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="32" />
        <source>Counts as met</source>
        <translation>Tính là đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="33" />
        <source>Counts as not met</source>
        <translation>Tính là chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="34" />
        <source>Not counted (not applicable)</source>
        <translation>Không tính (không áp dụng)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="35" />
        <source>Weeks with 4 or more days in the period</source>
        <translation>Tuần có từ 4 ngày trong kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="36" />
        <source>Every week touching the period</source>
        <translation>Mọi tuần chạm vào kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="37" />
        <source>3-month blocks from the period start</source>
        <translation>Khối 3 tháng tính từ đầu kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="38" />
        <source>Round up</source>
        <translation>Làm tròn lên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="39" />
        <source>No rounding (exactly 80%)</source>
        <translation>Không làm tròn (đúng 80%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="40" />
        <source>Per criterion</source>
        <translation>Theo từng tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="41" />
        <source>Per group of criteria</source>
        <translation>Theo nhóm tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="42" />
        <source>50% or more</source>
        <translation>Từ 50% trở lên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="43" />
        <source>Two thirds or more</source>
        <translation>Từ 2/3 trở lên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="44" />
        <source>Everyone called (absent included)</source>
        <translation>Tổng số được triệu tập (kể cả vắng)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="45" />
        <source>Those present</source>
        <translation>Số có mặt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="46" />
        <source>Chosen by the branch type</source>
        <translation>Tự chọn theo loại chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="47" />
        <source>Đoàn viên XHCN criteria</source>
        <translation>Bộ tiêu chí Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="48" />
        <source>Pupils' and students' criteria</source>
        <translation>Bộ tiêu chí học sinh, sinh viên</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="169" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="170" />
        <source>Display language</source>
        <translation>Ngôn ngữ hiển thị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="171" />
        <source>Unit profile</source>
        <translation>Hồ sơ đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="172" />
        <source>Save unit profile</source>
        <translation>Lưu hồ sơ đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="173" />
        <source>Upper level</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="174" />
        <source>Accept an invitation…</source>
        <translation>Nhận thư mời…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="176" />
        <source>Rules the documents leave open</source>
        <translation>Các quy định văn bản chưa nêu rõ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="177" />
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="194" />
        <source>{0} (code {1}).</source>
        <translation>{0} (mã {1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="195" />
        <source>Code {0}; its name is not known yet.</source>
        <translation>Mã {0}; chưa có tên đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="197" />
        <source>Not set.</source>
        <translation>Chưa ghi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="199" />
        <source>An invitation file (.stmoi) from the upper level sets it and connects this unit in one step.</source>
        <translation>Tệp thư mời (.stmoi) của đơn vị cấp trên ghi đơn vị cấp trên và kết nối đơn vị này trong một bước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="243" />
        <source>Open an invitation</source>
        <translation>Mở thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="243" />
        <source>Sổ Thi Đua invitations (*.stmoi)</source>
        <translation>Thư mời Sổ Thi Đua (*.stmoi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="250" />
        <location filename="../../desktop/ui/pages/settings.py" line="253" />
        <location filename="../../desktop/ui/pages/settings.py" line="267" />
        <location filename="../../desktop/ui/pages/settings.py" line="272" />
        <source>Invitation</source>
        <translation>Thư mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="254" />
        <source>{0} invites {1} (code {2}).
Invitation code: {3}

Check that it is the code printed on the invitation page. Connect now?</source>
        <translation>{0} mời {1} (mã {2}).
Mã mời: {3}

Hãy kiểm tra mã này trùng với mã in trên trang thư mời. Kết nối ngay?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="276" />
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="289" />
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="289" />
        <source>The unit profile was saved.</source>
        <translation>Đã lưu hồ sơ đơn vị.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="311" />
        <source>Invalid setting</source>
        <translation>Cài đặt không hợp lệ</translation>
    </message>
</context>
</TS>