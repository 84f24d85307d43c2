<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="112"/>
        <source>Assessment period: {0} ({1} – {2})</source>
        <translation>Kỳ đánh giá: {0} ({1} – {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="55"/>
        <source>Next deadlines</source>
        <translation>Các hạn sắp tới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="53"/>
        <source>Guide (F1)</source>
        <translation>Hướng dẫn (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="54"/>
        <source>The yearly cycle and the meaning of each criterion</source>
        <translation>Quy trình trong năm và ý nghĩa từng tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="86"/>
        <source>Sổ Thi Đua</source>
        <translation>Sổ Thi Đua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="110"/>
        <source>Overview — {0}</source>
        <translation>Tổng quan — kỳ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="121"/>
        <source>{0}: {1} — {2} days left</source>
        <translation>{0}: {1} — còn {2} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="123"/>
        <source>{0}: {1} — due today</source>
        <translation>{0}: {1} — hôm nay là hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="126"/>
        <source>No upcoming deadline.</source>
        <translation>Không có hạn nào sắp tới.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="56"/>
        <source>Next actions</source>
        <translation>Việc cần làm tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="57"/>
        <source>Click an action to open the page where it is done.</source>
        <translation>Nhấp vào một việc để mở màn hình thực hiện việc đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="59"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="60"/>
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="130"/>
        <source>Reminder: {0}</source>
        <translation>Nhắc việc: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="139"/>
        <source>No members yet — import the list from Excel to begin.</source>
        <translation>Chưa có đoàn viên — Nhập danh sách từ Excel để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="140"/>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="159"/>
        <source>completed — recognisable (80% needed)</source>
        <translation>hoàn thành — đủ điều kiện công nhận (cần 80%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="161"/>
        <source>completed — not yet recognisable (80% needed)</source>
        <translation>hoàn thành — chưa đủ điều kiện công nhận (cần 80%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="152"/>
        <location filename="../../desktop/ui/pages/home.py" line="165"/>
        <source>criteria met ({0} needed)</source>
        <translation>tiêu chí đạt (cần {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="150"/>
        <source>No members yet</source>
        <translation>Chưa có đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="150"/>
        <source>add the member list to see the progress</source>
        <translation>nhập danh sách đoàn viên để xem tiến độ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="153"/>
        <location filename="../../desktop/ui/pages/home.py" line="168"/>
        <source>criteria at risk</source>
        <translation>tiêu chí có nguy cơ chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="154"/>
        <location filename="../../desktop/ui/pages/home.py" line="173"/>
        <source>not met or awaiting a judgement</source>
        <translation>chưa đạt hoặc chờ đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="182"/>
        <source>members in {0} branches, as the summaries received report them</source>
        <translation>đoàn viên ở {0} chi đoàn, theo các báo cáo tổng hợp đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="189"/>
        <source>members today in {0} branches</source>
        <translation>đoàn viên hôm nay ở {0} chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="193"/>
        <source>members on the roster today</source>
        <translation>đoàn viên trong danh sách hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="205"/>
        <source>By quarter</source>
        <translation>Theo quý</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="206"/>
        <source>Volunteer days</source>
        <translation>Ngày tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="207"/>
        <source>By month</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="208"/>
        <source>Branches</source>
        <translation>Các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="243"/>
        <location filename="../../desktop/ui/pages/home.py" line="340"/>
        <source>From the upper level</source>
        <translation>Từ cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="262"/>
        <source>Record in the log</source>
        <translation>Ghi vào sổ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="266"/>
        <source>Records this alert or share request in the branch&apos;s log (CD-1.3 / CD-1.4) with the sender, date and link filled in</source>
        <translation>Ghi cảnh báo hoặc đề nghị chia sẻ này vào sổ theo dõi của chi đoàn (CD-1.3 / CD-1.4), có sẵn nơi gửi, ngày và đường dẫn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="273"/>
        <source>Open the page</source>
        <translation>Mở trang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="278"/>
        <source>Put away</source>
        <translation>Cất đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="378"/>
        <source>Open the page where this is done</source>
        <translation>Mở màn hình thực hiện việc này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="383"/>
        <source>Nothing pending: every commune is connected and has sent its review.</source>
        <translation>Không có việc tồn đọng: mọi Đảng ủy xã đã kết nối và đã gửi báo cáo sơ kết.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="385"/>
        <source>Nothing pending: every summary due has arrived and has been decided.</source>
        <translation>Không có việc tồn đọng: các báo cáo tổng hợp đến hạn đã nhận đủ và đã được duyệt hoặc trả lại.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="387"/>
        <source>Nothing pending: every criterion is on track.</source>
        <translation>Không có việc tồn đọng: mọi tiêu chí đều đúng tiến độ.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="419"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
</context>
</TS>
