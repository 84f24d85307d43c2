<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneReviewPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="40"/>
        <source>Action programme (…-CTr/ĐU)</source>
        <translation>Chương trình hành động (…-CTr/ĐU)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="41"/>
        <source>Quarterly report (…-BC/ĐU)</source>
        <translation>Báo cáo quý (…-BC/ĐU)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="42"/>
        <source>Yearly review “sơ kết” (…-BC/ĐU)</source>
        <translation>Báo cáo sơ kết năm (…-BC/ĐU)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="80"/>
        <source>Save the PDF</source>
        <translation>Lưu tệp PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="80"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="81"/>
        <source>Save the file to send by Zalo/USB</source>
        <translation>Lưu tệp để gửi qua Zalo/USB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="82"/>
        <source>Sổ Thi Đua packages (*.stpkg)</source>
        <translation>Gói Sổ Thi Đua (*.stpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="186"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="187"/>
        <source>Satisfaction surveys of the year (the yardstick of the review):</source>
        <translation>Các cuộc khảo sát sự hài lòng trong năm (thước đo khi sơ kết):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="188"/>
        <source>Document:</source>
        <translation>Văn bản:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="189"/>
        <source>Quarter:</source>
        <translation>Quý:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="198"/>
        <source>Send to the level above</source>
        <translation>Gửi lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="201"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="201"/>
        <source>Survey</source>
        <translation>Cuộc khảo sát</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="201"/>
        <source>Asked</source>
        <translation>Số người được hỏi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="201"/>
        <source>Satisfied</source>
        <translation>Số người hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="202"/>
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="268"/>
        <source>No satisfaction survey recorded this year (target %1).</source>
        <translation>Năm nay chưa ghi cuộc khảo sát sự hài lòng nào (mục tiêu %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="271"/>
        <source>Overall: %1 of %2 people asked are satisfied (%3); target %4: %5.</source>
        <translation>Chung: %1/%2 người được hỏi hài lòng (%3); mục tiêu %4: %5.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="276"/>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="276"/>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="291"/>
        <source>Saved “%1” (%2 pages), number %3.</source>
        <translation>Đã lưu “%1” (%2 trang), số %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="312"/>
        <source>“%1” is in the outbox, waiting to be sent (Send and receive).</source>
        <translation>“%1” đang ở hộp thư đi, chờ gửi (trang Gửi – nhận).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="319"/>
        <source>Saved “%1”: send this file to the upper level by Zalo, e-mail or USB.</source>
        <translation>Đã lưu “%1”: gửi tệp này lên cấp trên qua Zalo, thư điện tử hoặc USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="260"/>
        <location filename="../../desktop/ui/pages/commune_review.py" line="294"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="39"/>
        <source>Registration for the year&apos;s models (…-ĐK/ĐU)</source>
        <translation>Bản đăng ký thực hiện các mô hình (…-ĐK/ĐU)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="190"/>
        <source>Issue and save as PDF…</source>
        <translation>Ban hành và lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="191"/>
        <source>Preview the draft</source>
        <translation>Xem bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="192"/>
        <source>Dated:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="193"/>
        <source>Register for the models…</source>
        <translation>Đăng ký mô hình…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="194"/>
        <source>Written by the committee for the yearly review</source>
        <translation>Đảng ủy tự viết trong báo cáo sơ kết</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="195"/>
        <source>Lessons learned:</source>
        <translation>Bài học kinh nghiệm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="196"/>
        <source>Directions for next year (one per line):</source>
        <translation>Phương hướng năm tới (mỗi ý một dòng):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="197"/>
        <source>Save what was written</source>
        <translation>Lưu nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="226"/>
        <source>Registered on %1 for %2 model(s).</source>
        <translation>Đã đăng ký ngày %1 cho %2 mô hình.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="228"/>
        <source>Not registered for %1 yet.</source>
        <translation>Chưa đăng ký năm %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="326"/>
        <source>Preparing the package…</source>
        <translation>Đang chuẩn bị gói…</translation>
    </message>
</context>
<context>
    <name>DraftPreview</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="56"/>
        <source>Draft — no number taken: %1</source>
        <translation>Bản nháp — chưa lấy số: %1</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_review.py" line="329"/>
        <source>Review and documents</source>
        <translation>Sơ kết và văn bản</translation>
    </message>
</context>
</TS>
