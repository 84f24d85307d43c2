<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="225" />
        <source>Import results</source>
        <translation>Kết quả nhập gói</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="237" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="237" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="237" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="245" />
        <source>No package file was found.</source>
        <translation>Không tìm thấy tệp gói nào.</translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="151" />
        <source>Package preview</source>
        <translation>Xem trước gói</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="159" />
        <source>This package would be rejected: {0}</source>
        <translation>Gói này sẽ bị từ chối: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="162" />
        <source>Signature and contents checked: the package is intact.</source>
        <translation>Đã kiểm tra chữ ký và nội dung: gói nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="165" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="166" />
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="167" />
        <source>To:</source>
        <translation>Gửi đến:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="167" />
        <source>any unit</source>
        <translation>mọi đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="170" />
        <source>quarter {0}</source>
        <translation>quý {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="171" />
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="172" />
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="173" />
        <source>Created:</source>
        <translation>Lập lúc:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="176" />
        <source>Package id:</source>
        <translation>Mã gói:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="179" />
        <source>Signed with key:</source>
        <translation>Ký bằng khóa:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="180" />
        <source>Size:</source>
        <translation>Dung lượng:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="184" />
        <source>Document: {0} ({1})</source>
        <translation>Văn bản: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="186" />
        <source>Evidence: {0} ({1})</source>
        <translation>Minh chứng: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="188" />
        <source>No document or evidence file.</source>
        <translation>Không có văn bản hay tệp minh chứng.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="194" />
        <source>Personal data of members in this package ({0} members): {1}.</source>
        <translation>Thông tin cá nhân của đoàn viên trong gói ({0} đoàn viên): {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="197" />
        <source>No personal data of members in this package.</source>
        <translation>Gói không chứa thông tin cá nhân của đoàn viên.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="200" />
        <source>The branch's record for the Đoàn cơ sở ({0} members) keeps only: {1}. Dates of birth, phone numbers, ID numbers, addresses and Party membership are never sent.</source>
        <translation>Hồ sơ chi đoàn gửi Đoàn cơ sở ({0} đoàn viên) chỉ giữ: {1}. Ngày sinh, số điện thoại, số định danh, nơi ở và thông tin đảng viên không bao giờ được gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_widgets.py" line="207" />
        <source>Files in the package:</source>
        <translation>Các tệp trong gói:</translation>
    </message>
</context>
</TS>