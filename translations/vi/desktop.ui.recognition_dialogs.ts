<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="165" />
        <source>Recognition decision</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="169" />
        <source>e.g. 15-QĐ/ĐTN</source>
        <translation>ví dụ 15-QĐ/ĐTN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="181" />
        <source>Decision number:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="182" />
        <source>Signed on:</source>
        <translation>Ngày ký:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="183" />
        <source>Issued by:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="187" />
        <source>Branches recognised as “Chi đoàn XHCN”</source>
        <translation>Chi đoàn được công nhận “Chi đoàn XHCN”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="188" />
        <source>Members recognised as “Đoàn viên XHCN”</source>
        <translation>Đoàn viên được công nhận “Đoàn viên XHCN”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="193" />
        <source>Proposed branches and members are ticked; untick those the decision does not recognise.</source>
        <translation>Các chi đoàn và đoàn viên được đề nghị đã được đánh dấu; bỏ đánh dấu những trường hợp quyết định không công nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="223" />
        <source>Enter the decision number.</source>
        <translation>Hãy nhập số quyết định.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="226" />
        <source>Tick at least one branch or member.</source>
        <translation>Hãy đánh dấu ít nhất một chi đoàn hoặc một đoàn viên.</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="33" />
        <source>Self-assessment — {0}</source>
        <translation>Tự đánh giá — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="51" />
        <source>Met (Đạt)</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="52" />
        <source>Not met (Chưa đạt)</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="56" />
        <source>Short evidence, e.g. what the member did</source>
        <translation>Minh chứng ngắn, ví dụ việc đoàn viên đã làm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="67" />
        <source>Training score (if the branch uses one)</source>
        <translation>Điểm rèn luyện (nếu chi đoàn sử dụng)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="85" />
        <source>Year-end self-assessment against “{0}”. Every group must be “Met” for the member to be proposed.</source>
        <translation>Tự đánh giá cuối năm theo bộ tiêu chí “{0}”. Mọi nhóm phải “Đạt” thì đoàn viên mới được đề nghị.</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="106" />
        <source>Branch meeting votes</source>
        <translation>Biểu quyết của hội nghị chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="117" />
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="117" />
        <source>For</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="117" />
        <source>Against</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="118" />
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="138" />
        <source>Meeting date:</source>
        <translation>Ngày họp:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_dialogs.py" line="139" />
        <source>Record, for each member, how many members voted for, against, and how many were absent.</source>
        <translation>Ghi cho từng đoàn viên: số tán thành, số không tán thành và số vắng mặt.</translation>
    </message>
</context>
</TS>