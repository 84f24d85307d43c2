<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ReportKind</name>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="35" />
        <source>Registration for the Socialist branch model with the member list</source>
        <translation>Bản đăng ký xây dựng Chi đoàn XHCN và danh sách đoàn viên đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="39" />
        <source>Quarterly progress report</source>
        <translation>Báo cáo tiến độ quý</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="43" />
        <source>Year-end report, self-assessment, proposal for recognition and the Socialist member list</source>
        <translation>Báo cáo kết quả, tự đánh giá, tờ trình đề nghị công nhận và danh sách Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="47" />
        <source>Volunteer-day log (per member and per activity)</source>
        <translation>Sổ theo dõi ngày tình nguyện (theo đoàn viên và theo hoạt động)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="51" />
        <source>Registration summary of the branches (due 20/11)</source>
        <translation>Báo cáo tổng hợp đăng ký của các chi đoàn (hạn 20/11)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="55" />
        <source>Results summary of the branches (due 10/11)</source>
        <translation>Báo cáo tổng hợp kết quả thực hiện tiêu chí (hạn 10/11)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="59" />
        <source>Recognition decision for Socialist branches and members (with the lists)</source>
        <translation>Quyết định công nhận Chi đoàn XHCN, Đoàn viên XHCN (kèm danh sách)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/kinds.py" line="63" />
        <source>Certificates for recognised branches and members</source>
        <translation>Giấy chứng nhận Chi đoàn XHCN, Đoàn viên XHCN</translation>
    </message>
</context>
</TS>