<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BranchesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="163"/>
        <source>Read-only: data received from the branch&apos;s own installation</source>
        <translation>Chỉ xem: dữ liệu nhận từ máy của chính chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="344"/>
        <source>Remind the late branches</source>
        <translation>Nhắc các chi đoàn chậm nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="352"/>
        <location filename="../../desktop/ui/pages/branches.py" line="402"/>
        <source>Branches</source>
        <translation>Các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="117"/>
        <source>Same person twice ({0})</source>
        <translation>Trùng đoàn viên ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="124"/>
        <source>Could not check for people recorded twice: {0}</source>
        <translation>Không kiểm tra được người có tên hai lần: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="146"/>
        <source>Registration not sent (due {due})</source>
        <translation>Chưa gửi đăng ký (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="147"/>
        <source>Registration still a draft, not submitted (due {due})</source>
        <translation>Bản đăng ký còn là bản nháp, chưa nộp (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="148"/>
        <source>Not registered (due {due})</source>
        <translation>Chưa đăng ký (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="149"/>
        <source>Quarter {q} report not sent (due {due})</source>
        <translation>Chưa gửi báo cáo quý {q} (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="150"/>
        <source>Year-end result not sent (due {due})</source>
        <translation>Chưa gửi kết quả cuối năm (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="208"/>
        <source>records here ({0})</source>
        <translation>sổ ĐCS ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="211"/>
        <source>package: year-end ({0})</source>
        <translation>gói cuối năm ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="212"/>
        <source>package: quarter {0} ({1})</source>
        <translation>gói quý {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="240"/>
        <source>{0} branches · {1} registered ({2} on time) · {3} with progress figures · {4} recognisable · {5} proposed · {6} recognised · {7} with something overdue</source>
        <translation>{0} chi đoàn · {1} đã đăng ký ({2} đúng hạn) · {3} có số liệu tiến độ · {4} đủ điều kiện công nhận · {5} đã đề nghị · {6} đã công nhận · {7} có việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="358"/>
        <location filename="../../desktop/ui/pages/branches.py" line="372"/>
        <source>Return for correction</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="360"/>
        <source>{0} has no installation of its own: its records are kept on this computer, correct them here.</source>
        <translation>{0} không dùng phần mềm trên máy riêng: hồ sơ của chi đoàn được quản lý trên máy này, hãy sửa trực tiếp tại đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="396"/>
        <source>Relay an alert</source>
        <translation>Chuyển cảnh báo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="137"/>
        <source>The progress of the branches kept here could not be computed: {0}</source>
        <translation>Không tính được tiến độ của các chi đoàn quản lý tại đây: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="157"/>
        <source>computing…</source>
        <translation>đang tính…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="206"/>
        <source>records here</source>
        <translation>sổ ĐCS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="165"/>
        <source>Kept on this computer: the branch has no installation of its own</source>
        <translation>Quản lý trên máy này: chi đoàn không có phần mềm riêng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="168"/>
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="169"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="174"/>
        <source>package from the branch, received {0}</source>
        <translation>gói của chi đoàn, nhận ngày {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="176"/>
        <source>package from the branch</source>
        <translation>gói của chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="179"/>
        <source>records kept by the grassroots union on this computer</source>
        <translation>sổ của Đoàn cơ sở trên máy này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="181"/>
        <source>nothing recorded yet</source>
        <translation>chưa có gì được ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="182"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="184"/>
        <source>Computing the progress from the records…</source>
        <translation>Đang tính tiến độ từ sổ sách…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="190"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="190"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="195"/>
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="197"/>
        <source>not yet (due {0})</source>
        <translation>chưa (hạn {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="200"/>
        <source>{0}, on time</source>
        <translation>{0}, đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="200"/>
        <source>{0}, late</source>
        <translation>{0}, trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="255"/>
        <source>Computing the progress of {0} branches from the records kept here…</source>
        <translation>Đang tính tiến độ của {0} chi đoàn từ sổ của Đoàn cơ sở…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="262"/>
        <source>{0} people are recorded as active members twice (in one branch or in two branches) and counted twice: see the tab “Same person twice”.</source>
        <translation>{0} người có tên hai lần trong danh sách đoàn viên (trong một chi đoàn hoặc ở hai chi đoàn) nên bị tính hai lần: xem thẻ “Trùng đoàn viên”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="298"/>
        <source>{0} package(s) put in the outbox:</source>
        <translation>Đã đưa {0} gói vào hộp thư đi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="304"/>
        <source>Sent through the sync server.</source>
        <translation>Đã gửi qua máy chủ đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="307"/>
        <source>The sync server could not be reached ({0}): they will be sent later, or export them in Send and receive.</source>
        <translation>Không kết nối được máy chủ đồng bộ ({0}): các gói sẽ được gửi sau, hoặc xuất tệp ở trang Gửi – nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="312"/>
        <source>Export them in Send and receive (“Export waiting packages…”) and send the files by Zalo or on a USB stick.</source>
        <translation>Xuất tệp ở trang Gửi – nhận (“Xuất các gói chờ gửi ra thư mục…”) rồi gửi tệp qua Zalo hoặc USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="336"/>
        <source>Building the packages…</source>
        <translation>Đang đóng gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="352"/>
        <location filename="../../desktop/ui/pages/branches.py" line="402"/>
        <source>Select a branch.</source>
        <translation>Hãy chọn một chi đoàn.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="413"/>
        <source>Branches</source>
        <translation>Các chi đoàn</translation>
    </message>
</context>
</TS>
