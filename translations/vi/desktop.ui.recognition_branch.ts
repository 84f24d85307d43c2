<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BranchDossierWidget</name>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="16" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="17" />
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="18" />
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="95" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="95" />
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="95" />
        <source>Evaluation</source>
        <translation>Kết quả theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="96" />
        <source>Branch claims</source>
        <translation>Chi đoàn tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="96" />
        <source>Branch comment</source>
        <translation>Ghi chú của chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="97" />
        <source>Đoàn cơ sở appraisal</source>
        <translation>Thẩm định của Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="98" />
        <source>Year-end self-assessment of the branch:</source>
        <translation>Bản tự đánh giá cuối năm của chi đoàn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="99" />
        <source>Proposal no.:</source>
        <translation>Số văn bản đề nghị:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="100" />
        <source>Propose recognition as “Chi đoàn XHCN”</source>
        <translation>Đề nghị công nhận “Chi đoàn XHCN”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="101" />
        <source>Save draft</source>
        <translation>Lưu nháp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="102" />
        <source>Submit to the Đoàn cơ sở</source>
        <translation>Gửi Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="103" />
        <source>Withdraw</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="104" />
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="105" />
        <source>Disagree…</source>
        <translation>Không đồng ý…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="146" />
        <source>Agrees</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="147" />
        <source>Disagrees: {0}</source>
        <translation>Không đồng ý: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="171" />
        <source>No proposal yet.</source>
        <translation>Chưa lập hồ sơ đề nghị.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="171" />
        <source>Draft, not submitted.</source>
        <translation>Bản nháp, chưa gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="172" />
        <source>Submitted on {0}.</source>
        <translation>Đã gửi ngày {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="176" />
        <source>recognisable</source>
        <translation>đủ điều kiện công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="176" />
        <source>not recognisable</source>
        <translation>chưa đủ điều kiện công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="178" />
        <source>As appraised: {0}/{1} criteria met, {2} needed — {3}.</source>
        <translation>Theo thẩm định: đạt {0}/{1} tiêu chí, cần {2} — {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="180" />
        <source>As the branch claims: {0}/{1} criteria met, {2} needed — {3}.</source>
        <translation>Theo chi đoàn tự đánh giá: đạt {0}/{1} tiêu chí, cần {2} — {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="183" />
        <source>{0} criteria not yet appraised.</source>
        <translation>Còn {0} tiêu chí chưa thẩm định.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="187" />
        <source>Recognised by decision {0} of {1} ({2}).</source>
        <translation>Đã công nhận theo quyết định số {0} ngày {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="214" />
        <source>Disagree</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_branch.py" line="215" />
        <source>Why does the Đoàn cơ sở disagree on {0}?</source>
        <translation>Lý do Đoàn cơ sở không đồng ý với {0}?</translation>
    </message>
</context>
</TS>