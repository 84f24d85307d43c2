<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneModelsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="30" />
        <source>Local model file</source>
        <translation>Tệp mô hình địa phương</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="30" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="69" />
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="70" />
        <source>Photos, scans and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;All files (*)</source>
        <translation>Ảnh, bản quét và văn bản (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="117" />
        <source>Model:</source>
        <translation>Mô hình:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="118" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="119" />
        <source>Add a local model…</source>
        <translation>Thêm mô hình địa phương…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="120" />
        <source>Measured value:</source>
        <translation>Giá trị đo được:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="121" />
        <source>Record the value</source>
        <translation>Ghi giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="122" />
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="123" />
        <source>Judge met</source>
        <translation>Đánh giá đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="124" />
        <source>Judge not met</source>
        <translation>Đánh giá chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="125" />
        <source>Assessed by (full name):</source>
        <translation>Người đánh giá (họ và tên):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="126" />
        <source>Evidence files…</source>
        <translation>Tệp minh chứng…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="127" />
        <source>%1 evidence file(s) to record</source>
        <translation>%1 tệp minh chứng sẽ ghi kèm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="128" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="128" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="128" />
        <source>Value</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="128" />
        <source>Target</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="129" />
        <source>Status</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="129" />
        <source>What is missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="169" />
        <source>%1 of %2 applicable criteria met (%3). At risk: %4. Not met: %5. Needs a judgement: %6.</source>
        <translation>Đạt %1/%2 tiêu chí áp dụng (%3). Có nguy cơ: %4. Chưa đạt: %5. Cần đánh giá: %6.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="198" />
        <source>Choose a criterion in the table first.</source>
        <translation>Hãy chọn một tiêu chí trong bảng trước.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="230" />
        <source>Models and indicators</source>
        <translation>Mô hình và chỉ tiêu</translation>
    </message>
</context>
</TS>