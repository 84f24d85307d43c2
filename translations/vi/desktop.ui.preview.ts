<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../desktop/ui/preview.py" line="141" />
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="142" />
        <source>◀ Previous</source>
        <translation>◀ Trang trước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="143" />
        <source>Next ▶</source>
        <translation>Trang sau ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="144" />
        <source>Zoom:</source>
        <translation>Thu phóng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="145" />
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="146" />
        <source>Save as PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="147" />
        <source>Issue with a number…</source>
        <translation>Ban hành, cấp số…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="148" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="152" />
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="172" />
        <location filename="../../desktop/ui/preview.py" line="180" />
        <location filename="../../desktop/ui/preview.py" line="228" />
        <source>Preparing the document…</source>
        <translation>Đang lập văn bản…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="206" />
        <source>Issue the document</source>
        <translation>Ban hành văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="207" />
        <source>Give this document the next number from the document register and issue it? A number once given is not taken back; printing it again keeps the same number and date.</source>
        <translation>Cấp số tiếp theo trong sổ đăng ký văn bản và ban hành văn bản này? Số đã cấp không thu hồi được; in lại vẫn giữ nguyên số và ngày.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="221" />
        <source>Cannot issue the document</source>
        <translation>Không ban hành được văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="235" />
        <source>Cannot prepare the document</source>
        <translation>Không lập được văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="250" />
        <source>reprint, number kept</source>
        <translation>in lại, giữ nguyên số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="252" />
        <source>draft: no number given yet</source>
        <translation>bản nháp, chưa cấp số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="255" />
        <source>of {0}</source>
        <translation>/ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="331" />
        <source>The printer could not be opened.</source>
        <translation>Không mở được máy in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="340" />
        <source>Printing failed</source>
        <translation>In không thành công</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="351" />
        <source>Save as PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="352" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="365" />
        <source>Cannot save the file</source>
        <translation>Không lưu được tệp</translation>
    </message>
</context>
</TS>