<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="287"/>
        <source>Communes</source>
        <translation>Các Đảng ủy xã</translation>
    </message>
</context>
<context>
    <name>PartyCommunesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="39"/>
        <source>Save the document</source>
        <translation>Lưu văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="39"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="138"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="139"/>
        <source>Communes and invitations…</source>
        <translation>Danh sách Đảng ủy xã và thư mời…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="140"/>
        <source>Save the commune&apos;s document…</source>
        <translation>Lưu văn bản của Đảng ủy xã…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="141"/>
        <source>The communes&apos; Party committees (figures from each one&apos;s latest report; choose one to read its models):</source>
        <translation>Các Đảng ủy xã, phường, đặc khu (số liệu theo báo cáo mới nhất của từng nơi; chọn một Đảng ủy để xem từng mô hình):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="143"/>
        <source>Models of the chosen commune:</source>
        <translation>Các mô hình của Đảng ủy đã chọn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="144"/>
        <source>Criteria of the chosen model, as the commune reported them:</source>
        <translation>Các chỉ tiêu của mô hình đã chọn, theo báo cáo của Đảng ủy:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="145"/>
        <source>Party committee</source>
        <translation>Đảng ủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="145"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="145"/>
        <source>Latest report</source>
        <translation>Báo cáo mới nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="146"/>
        <source>Criteria met</source>
        <translation>Chỉ tiêu đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="146"/>
        <source>People satisfied</source>
        <translation>Người dân hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="146"/>
        <source>Youth Union</source>
        <translation>Đoàn xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="147"/>
        <source>Received</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="148"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="148"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="148"/>
        <source>All communes</source>
        <translation>Tất cả các xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="149"/>
        <source>Criterion</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="149"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="149"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="150"/>
        <source>What the commune reported</source>
        <translation>Số liệu, nhận xét xã báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="188"/>
        <source>{0}/{1} · {2} communes</source>
        <translation>{0}/{1} · {2} xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="192"/>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="193"/>
        <source>Invited</source>
        <translation>Đã mời, chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="193"/>
        <source>Not invited</source>
        <translation>Chưa mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="198"/>
        <source>No report yet</source>
        <translation>Chưa có báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="227"/>
        <source>{0} has not sent a report for {1} yet.</source>
        <translation>{0} chưa gửi báo cáo năm {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="232"/>
        <source>People satisfied: {0}.</source>
        <translation>Người dân hài lòng: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="234"/>
        <source>Youth Union ({0}): {1} branches, {2} eligible as Socialist branches.</source>
        <translation>Đoàn xã ({0}): {1} chi đoàn, {2} đủ điều kiện công nhận Chi đoàn XHCN.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="239"/>
        <source>Also received: {0}.</source>
        <translation>Đã nhận thêm: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="277"/>
        <source>Saved: {0}</source>
        <translation>Đã lưu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="284"/>
        <source>Communes</source>
        <translation>Các Đảng ủy xã</translation>
    </message>
</context>
</TS>
