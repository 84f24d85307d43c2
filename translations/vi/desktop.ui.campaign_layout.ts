<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CampaignLayout</name>
    <message>
        <location filename="../../desktop/ui/campaign_layout.py" line="148"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_layout.py" line="149"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_layout.py" line="149"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_layout.py" line="149"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_layout.py" line="149"/>
        <source>Explanation</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_layout.py" line="150"/>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_layout.py" line="151"/>
        <source>By quarter</source>
        <translation>Theo quý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_layout.py" line="152"/>
        <source>Evidence (double-click to open):</source>
        <translation>Minh chứng (nhấp đúp để mở):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_layout.py" line="153"/>
        <source>Add a record…</source>
        <translation>Ghi minh chứng…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_layout.py" line="154"/>
        <source>Record judgement…</source>
        <translation>Ghi nhận đánh giá…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_layout.py" line="155"/>
        <source>Open the log</source>
        <translation>Mở sổ theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/campaign_layout.py" line="156"/>
        <source>? What it means</source>
        <translation>? Ý nghĩa tiêu chí</translation>
    </message>
</context>
</TS>
