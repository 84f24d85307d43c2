<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CampaignPage</name>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="242"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="82"/>
        <source>No branch to show: add the branches this Đoàn cơ sở holds.</source>
        <translation>Chưa có chi đoàn nào để xem: hãy thêm các chi đoàn trực thuộc Đoàn cơ sở.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="103"/>
        <source>Evaluating the criteria…</source>
        <translation>Đang đánh giá các tiêu chí…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="142"/>
        <source>Submit the report of quarter {0} to the Đoàn cơ sở…</source>
        <translation>Nộp báo cáo quý {0} lên Đoàn cơ sở…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="146"/>
        <source>Returned for correction by the upper level: {0}</source>
        <translation>Cấp trên trả lại để sửa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="175"/>
        <source>As of {0}</source>
        <translation>Tính đến ngày {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="179"/>
        <source>Criteria catalog {0}, version {1}</source>
        <translation>Bộ tiêu chí {0}, phiên bản {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="180"/>
        <source> (update from {0})</source>
        <translation> (cập nhật từ {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="205"/>
        <source>Group {0}: {1}</source>
        <translation>Nhóm {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="251"/>
        <source>not started</source>
        <translation>chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="299"/>
        <source>No record yet.</source>
        <translation>Chưa có bản ghi nào.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/campaign.py" line="379"/>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
</context>
</TS>
