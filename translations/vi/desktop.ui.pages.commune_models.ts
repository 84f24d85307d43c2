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
        <location filename="../../desktop/ui/pages/commune_models.py" line="74" />
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="75" />
        <source>Photos, scans and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;All files (*)</source>
        <translation>Ảnh, bản quét và văn bản (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="123" />
        <source>Model:</source>
        <translation>Mô hình:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="124" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="125" />
        <source>From a file…</source>
        <translation>Từ tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="126" />
        <source>Add a local model from a file in the criteria catalog format</source>
        <translation>Thêm mô hình địa phương từ tệp theo định dạng bộ tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="127" />
        <source>New local model…</source>
        <translation>Tạo mô hình địa phương…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="128" />
        <source>Measured value:</source>
        <translation>Giá trị đo được:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="129" />
        <source>Record the value</source>
        <translation>Ghi giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="130" />
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="131" />
        <source>Judge met</source>
        <translation>Đánh giá đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="132" />
        <source>Judge not met</source>
        <translation>Đánh giá chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="133" />
        <source>Assessed by (full name):</source>
        <translation>Người đánh giá (họ và tên):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="134" />
        <source>Evidence files…</source>
        <translation>Tệp minh chứng…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="135" />
        <source>%1 evidence file(s) to record</source>
        <translation>%1 tệp minh chứng sẽ ghi kèm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="136" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="136" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="136" />
        <source>Value</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="136" />
        <source>Target</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="137" />
        <source>Status</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="137" />
        <source>What is missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="177" />
        <source>%1 of %2 applicable criteria met (%3). At risk: %4. Not met: %5. Needs a judgement: %6.</source>
        <translation>Đạt %1/%2 tiêu chí áp dụng (%3). Có nguy cơ: %4. Chưa đạt: %5. Cần đánh giá: %6.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="206" />
        <source>Choose a criterion in the table first.</source>
        <translation>Hãy chọn một tiêu chí trong bảng trước.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_models.py" line="255" />
        <source>Models and indicators</source>
        <translation>Mô hình và chỉ tiêu</translation>
    </message>
</context>
</TS>