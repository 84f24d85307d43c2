<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AlertDialog</name>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="112" />
        <source>Alert or share request to the branches</source>
        <translation>Cảnh báo, đề nghị chia sẻ gửi các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="116" />
        <source>CD-1.3 — warning about harmful (“xấu, độc”) information</source>
        <translation>CD-1.3 — cảnh báo thông tin “xấu, độc”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="117" />
        <source>CD-1.4 — request to share positive information</source>
        <translation>CD-1.4 — đề nghị chia sẻ thông tin tích cực</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="128" />
        <source>e.g. the city Youth Union's propaganda board</source>
        <translation>ví dụ: Ban Tuyên giáo Thành đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="135" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="136" />
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="137" />
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="138" />
        <source>Link:</source>
        <translation>Đường dẫn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="139" />
        <source>Issued by:</source>
        <translation>Nơi phát hành:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="140" />
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="142" />
        <source>Send to every branch</source>
        <translation>Gửi tất cả chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="147" />
        <source>Each branch receives it in its log, ready to record with one click.</source>
        <translation>Mỗi chi đoàn nhận được trong sổ theo dõi, chỉ cần bấm một lần để ghi vào sổ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="154" />
        <source>Write the title of the alert or request.</source>
        <translation>Hãy ghi tiêu đề cảnh báo hoặc đề nghị.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="34" />
        <source>Return for correction — {0}</source>
        <translation>Trả lại để sửa — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="38" />
        <source>Registration</source>
        <translation>Bản đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="38" />
        <source>Quarterly report</source>
        <translation>Báo cáo quý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="39" />
        <source>Year-end result and proposal</source>
        <translation>Kết quả cuối năm và hồ sơ đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="48" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="48" />
        <source>What to correct</source>
        <translation>Cần sửa gì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="62" />
        <source>e.g. the signature of the secretary is missing</source>
        <translation>ví dụ: thiếu chữ ký của Bí thư</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="66" />
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="67" />
        <source>Return:</source>
        <translation>Trả lại:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="68" />
        <source>Quarter:</source>
        <translation>Quý:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="70" />
        <source>Return to the branch</source>
        <translation>Trả lại chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="76" />
        <source>Reasons, criterion by criterion (leave the others empty):</source>
        <translation>Lý do theo từng tiêu chí (tiêu chí không cần sửa thì để trống):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="79" />
        <source>General note:</source>
        <translation>Ghi chú chung:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/flow_down_dialogs.py" line="96" />
        <source>Write what the branch should correct (for at least one criterion).</source>
        <translation>Hãy ghi chi đoàn cần sửa gì (ít nhất một tiêu chí).</translation>
    </message>
</context>
</TS>