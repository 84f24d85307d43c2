<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CampaignPage</name>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="170" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="171" />
        <location filename="../../desktop/ui/pages/campaign.py" line="272" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="171" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="171" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="172" />
        <source>Explanation</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="173" />
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="174" />
        <source>By quarter</source>
        <translation>Theo quý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="175" />
        <source>Evidence (double-click to open):</source>
        <translation>Minh chứng (nhấp đúp để mở):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="176" />
        <source>Add a record…</source>
        <translation>Ghi minh chứng…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="177" />
        <source>Record judgement…</source>
        <translation>Ghi nhận đánh giá…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="178" />
        <source>Open the log</source>
        <translation>Mở sổ theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="192" />
        <source>No branch to show: add the branches this Đoàn cơ sở holds.</source>
        <translation>Chưa có chi đoàn nào để xem: hãy thêm các chi đoàn trực thuộc Đoàn cơ sở.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="200" />
        <source>Evaluating the criteria…</source>
        <translation>Đang đánh giá các tiêu chí…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="218" />
        <source>As of {0}</source>
        <translation>Tính đến ngày {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="220" />
        <source>{0}/{1} applicable criteria met ({2}); at least {3} needed.</source>
        <translation>Đạt {0}/{1} tiêu chí áp dụng ({2}); cần tối thiểu {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="236" />
        <source>Group {0}: {1}</source>
        <translation>Nhóm {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="281" />
        <source>not started</source>
        <translation>chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="330" />
        <source>No record yet.</source>
        <translation>Chưa có bản ghi nào.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="395" />
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
</context>
</TS>