<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneReviewPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="26" />
        <source>Action programme (…-CTr/ĐU)</source>
        <translation>Chương trình hành động (…-CTr/ĐU)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="27" />
        <source>Quarterly report (…-BC/ĐU)</source>
        <translation>Báo cáo quý (…-BC/ĐU)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="28" />
        <source>Yearly review “sơ kết” (…-BC/ĐU)</source>
        <translation>Báo cáo sơ kết năm (…-BC/ĐU)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="35" />
        <source>Save the PDF</source>
        <translation>Lưu tệp PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="36" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="92" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="93" />
        <source>Satisfaction surveys of the year (the yardstick of the review):</source>
        <translation>Các cuộc khảo sát sự hài lòng trong năm (thước đo khi sơ kết):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="94" />
        <source>Document:</source>
        <translation>Văn bản:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="95" />
        <source>Quarter:</source>
        <translation>Quý:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="96" />
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="97" />
        <source>Send to the level above</source>
        <translation>Gửi lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="100" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="100" />
        <source>Survey</source>
        <translation>Cuộc khảo sát</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="100" />
        <source>Asked</source>
        <translation>Số người được hỏi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="100" />
        <source>Satisfied</source>
        <translation>Số người hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="101" />
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="122" />
        <source>No satisfaction survey recorded this year (target %1).</source>
        <translation>Năm nay chưa ghi cuộc khảo sát sự hài lòng nào (mục tiêu %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="125" />
        <source>Overall: %1 of %2 people asked are satisfied (%3); target %4: %5.</source>
        <translation>Chung: %1/%2 người được hỏi hài lòng (%3); mục tiêu %4: %5.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="130" />
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="130" />
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="145" />
        <source>Saved “%1” (%2 pages), number %3.</source>
        <translation>Đã lưu “%1” (%2 trang), số %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="148" />
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="155" />
        <source>“%1” is in the outbox, waiting to be sent.</source>
        <translation>“%1” đã vào hộp thư đi, chờ gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="157" />
        <source>Preparing the package…</source>
        <translation>Đang chuẩn bị gói…</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="161" />
        <source>Review and documents</source>
        <translation>Sơ kết và văn bản</translation>
    </message>
</context>
</TS>