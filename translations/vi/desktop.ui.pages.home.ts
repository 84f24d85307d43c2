<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="241" />
        <source>Assessment period: {0} ({1} – {2})</source>
        <translation>Kỳ đánh giá: {0} ({1} – {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="194" />
        <source>Next deadlines</source>
        <translation>Các hạn sắp tới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="192" />
        <source>Guide (F1)</source>
        <translation>Hướng dẫn (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="193" />
        <source>The yearly cycle and the meaning of each criterion</source>
        <translation>Quy trình trong năm và ý nghĩa từng tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="221" />
        <source>Sổ Thi Đua</source>
        <translation>Sổ Thi Đua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="240" />
        <source>Overview — {0}</source>
        <translation>Tổng quan — kỳ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="247" />
        <source>{0}: {1} — {2} days left</source>
        <translation>{0}: {1} — còn {2} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="248" />
        <source>{0}: {1} — due today</source>
        <translation>{0}: {1} — hôm nay là hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="250" />
        <source>No upcoming deadline.</source>
        <translation>Không có hạn nào sắp tới.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="195" />
        <source>Next actions</source>
        <translation>Việc cần làm tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="196" />
        <source>Click an action to open the page where it is done.</source>
        <translation>Nhấp vào một việc để mở màn hình thực hiện việc đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="198" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="199" />
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="254" />
        <source>Reminder: {0}</source>
        <translation>Nhắc việc: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="262" />
        <source>No members yet — import the list from Excel to begin.</source>
        <translation>Chưa có đoàn viên — Nhập danh sách từ Excel để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="263" />
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="281" />
        <source>completed — recognisable (80% needed)</source>
        <translation>hoàn thành — đủ điều kiện công nhận (cần 80%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="282" />
        <source>completed — not yet recognisable (80% needed)</source>
        <translation>hoàn thành — chưa đủ điều kiện công nhận (cần 80%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="274" />
        <location filename="../../desktop/ui/pages/home.py" line="284" />
        <source>criteria met ({0} needed)</source>
        <translation>tiêu chí đạt (cần {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="272" />
        <source>No members yet</source>
        <translation>Chưa có đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="272" />
        <source>add the member list to see the progress</source>
        <translation>nhập danh sách đoàn viên để xem tiến độ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="275" />
        <location filename="../../desktop/ui/pages/home.py" line="285" />
        <source>criteria at risk</source>
        <translation>tiêu chí có nguy cơ chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="276" />
        <location filename="../../desktop/ui/pages/home.py" line="289" />
        <source>not met or awaiting a judgement</source>
        <translation>chưa đạt hoặc chờ đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="296" />
        <source>members today in {0} branches</source>
        <translation>đoàn viên hôm nay ở {0} chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="298" />
        <source>members on the roster today</source>
        <translation>đoàn viên trong danh sách hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="308" />
        <source>By quarter</source>
        <translation>Theo quý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="308" />
        <source>Volunteer days</source>
        <translation>Ngày tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="309" />
        <source>By month</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="309" />
        <source>Branches</source>
        <translation>Các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="341" />
        <source>Open the page where this is done</source>
        <translation>Mở màn hình thực hiện việc này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="344" />
        <source>Nothing pending: every criterion is on track.</source>
        <translation>Không có việc tồn đọng: mọi tiêu chí đều đúng tiến độ.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="374" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
</context>
</TS>