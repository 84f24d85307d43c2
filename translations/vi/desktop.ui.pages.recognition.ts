<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="359" />
        <source>Recognition</source>
        <translation>Công nhận</translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="137" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="138" />
        <source>Socialist members (Đoàn viên XHCN)</source>
        <translation>Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="139" />
        <source>Socialist branch (Chi đoàn XHCN)</source>
        <translation>Chi đoàn XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="140" />
        <source>Recognition decisions</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="141" />
        <source>Self-assessment…</source>
        <translation>Tự đánh giá…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="142" />
        <source>Branch meeting votes…</source>
        <translation>Biểu quyết của chi đoàn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="143" />
        <source>Save the proposal list</source>
        <translation>Lưu danh sách đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="144" />
        <source>Record a decision…</source>
        <translation>Ghi quyết định…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="145" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="145" />
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="145" />
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="146" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="146" />
        <source>Branches</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="146" />
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="161" />
        <source>No branch to show: add the branches this Đoàn cơ sở holds.</source>
        <translation>Chưa có chi đoàn nào: hãy thêm các chi đoàn trực thuộc Đoàn cơ sở.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="171" />
        <source>Loading step 3…</source>
        <translation>Đang tải dữ liệu công nhận…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="194" />
        <source>{0} members in {1}: {2} meet the rule, {3} proposed, {4} recognised (CD-3.8 needs {5}). Criteria: {6}.</source>
        <translation>{0} đoàn viên trong kỳ {1}: {2} đủ điều kiện, {3} được đề nghị, {4} đã công nhận (CD-3.8 cần {5}). Bộ tiêu chí: {6}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="199" />
        <source>The proposal list has unsaved changes.</source>
        <translation>Danh sách đề nghị có thay đổi chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="218" />
        <source>Hard conditions</source>
        <translation>Điều kiện bắt buộc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="222" />
        <location filename="../../desktop/ui/pages/recognition.py" line="274" />
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="229" />
        <source>Not yet recorded.</source>
        <translation>Chưa ghi nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="231" />
        <source>Branch vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="234" />
        <source>Still missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="237" />
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="287" />
        <source>Branch meeting votes</source>
        <translation>Biểu quyết của hội nghị chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="298" />
        <location filename="../../desktop/ui/pages/recognition.py" line="304" />
        <source>Proposal list</source>
        <translation>Danh sách đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="299" />
        <source>These members do not meet the rule yet:
{0}

Propose them anyway?</source>
        <translation>Các đoàn viên sau chưa đủ điều kiện:
{0}

Vẫn đề nghị?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="310" />
        <source>Submit</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="311" />
        <source>After submitting, the self-assessment is frozen until it is withdrawn. Submit now?</source>
        <translation>Sau khi gửi, bản tự đánh giá được khóa cho đến khi rút lại. Gửi ngay?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="314" />
        <source>Branch proposal</source>
        <translation>Hồ sơ đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="319" />
        <source>Withdraw</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="324" />
        <source>Appraisal</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="356" />
        <source>Recognition decision</source>
        <translation>Quyết định công nhận</translation>
    </message>
</context>
</TS>