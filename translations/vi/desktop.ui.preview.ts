<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../desktop/ui/preview.py" line="126" />
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="127" />
        <source>◀ Previous</source>
        <translation>◀ Trang trước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="128" />
        <source>Next ▶</source>
        <translation>Trang sau ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="129" />
        <source>Zoom:</source>
        <translation>Thu phóng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="130" />
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="131" />
        <source>Save as PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="132" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="136" />
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="156" />
        <location filename="../../desktop/ui/preview.py" line="162" />
        <source>Preparing the document…</source>
        <translation>Đang lập văn bản…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="187" />
        <source>Cannot prepare the document</source>
        <translation>Không lập được văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="202" />
        <source>reprint, number kept</source>
        <translation>in lại, giữ nguyên số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="204" />
        <source>of {0}</source>
        <translation>/ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="280" />
        <source>The printer could not be opened.</source>
        <translation>Không mở được máy in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="289" />
        <source>Printing failed</source>
        <translation>In không thành công</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="301" />
        <source>Save as PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="302" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="315" />
        <source>Cannot save the file</source>
        <translation>Không lưu được tệp</translation>
    </message>
</context>
</TS>