<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PaperCheckDialog</name>
    <message>
        <location filename="../../desktop/ui/paper_check.py" line="64" />
        <source>Check a paper copy</source>
        <translation>Kiểm tra bản giấy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_check.py" line="66" />
        <source>Every document sent in a package carries a QR code and a check code at the bottom left of each page. Type the check code, or choose a photo, scan or PDF of the page, to see whether the paper matches the package this unit received.</source>
        <translation>Mỗi văn bản gửi trong gói dữ liệu có mã QR và mã kiểm tra ở góc dưới bên trái mỗi trang. Gõ mã kiểm tra, hoặc chọn ảnh chụp, bản quét hay tệp PDF của trang giấy, để biết bản giấy có khớp với gói đơn vị đã nhận không.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_check.py" line="69" />
        <source>Check code:</source>
        <translation>Mã kiểm tra:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_check.py" line="70" />
        <source>e.g. K7M2Q-9XD4T</source>
        <translation>ví dụ K7M2Q-9XD4T</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_check.py" line="71" />
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_check.py" line="72" />
        <source>Photo or scan…</source>
        <translation>Ảnh chụp hoặc bản quét…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_check.py" line="77" />
        <source>Photo, scan or PDF of the page</source>
        <translation>Ảnh chụp, bản quét hoặc tệp PDF của trang giấy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_check.py" line="78" />
        <source>Images and PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf)</source>
        <translation>Ảnh và PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_check.py" line="86" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_check.py" line="88" />
        <source>Checking the paper…</source>
        <translation>Đang kiểm tra bản giấy…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_check.py" line="97" />
        <source>What differs:</source>
        <translation>Khác nhau:</translation>
    </message>
</context>
</TS>