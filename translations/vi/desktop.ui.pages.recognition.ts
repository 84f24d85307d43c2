<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="464" />
        <source>Recognition</source>
        <translation>Công nhận</translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="58" />
        <source>No branch to show: add the branches this Đoàn cơ sở holds.</source>
        <translation>Chưa có chi đoàn nào: hãy thêm các chi đoàn trực thuộc Đoàn cơ sở.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="83" />
        <source>Loading step 3…</source>
        <translation>Đang tải dữ liệu công nhận…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="108" />
        <source>Returned for correction by the upper level: {0}</source>
        <translation>Cấp trên trả lại để sửa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="125" />
        <source>No members in {0} yet: there is nobody to assess or propose as a Socialist member. Criteria: {1}.</source>
        <translation>Kỳ {0} chưa có đoàn viên nào: chưa có ai để tự đánh giá hay đề nghị công nhận Đoàn viên xã hội chủ nghĩa. Bộ tiêu chí: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="129" />
        <source>{0} members in {1}: {2} meet the rule, {3} proposed, {4} recognised (criterion 3.8, 80% of the members recognised, needs at least {5}). Criteria: {6}.</source>
        <translation>{0} đoàn viên trong kỳ {1}: {2} đủ điều kiện, {3} được đề nghị, {4} đã công nhận (tiêu chí 3.8 — 80% đoàn viên được công nhận — cần ít nhất {5} người). Bộ tiêu chí: {6}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="133" />
        <source>The proposal list has unsaved changes.</source>
        <translation>Danh sách đề nghị có thay đổi chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="152" />
        <source>Hard conditions</source>
        <translation>Điều kiện bắt buộc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="156" />
        <location filename="../../desktop/ui/pages/recognition.py" line="259" />
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="163" />
        <source>Not yet recorded.</source>
        <translation>Chưa ghi nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="165" />
        <source>Branch vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="168" />
        <source>Still missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="171" />
        <source>accepted</source>
        <translation>đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="171" />
        <source>refused</source>
        <translation>không đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="174" />
        <source>Đoàn cơ sở's appraisal</source>
        <translation>Thẩm định của Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="180" />
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="204" />
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="204" />
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="204" />
        <source>submitted</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="209" />
        <source>{0}/{1} met, {2} needed</source>
        <translation>đạt {0}/{1}, cần {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="219" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="286" />
        <source>Branch meeting votes</source>
        <translation>Biểu quyết của hội nghị chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="298" />
        <location filename="../../desktop/ui/pages/recognition.py" line="305" />
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
        <location filename="../../desktop/ui/pages/recognition.py" line="314" />
        <source>Submit</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="315" />
        <source>After submitting, the self-assessment is frozen until it is withdrawn. Submit now?</source>
        <translation>Sau khi gửi, bản tự đánh giá được khóa cho đến khi rút lại. Gửi ngay?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="328" />
        <source>Branch proposal</source>
        <translation>Hồ sơ đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="340" />
        <source>Withdraw</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="345" />
        <source>Appraisal</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="356" />
        <location filename="../../desktop/ui/pages/recognition.py" line="362" />
        <source>Refuse the proposal</source>
        <translation>Không đồng ý đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="357" />
        <source>Reason for refusing {0} (printed on the appraisal sheet):</source>
        <translation>Lý do không đồng ý đề nghị công nhận {0} (in trên phiếu thẩm định):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="362" />
        <source>Write the reason for refusing.</source>
        <translation>Hãy ghi lý do không đồng ý.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="375" />
        <source>Appraisal of members</source>
        <translation>Thẩm định đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="424" />
        <source>Recognition decision</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/recognition.py" line="457" />
        <source>Send the appraisal and the decision to the branches</source>
        <translation>Gửi thẩm định và quyết định xuống các chi đoàn</translation>
    </message>
</context>
</TS>