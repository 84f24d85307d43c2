<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ReportKind</name>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="36"/>
        <source>Registration for the Socialist branch model with the member list</source>
        <translation>Bản đăng ký xây dựng Chi đoàn XHCN và danh sách đoàn viên đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="40"/>
        <source>Quarterly progress report</source>
        <translation>Báo cáo tiến độ quý</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="44"/>
        <source>Year-end report, self-assessment, proposal for recognition and the Socialist member list</source>
        <translation>Báo cáo kết quả, tự đánh giá, tờ trình đề nghị công nhận và danh sách Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="48"/>
        <source>Volunteer-day log (per member and per activity)</source>
        <translation>Sổ theo dõi ngày tình nguyện (theo đoàn viên và theo hoạt động)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="52"/>
        <source>Registration summary of the branches (due 20/11)</source>
        <translation>Báo cáo tổng hợp đăng ký của các chi đoàn (hạn 20/11)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="56"/>
        <source>Results summary of the branches (due 10/11)</source>
        <translation>Báo cáo tổng hợp kết quả thực hiện tiêu chí (hạn 10/11)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="60"/>
        <source>Appraisal sheet of a branch (its self-assessment and the Đoàn cơ sở&apos;s opinion per criterion)</source>
        <translation>Phiếu thẩm định của Đoàn cơ sở (tự đánh giá của chi đoàn và ý kiến thẩm định từng tiêu chí)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="64"/>
        <source>Recognition decision for Socialist branches and members (with the lists)</source>
        <translation>Quyết định công nhận Chi đoàn XHCN, Đoàn viên XHCN (kèm danh sách)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="68"/>
        <source>Certificates for recognised branches and members</source>
        <translation>Giấy chứng nhận Chi đoàn XHCN, Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="72"/>
        <source>Year-end emulation ranking of the Union organisations below</source>
        <translation>Bảng xếp loại thi đua tổ chức Đoàn cuối năm</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="76"/>
        <source>Interim (2027) or final (2030) review of the model over the years</source>
        <translation>Báo cáo sơ kết (2027), tổng kết (2030) mô hình qua các năm</translation>
    </message>
</context>
</TS>
