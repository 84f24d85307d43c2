<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CampaignPage</name>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="179" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="180" />
        <location filename="../../desktop/ui/pages/campaign.py" line="291" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="180" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="180" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="181" />
        <source>Explanation</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="182" />
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="183" />
        <source>By quarter</source>
        <translation>Theo quý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="184" />
        <source>Evidence (double-click to open):</source>
        <translation>Minh chứng (nhấp đúp để mở):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="185" />
        <source>Add a record…</source>
        <translation>Ghi minh chứng…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="186" />
        <source>Record judgement…</source>
        <translation>Ghi nhận đánh giá…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="187" />
        <source>Open the log</source>
        <translation>Mở sổ theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="188" />
        <source>? What it means</source>
        <translation>? Ý nghĩa tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="202" />
        <source>No branch to show: add the branches this Đoàn cơ sở holds.</source>
        <translation>Chưa có chi đoàn nào để xem: hãy thêm các chi đoàn trực thuộc Đoàn cơ sở.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="210" />
        <source>Evaluating the criteria…</source>
        <translation>Đang đánh giá các tiêu chí…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="237" />
        <source>As of {0}</source>
        <translation>Tính đến ngày {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="255" />
        <source>Group {0}: {1}</source>
        <translation>Nhóm {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="300" />
        <source>not started</source>
        <translation>chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="349" />
        <source>No record yet.</source>
        <translation>Chưa có bản ghi nào.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="420" />
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
</context>
</TS>