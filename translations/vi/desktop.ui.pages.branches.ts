<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BranchesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="353" />
        <source>Read-only: data received from the branch's own installation</source>
        <translation>Chỉ xem: dữ liệu nhận từ máy của chính chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="212" />
        <source>Assessment year:</source>
        <translation>Năm đánh giá:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="123" />
        <source>No members yet</source>
        <translation>Chưa có đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="174" />
        <source>same Union card number</source>
        <translation>cùng số thẻ đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="175" />
        <source>same name and date of birth</source>
        <translation>cùng họ tên và ngày sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="213" />
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="214" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="215" />
        <source>Open the branch's criteria</source>
        <translation>Mở tiêu chí của chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="216" />
        <source>Received packages</source>
        <translation>Các gói đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="217" />
        <location filename="../../desktop/ui/pages/branches.py" line="491" />
        <source>Remind the late branches</source>
        <translation>Nhắc các chi đoàn chậm nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="218" />
        <source>Sends a reminder to every branch with its own installation that is late or has sent nothing; it shows on the branch's home screen.</source>
        <translation>Gửi lời nhắc cho mọi chi đoàn (có máy riêng) đang chậm hoặc chưa gửi; lời nhắc hiện ở trang Tổng quan của chi đoàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="220" />
        <source>Send to the branches</source>
        <translation>Gửi xuống chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="221" />
        <source>Return a branch's submission for correction, or relay an alert or a share request to every branch</source>
        <translation>Trả lại hồ sơ của một chi đoàn để sửa, hoặc chuyển cảnh báo, đề nghị chia sẻ cho mọi chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="223" />
        <source>Return for correction…</source>
        <translation>Trả lại để sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="224" />
        <source>Relay an alert…</source>
        <translation>Chuyển cảnh báo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="225" />
        <source>A CD-1.3 warning or a CD-1.4 share request, sent once to every branch: each records it in its log with one click.</source>
        <translation>Cảnh báo CD-1.3 hoặc đề nghị chia sẻ CD-1.4, gửi một lần cho mọi chi đoàn: mỗi chi đoàn bấm một lần để ghi vào sổ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="227" />
        <source>Branch list and invitations…</source>
        <translation>Danh sách chi đoàn và thư mời…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="228" />
        <source>School branches are shown with their school year (for 2026: 2025-2026). For the 20/11 summary choose the next year: the Registered column then shows who registered for it, and by which deadline.</source>
        <translation>Chi đoàn khối trường học hiển thị theo năm học (năm 2026 là năm học 2025-2026). Để lập báo cáo tổng hợp 20/11, chọn năm sau: cột Đăng ký khi đó cho biết chi đoàn nào đã đăng ký và đăng ký trước hạn nào.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="235" />
        <source>All branches</source>
        <translation>Tất cả chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="235" />
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="235" />
        <source>Registered late</source>
        <translation>Đăng ký trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="236" />
        <source>With something overdue</source>
        <translation>Có việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="236" />
        <source>Recognisable (≥ 80%)</source>
        <translation>Đủ điều kiện công nhận (≥ 80%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="236" />
        <location filename="../../desktop/ui/pages/branches.py" line="248" />
        <source>Proposed</source>
        <translation>Đã đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="237" />
        <location filename="../../desktop/ui/pages/branches.py" line="248" />
        <location filename="../../desktop/ui/pages/branches.py" line="253" />
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="241" />
        <location filename="../../desktop/ui/pages/branches.py" line="245" />
        <location filename="../../desktop/ui/pages/branches.py" line="252" />
        <location filename="../../desktop/ui/pages/branches.py" line="499" />
        <location filename="../../desktop/ui/pages/branches.py" line="535" />
        <source>Branches</source>
        <translation>Các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="242" />
        <source>By criterion</source>
        <translation>Theo tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="243" />
        <source>Grassroots unions</source>
        <translation>Các Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="244" />
        <location filename="../../desktop/ui/pages/branches.py" line="313" />
        <source>Same person twice ({0})</source>
        <translation>Trùng đoàn viên ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="245" />
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="245" />
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="245" />
        <source>Why</source>
        <translation>Vì sao</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="246" />
        <location filename="../../desktop/ui/pages/branches.py" line="252" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="246" />
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="246" />
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="246" />
        <location filename="../../desktop/ui/pages/branches.py" line="253" />
        <source>Registered</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="320" />
        <source>Could not check for people recorded twice: {0}</source>
        <translation>Không kiểm tra được người có tên hai lần: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="338" />
        <source>Registration not sent (due {due})</source>
        <translation>Chưa gửi đăng ký (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="339" />
        <source>Registration still a draft, not submitted (due {due})</source>
        <translation>Bản đăng ký còn là bản nháp, chưa nộp (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="340" />
        <source>Not registered (due {due})</source>
        <translation>Chưa đăng ký (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="341" />
        <source>Quarter {q} report not sent (due {due})</source>
        <translation>Chưa gửi báo cáo quý {q} (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="342" />
        <source>Year-end result not sent (due {due})</source>
        <translation>Chưa gửi kết quả cuối năm (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="388" />
        <source>records here ({0})</source>
        <translation>sổ ĐCS ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="391" />
        <source>package: year-end ({0})</source>
        <translation>gói cuối năm ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="392" />
        <source>package: quarter {0} ({1})</source>
        <translation>gói quý {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="419" />
        <source>{0} branches · {1} registered ({2} on time) · {3} with progress figures · {4} recognisable · {5} proposed · {6} recognised · {7} with something overdue</source>
        <translation>{0} chi đoàn · {1} đã đăng ký ({2} đúng hạn) · {3} có số liệu tiến độ · {4} đủ điều kiện công nhận · {5} đã đề nghị · {6} đã công nhận · {7} có việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="503" />
        <location filename="../../desktop/ui/pages/branches.py" line="515" />
        <source>Return for correction</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="504" />
        <source>{0} has no installation of its own: its records are kept on this computer, correct them here.</source>
        <translation>{0} không dùng phần mềm trên máy riêng: hồ sơ của chi đoàn được quản lý trên máy này, hãy sửa trực tiếp tại đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="530" />
        <source>Relay an alert</source>
        <translation>Chuyển cảnh báo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="247" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="247" />
        <location filename="../../desktop/ui/pages/branches.py" line="251" />
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="247" />
        <source>Figures from</source>
        <translation>Số liệu từ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="248" />
        <location filename="../../desktop/ui/pages/branches.py" line="253" />
        <source>Recognisable</source>
        <translation>Đủ ĐK công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="249" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="250" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="250" />
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="250" />
        <source>Branches met</source>
        <translation>Số chi đoàn đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="252" />
        <source>Grassroots union</source>
        <translation>Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="254" />
        <source>Summary as of</source>
        <translation>Báo cáo tổng hợp ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="329" />
        <source>The progress of the branches kept here could not be computed: {0}</source>
        <translation>Không tính được tiến độ của các chi đoàn quản lý tại đây: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="348" />
        <source>computing…</source>
        <translation>đang tính…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="386" />
        <source>records here</source>
        <translation>sổ ĐCS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="354" />
        <source>Kept on this computer: the branch has no installation of its own</source>
        <translation>Quản lý trên máy này: chi đoàn không có phần mềm riêng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="355" />
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="355" />
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="359" />
        <source>package from the branch, received {0}</source>
        <translation>gói của chi đoàn, nhận ngày {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="360" />
        <source>package from the branch</source>
        <translation>gói của chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="362" />
        <source>records kept by the grassroots union on this computer</source>
        <translation>sổ của Đoàn cơ sở trên máy này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="364" />
        <source>nothing recorded yet</source>
        <translation>chưa có gì được ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="365" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="367" />
        <source>Computing the progress from the records…</source>
        <translation>Đang tính tiến độ từ sổ sách…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="373" />
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="373" />
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="377" />
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="377" />
        <source>not yet (due {0})</source>
        <translation>chưa (hạn {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="380" />
        <source>{0}, on time</source>
        <translation>{0}, đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="380" />
        <source>{0}, late</source>
        <translation>{0}, trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="424" />
        <source>Computing the progress of {0} branches from the records kept here…</source>
        <translation>Đang tính tiến độ của {0} chi đoàn từ sổ của Đoàn cơ sở…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="426" />
        <source>{0} people are recorded as active members twice (in one branch or in two branches) and counted twice: see the tab “Same person twice”.</source>
        <translation>{0} người có tên hai lần trong danh sách đoàn viên (trong một chi đoàn hoặc ở hai chi đoàn) nên bị tính hai lần: xem thẻ “Trùng đoàn viên”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="457" />
        <source>{0} package(s) put in the outbox:</source>
        <translation>Đã đưa {0} gói vào hộp thư đi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="460" />
        <source>Sent through the sync server.</source>
        <translation>Đã gửi qua máy chủ đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="462" />
        <source>The sync server could not be reached ({0}): they will be sent later, or export them in Send and receive.</source>
        <translation>Không kết nối được máy chủ đồng bộ ({0}): các gói sẽ được gửi sau, hoặc xuất tệp ở trang Gửi – nhận.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="465" />
        <source>Export them in Send and receive (“Export waiting packages…”) and send the files by Zalo or on a USB stick.</source>
        <translation>Xuất tệp ở trang Gửi – nhận (“Xuất các gói chờ gửi ra thư mục…”) rồi gửi tệp qua Zalo hoặc USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="484" />
        <source>Building the packages…</source>
        <translation>Đang đóng gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="499" />
        <location filename="../../desktop/ui/pages/branches.py" line="535" />
        <source>Select a branch.</source>
        <translation>Hãy chọn một chi đoàn.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="543" />
        <source>Branches</source>
        <translation>Các chi đoàn</translation>
    </message>
</context>
</TS>