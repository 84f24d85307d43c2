<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="571"/>
        <source>Recognition</source>
        <translation>Công nhận</translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="192"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="193"/>
        <source>Socialist members (Đoàn viên XHCN)</source>
        <translation>Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="194"/>
        <source>Socialist branch (Chi đoàn XHCN)</source>
        <translation>Chi đoàn XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="195"/>
        <source>Recognition decisions</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="196"/>
        <source>Self-assessment…</source>
        <translation>Tự đánh giá…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="197"/>
        <source>Whole branch in one grid…</source>
        <translation>Cả chi đoàn trong một bảng…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="198"/>
        <source>Branch meeting votes…</source>
        <translation>Biểu quyết của chi đoàn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="199"/>
        <source>Save the proposal list</source>
        <translation>Lưu danh sách đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="200"/>
        <source>Record a decision…</source>
        <translation>Ghi quyết định…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="201"/>
        <source>Accept the proposal</source>
        <translation>Đồng ý đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="202"/>
        <source>Refuse the proposal…</source>
        <translation>Không đồng ý đề nghị…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="206"/>
        <source>Branches (double-click to open the branch&apos;s dossier):</source>
        <translation>Các chi đoàn (nhấp đúp để mở hồ sơ của chi đoàn):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="207"/>
        <source>Decisions recorded:</source>
        <translation>Các quyết định đã ghi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="208"/>
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="208"/>
        <source>Proposal</source>
        <translation>Hồ sơ đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="209"/>
        <source>Asks for recognition</source>
        <translation>Đề nghị công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="209"/>
        <source>After appraisal</source>
        <translation>Sau thẩm định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="210"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="211"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="211"/>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="211"/>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="212"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="212"/>
        <source>Branches</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="212"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="227"/>
        <source>No branch to show: add the branches this Đoàn cơ sở holds.</source>
        <translation>Chưa có chi đoàn nào: hãy thêm các chi đoàn trực thuộc Đoàn cơ sở.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="252"/>
        <source>Loading step 3…</source>
        <translation>Đang tải dữ liệu công nhận…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="276"/>
        <source>Returned for correction by the upper level: {0}</source>
        <translation>Cấp trên trả lại để sửa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="290"/>
        <source>{0} members in {1}: {2} meet the rule, {3} proposed, {4} recognised (CD-3.8 needs {5}). Criteria: {6}.</source>
        <translation>{0} đoàn viên trong kỳ {1}: {2} đủ điều kiện, {3} được đề nghị, {4} đã công nhận (CD-3.8 cần {5}). Bộ tiêu chí: {6}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="295"/>
        <source>The proposal list has unsaved changes.</source>
        <translation>Danh sách đề nghị có thay đổi chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="314"/>
        <source>Hard conditions</source>
        <translation>Điều kiện bắt buộc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="318"/>
        <location filename="../../desktop/ui/pages/recognition.py" line="401"/>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="325"/>
        <source>Not yet recorded.</source>
        <translation>Chưa ghi nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="327"/>
        <source>Branch vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="330"/>
        <source>Still missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="333"/>
        <source>accepted</source>
        <translation>đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="333"/>
        <source>refused</source>
        <translation>không đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="334"/>
        <source>Đoàn cơ sở&apos;s appraisal</source>
        <translation>Thẩm định của Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="337"/>
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="356"/>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="356"/>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="356"/>
        <source>submitted</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="359"/>
        <source>{0}/{1} met, {2} needed</source>
        <translation>đạt {0}/{1}, cần {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="363"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="427"/>
        <source>Branch meeting votes</source>
        <translation>Biểu quyết của hội nghị chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="438"/>
        <location filename="../../desktop/ui/pages/recognition.py" line="444"/>
        <source>Proposal list</source>
        <translation>Danh sách đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="439"/>
        <source>These members do not meet the rule yet:
{0}

Propose them anyway?</source>
        <translation>Các đoàn viên sau chưa đủ điều kiện:
{0}

Vẫn đề nghị?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="450"/>
        <source>Submit</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="451"/>
        <source>After submitting, the self-assessment is frozen until it is withdrawn. Submit now?</source>
        <translation>Sau khi gửi, bản tự đánh giá được khóa cho đến khi rút lại. Gửi ngay?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="460"/>
        <source>Branch proposal</source>
        <translation>Hồ sơ đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="472"/>
        <source>Withdraw</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="477"/>
        <source>Appraisal</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="487"/>
        <location filename="../../desktop/ui/pages/recognition.py" line="492"/>
        <source>Refuse the proposal</source>
        <translation>Không đồng ý đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="488"/>
        <source>Reason for refusing {0} (printed on the appraisal sheet):</source>
        <translation>Lý do không đồng ý đề nghị công nhận {0} (in trên phiếu thẩm định):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="492"/>
        <source>Write the reason for refusing.</source>
        <translation>Hãy ghi lý do không đồng ý.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="505"/>
        <source>Appraisal of members</source>
        <translation>Thẩm định đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="537"/>
        <source>Recognition decision</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="567"/>
        <source>Send the appraisal and the decision to the branches</source>
        <translation>Gửi thẩm định và quyết định xuống các chi đoàn</translation>
    </message>
</context>
</TS>
