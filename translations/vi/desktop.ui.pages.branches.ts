<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BranchesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="275" />
        <source>Read-only: data received from the branch's own installation</source>
        <translation>Chỉ xem: dữ liệu nhận từ máy của chính chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="167" />
        <source>Assessment year:</source>
        <translation>Năm đánh giá:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="168" />
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="169" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="170" />
        <source>Open the branch's criteria</source>
        <translation>Mở tiêu chí của chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="171" />
        <source>Received packages</source>
        <translation>Các gói đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="172" />
        <source>Branch list and invitations…</source>
        <translation>Danh sách chi đoàn và thư mời…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="173" />
        <source>School branches are shown with their school year (for 2026: 2025-2026). For the 20/11 summary choose the next year: the Registered column then shows who registered for it, and by which deadline.</source>
        <translation>Chi đoàn khối trường học hiển thị theo năm học (năm 2026 là năm học 2025-2026). Để lập báo cáo tổng hợp 20/11, chọn năm sau: cột Đăng ký khi đó cho biết chi đoàn nào đã đăng ký và đăng ký trước hạn nào.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="180" />
        <source>All branches</source>
        <translation>Tất cả chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="180" />
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="180" />
        <source>Registered late</source>
        <translation>Đăng ký trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="181" />
        <source>With something overdue</source>
        <translation>Có việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="181" />
        <source>Recognisable (≥ 80%)</source>
        <translation>Đủ điều kiện công nhận (≥ 80%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="181" />
        <location filename="../../desktop/ui/pages/branches.py" line="191" />
        <source>Proposed</source>
        <translation>Đã đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="182" />
        <location filename="../../desktop/ui/pages/branches.py" line="191" />
        <location filename="../../desktop/ui/pages/branches.py" line="196" />
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="186" />
        <location filename="../../desktop/ui/pages/branches.py" line="195" />
        <location filename="../../desktop/ui/pages/branches.py" line="371" />
        <source>Branches</source>
        <translation>Các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="187" />
        <source>By criterion</source>
        <translation>Theo tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="188" />
        <source>Grassroots unions</source>
        <translation>Các Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="189" />
        <location filename="../../desktop/ui/pages/branches.py" line="195" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="189" />
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="189" />
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="189" />
        <location filename="../../desktop/ui/pages/branches.py" line="196" />
        <source>Registered</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="260" />
        <source>Registration not sent (due {due})</source>
        <translation>Chưa gửi đăng ký (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="261" />
        <source>Registration still a draft, not submitted (due {due})</source>
        <translation>Bản đăng ký còn là bản nháp, chưa nộp (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="262" />
        <source>Not registered (due {due})</source>
        <translation>Chưa đăng ký (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="263" />
        <source>Quarter {q} report not sent (due {due})</source>
        <translation>Chưa gửi báo cáo quý {q} (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="264" />
        <source>Year-end result not sent (due {due})</source>
        <translation>Chưa gửi kết quả cuối năm (hạn {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="310" />
        <source>records here ({0})</source>
        <translation>sổ ĐCS ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="313" />
        <source>package: year-end ({0})</source>
        <translation>gói cuối năm ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="314" />
        <source>package: quarter {0} ({1})</source>
        <translation>gói quý {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="336" />
        <source>{0} branches · {1} registered ({2} on time) · {3} with progress figures · {4} recognisable · {5} proposed · {6} recognised · {7} with something overdue</source>
        <translation>{0} chi đoàn · {1} đã đăng ký ({2} đúng hạn) · {3} có số liệu tiến độ · {4} đủ điều kiện công nhận · {5} đã đề nghị · {6} đã công nhận · {7} có việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="190" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="190" />
        <location filename="../../desktop/ui/pages/branches.py" line="194" />
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="190" />
        <source>Figures from</source>
        <translation>Số liệu từ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="191" />
        <location filename="../../desktop/ui/pages/branches.py" line="196" />
        <source>Recognisable</source>
        <translation>Đủ ĐK công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="192" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="193" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="193" />
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="193" />
        <source>Branches met</source>
        <translation>Số chi đoàn đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="195" />
        <source>Grassroots union</source>
        <translation>Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="197" />
        <source>Summary as of</source>
        <translation>Báo cáo tổng hợp ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="251" />
        <source>The progress of the branches kept here could not be computed: {0}</source>
        <translation>Không tính được tiến độ của các chi đoàn quản lý tại đây: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="270" />
        <source>computing…</source>
        <translation>đang tính…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="308" />
        <source>records here</source>
        <translation>sổ ĐCS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="276" />
        <source>Kept on this computer: the branch has no installation of its own</source>
        <translation>Quản lý trên máy này: chi đoàn không có phần mềm riêng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="277" />
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="277" />
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="281" />
        <source>package from the branch, received {0}</source>
        <translation>gói của chi đoàn, nhận ngày {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="282" />
        <source>package from the branch</source>
        <translation>gói của chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="284" />
        <source>records kept by the grassroots union on this computer</source>
        <translation>sổ của Đoàn cơ sở trên máy này</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="286" />
        <source>nothing recorded yet</source>
        <translation>chưa có gì được ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="287" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="289" />
        <source>Computing the progress from the records…</source>
        <translation>Đang tính tiến độ từ sổ sách…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="295" />
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="295" />
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="299" />
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="299" />
        <source>not yet (due {0})</source>
        <translation>chưa (hạn {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="302" />
        <source>{0}, on time</source>
        <translation>{0}, đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="302" />
        <source>{0}, late</source>
        <translation>{0}, trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="341" />
        <source>Computing the progress of {0} branches from the records kept here…</source>
        <translation>Đang tính tiến độ của {0} chi đoàn từ sổ của Đoàn cơ sở…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="371" />
        <source>Select a branch.</source>
        <translation>Hãy chọn một chi đoàn.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="379" />
        <source>Branches</source>
        <translation>Các chi đoàn</translation>
    </message>
</context>
</TS>