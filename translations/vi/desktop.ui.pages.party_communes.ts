<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="387"/>
        <source>Communes</source>
        <translation>Các Đảng ủy xã</translation>
    </message>
</context>
<context>
    <name>PartyCommunesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="35"/>
        <source>Save the document</source>
        <translation>Lưu văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="35"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="168"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="169"/>
        <source>Communes and invitations…</source>
        <translation>Danh sách Đảng ủy xã và thư mời…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="170"/>
        <source>Save the commune&apos;s document…</source>
        <translation>Lưu văn bản của Đảng ủy xã…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="171"/>
        <source>Summary report…</source>
        <translation>Báo cáo tổng hợp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="172"/>
        <source>Preview the draft</source>
        <translation>Xem bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="174"/>
        <source>The summary report as it will print, marked “BẢN NHÁP”: no number is taken from the register</source>
        <translation>Báo cáo tổng hợp đúng như khi in, có dấu “BẢN NHÁP”: chưa lấy số trong sổ văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="177"/>
        <source>The Commission&apos;s report on every commune for the year, numbered and ready to sign</source>
        <translation>Báo cáo của Ban về các Đảng ủy xã trong năm, có số văn bản, sẵn sàng để ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="181"/>
        <source>The communes&apos; Party committees (figures from each one&apos;s latest report; choose one to read its models):</source>
        <translation>Các Đảng ủy xã, phường, đặc khu (số liệu theo báo cáo mới nhất của từng nơi; chọn một Đảng ủy để xem từng mô hình):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="184"/>
        <source>Models of the chosen commune:</source>
        <translation>Các mô hình của Đảng ủy đã chọn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="185"/>
        <source>Criteria of the chosen model, as the commune reported them:</source>
        <translation>Các chỉ tiêu của mô hình đã chọn, theo báo cáo của Đảng ủy:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="188"/>
        <source>Party committee</source>
        <translation>Đảng ủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="189"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="190"/>
        <source>Latest report</source>
        <translation>Báo cáo mới nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="191"/>
        <source>Criteria met</source>
        <translation>Chỉ tiêu đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="192"/>
        <source>People satisfied</source>
        <translation>Người dân hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="193"/>
        <source>Youth Union</source>
        <translation>Đoàn xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="194"/>
        <source>Received</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="198"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="198"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="198"/>
        <source>All communes</source>
        <translation>Tất cả các xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="200"/>
        <source>Criterion</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="200"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="200"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="200"/>
        <source>What the commune reported</source>
        <translation>Số liệu, nhận xét xã báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="239"/>
        <source>{0}/{1} · {2} communes</source>
        <translation>{0}/{1} · {2} xã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="243"/>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="244"/>
        <source>Invited</source>
        <translation>Đã mời, chưa kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="244"/>
        <source>Not invited</source>
        <translation>Chưa mời</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="249"/>
        <source>No report yet</source>
        <translation>Chưa có báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="278"/>
        <source>{0} has not sent a report for {1} yet.</source>
        <translation>{0} chưa gửi báo cáo năm {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="283"/>
        <source>People satisfied: {0}.</source>
        <translation>Người dân hài lòng: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="286"/>
        <source>Youth Union ({0}): {1} branches, {2} eligible as Socialist branches.</source>
        <translation>Đoàn xã ({0}): {1} chi đoàn, {2} đủ điều kiện công nhận Chi đoàn XHCN.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="294"/>
        <source>Also received: {0}.</source>
        <translation>Đã nhận thêm: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="334"/>
        <source>Saved: {0}</source>
        <translation>Đã lưu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="354"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="370"/>
        <source>Saved: {0} (No. {1})</source>
        <translation>Đã lưu: {0} (số {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/party_communes.py" line="375"/>
        <source>Communes</source>
        <translation>Các Đảng ủy xã</translation>
    </message>
</context>
</TS>
