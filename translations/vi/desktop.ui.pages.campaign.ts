<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CampaignPage</name>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="195"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="196"/>
        <location filename="../../desktop/ui/pages/campaign.py" line="366"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="196"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="196"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="197"/>
        <source>Explanation</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="198"/>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="199"/>
        <source>By quarter</source>
        <translation>Theo quý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="200"/>
        <source>Evidence (double-click to open):</source>
        <translation>Minh chứng (nhấp đúp để mở):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="201"/>
        <source>Add a record…</source>
        <translation>Ghi minh chứng…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="202"/>
        <source>Record judgement…</source>
        <translation>Ghi nhận đánh giá…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="203"/>
        <source>Open the log</source>
        <translation>Mở sổ theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="204"/>
        <source>? What it means</source>
        <translation>? Ý nghĩa tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="218"/>
        <source>No branch to show: add the branches this Đoàn cơ sở holds.</source>
        <translation>Chưa có chi đoàn nào để xem: hãy thêm các chi đoàn trực thuộc Đoàn cơ sở.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="237"/>
        <source>Evaluating the criteria…</source>
        <translation>Đang đánh giá các tiêu chí…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="272"/>
        <source>Submit the report of quarter {0} to the Đoàn cơ sở…</source>
        <translation>Nộp báo cáo quý {0} lên Đoàn cơ sở…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="276"/>
        <source>Returned for correction by the upper level: {0}</source>
        <translation>Cấp trên trả lại để sửa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="305"/>
        <source>As of {0}</source>
        <translation>Tính đến ngày {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="308"/>
        <source>Criteria catalog {0}, version {1}</source>
        <translation>Bộ tiêu chí {0}, phiên bản {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="310"/>
        <source> (update from {0})</source>
        <translation> (cập nhật từ {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="330"/>
        <source>Group {0}: {1}</source>
        <translation>Nhóm {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="375"/>
        <source>not started</source>
        <translation>chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="424"/>
        <source>No record yet.</source>
        <translation>Chưa có bản ghi nào.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="495"/>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
</context>
</TS>
