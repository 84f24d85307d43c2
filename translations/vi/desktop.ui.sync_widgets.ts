<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="180" />
        <source>Import results</source>
        <translation>Kết quả nhập gói</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="192" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="192" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="192" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="200" />
        <source>No package file was found.</source>
        <translation>Không tìm thấy tệp gói nào.</translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="71" />
        <source>Package preview</source>
        <translation>Xem trước gói</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="79" />
        <source>This package would be rejected: {0}</source>
        <translation>Gói này sẽ bị từ chối: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="82" />
        <source>Signature and contents checked: the package is intact.</source>
        <translation>Đã kiểm tra chữ ký và nội dung: gói nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="85" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="86" />
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="87" />
        <source>To:</source>
        <translation>Gửi đến:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="87" />
        <source>any unit</source>
        <translation>mọi đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="90" />
        <source>quarter {0}</source>
        <translation>quý {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="91" />
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="92" />
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="93" />
        <source>Created:</source>
        <translation>Lập lúc:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="96" />
        <source>Package id:</source>
        <translation>Mã gói:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="99" />
        <source>Signed with key:</source>
        <translation>Ký bằng khóa:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="100" />
        <source>Size:</source>
        <translation>Dung lượng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="105" />
        <source>Document: {0} ({1})</source>
        <translation>Văn bản: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="109" />
        <source>Evidence: {0} ({1})</source>
        <translation>Minh chứng: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="111" />
        <source>No document or evidence file.</source>
        <translation>Không có văn bản hay tệp minh chứng.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="117" />
        <source>Personal data of members in this package ({0} members): {1}.</source>
        <translation>Thông tin cá nhân của đoàn viên trong gói ({0} đoàn viên): {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="120" />
        <source>No personal data of members in this package.</source>
        <translation>Gói không chứa thông tin cá nhân của đoàn viên.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="123" />
        <source>The branch's record for the Đoàn cơ sở ({0} members) keeps only: {1}. Dates of birth, phone numbers, ID numbers, addresses and Party membership are never sent.</source>
        <translation>Hồ sơ chi đoàn gửi Đoàn cơ sở ({0} đoàn viên) chỉ giữ: {1}. Ngày sinh, số điện thoại, số định danh, nơi ở và thông tin đảng viên không bao giờ được gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="130" />
        <source>Files in the package:</source>
        <translation>Các tệp trong gói:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="137" />
        <source>Save the document as PDF…</source>
        <translation>Lưu văn bản ra PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="139" />
        <source>Print this PDF to sign and send: every page carries the QR code and check code of this package.</source>
        <translation>In tệp PDF này để ký và gửi: mỗi trang có mã QR và mã kiểm tra của gói này.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="158" />
        <source>Save the document as PDF</source>
        <translation>Lưu văn bản ra PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="159" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
</TS>