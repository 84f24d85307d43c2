<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>SelfAssessmentGrid</name>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="77" />
        <source>Save the self-assessment sheet</source>
        <translation>Lưu bảng tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="78" />
        <location filename="../../desktop/ui/self_assessment_grid.py" line="80" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="79" />
        <source>Choose the filled-in sheet</source>
        <translation>Chọn bảng tính đã điền</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="86" />
        <source>Self-assessment of the whole branch — {0}</source>
        <translation>Tự đánh giá của cả chi đoàn — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="87" />
        <source>Click a cell to switch between Met (Đạt) and Not met (Chưa đạt); click a group's title to mark the whole column Met. Every member needs a result in every group; nothing is saved until all are filled in.</source>
        <translation>Bấm vào một ô để đổi giữa Đạt và Chưa đạt; bấm vào tên nhóm để đánh dấu Đạt cả cột. Mỗi đoàn viên cần có kết quả ở mọi nhóm; chưa lưu gì cho đến khi điền đủ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="90" />
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="95" />
        <source>Mark every empty cell Met</source>
        <translation>Đánh dấu Đạt mọi ô còn trống</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="96" />
        <source>Save as a sheet to fill in…</source>
        <translation>Lưu thành bảng tính để điền…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="97" />
        <source>Fill in from a sheet…</source>
        <translation>Điền từ bảng tính…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="101" />
        <source>Met (Đạt)</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="101" />
        <source>Not met (Chưa đạt)</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="140" />
        <source>{0} members; {1} met every group; {2} cells still empty.</source>
        <translation>{0} đoàn viên; {1} người đạt mọi nhóm; còn {2} ô trống.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="157" />
        <location filename="../../desktop/ui/self_assessment_grid.py" line="171" />
        <location filename="../../desktop/ui/self_assessment_grid.py" line="199" />
        <location filename="../../desktop/ui/self_assessment_grid.py" line="211" />
        <location filename="../../desktop/ui/self_assessment_grid.py" line="215" />
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="159" />
        <source>Saved the sheet: fill in Đạt or Chưa đạt and bring it back with “Fill in from a sheet…”.</source>
        <translation>Đã lưu bảng tính: điền Đạt hoặc Chưa đạt rồi đưa vào lại bằng “Điền từ bảng tính…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="175" />
        <source>
… and {0} more.</source>
        <translation>
… và {0} lỗi khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="176" />
        <source>The sheet has errors</source>
        <translation>Bảng tính có lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="177" />
        <source>Nothing was taken from the sheet. Correct these rows and choose it again:

{0}{1}</source>
        <translation>Chưa lấy gì từ bảng tính. Sửa các dòng sau rồi chọn lại:

{0}{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="191" />
        <source>Filled in from the sheet: {0} members, {1} cells changed. Check the grid, then Save.</source>
        <translation>Đã điền từ bảng tính: {0} đoàn viên, {1} ô thay đổi. Kiểm tra bảng rồi bấm Lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_assessment_grid.py" line="200" />
        <source>Some cells are still empty: every member needs Met or Not met in every group. Nothing was saved.</source>
        <translation>Còn ô trống: mỗi đoàn viên cần Đạt hoặc Chưa đạt ở mọi nhóm. Chưa lưu gì.</translation>
    </message>
</context>
</TS>