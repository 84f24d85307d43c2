<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BranchesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="79" />
        <source>Read-only: data received from the branch's own installation</source>
        <translation>Chỉ xem: dữ liệu nhận từ máy của chính chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="80" />
        <source>Held on this computer (no package from the branch)</source>
        <translation>Dữ liệu nhập trên máy này (chi đoàn không gửi gói)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="140" />
        <source>Assessment year:</source>
        <translation>Năm đánh giá:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="141" />
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="142" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="143" />
        <source>Open the branch's criteria</source>
        <translation>Mở tiêu chí của chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="144" />
        <source>Received packages</source>
        <translation>Các gói đã nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="145" />
        <source>School branches are shown with their school year (for 2026: 2025-2026). For the 20/11 summary choose the next year: the Registered column then shows who registered for it, and by which deadline.</source>
        <translation>Chi đoàn khối trường học hiển thị theo năm học (năm 2026 là năm học 2025-2026). Để lập báo cáo tổng hợp 20/11, chọn năm sau: cột Đăng ký khi đó cho biết chi đoàn nào đã đăng ký và đăng ký trước hạn nào.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="152" />
        <source>All branches</source>
        <translation>Tất cả chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="152" />
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="152" />
        <source>Registered late</source>
        <translation>Đăng ký trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="153" />
        <source>With something overdue</source>
        <translation>Có việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="153" />
        <source>Recognisable (≥ 80%)</source>
        <translation>Đủ điều kiện công nhận (≥ 80%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="153" />
        <location filename="../../desktop/ui/pages/branches.py" line="163" />
        <source>Proposed</source>
        <translation>Đã đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="154" />
        <location filename="../../desktop/ui/pages/branches.py" line="163" />
        <location filename="../../desktop/ui/pages/branches.py" line="168" />
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="158" />
        <location filename="../../desktop/ui/pages/branches.py" line="167" />
        <location filename="../../desktop/ui/pages/branches.py" line="250" />
        <source>Branches</source>
        <translation>Các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="159" />
        <source>By criterion</source>
        <translation>Theo tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="160" />
        <source>Grassroots unions</source>
        <translation>Các Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="161" />
        <location filename="../../desktop/ui/pages/branches.py" line="167" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="161" />
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="161" />
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="161" />
        <location filename="../../desktop/ui/pages/branches.py" line="168" />
        <source>Registered</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="162" />
        <source>Latest report</source>
        <translation>Báo cáo mới nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="162" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="162" />
        <location filename="../../desktop/ui/pages/branches.py" line="166" />
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="163" />
        <location filename="../../desktop/ui/pages/branches.py" line="168" />
        <source>Recognisable</source>
        <translation>Đủ ĐK công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="164" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="165" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="165" />
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="165" />
        <source>Branches met</source>
        <translation>Số chi đoàn đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="167" />
        <source>Grassroots union</source>
        <translation>Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="169" />
        <source>Summary as of</source>
        <translation>Báo cáo tổng hợp ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="187" />
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="187" />
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="191" />
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="191" />
        <source>not yet (due {0})</source>
        <translation>chưa (hạn {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="194" />
        <source>{0}, on time</source>
        <translation>{0}, đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="194" />
        <source>{0}, late</source>
        <translation>{0}, trễ hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="198" />
        <source>year-end ({0})</source>
        <translation>cuối năm ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="200" />
        <source>quarter {0} ({1})</source>
        <translation>quý {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="220" />
        <source>{0} branches · {1} registered ({2} on time) · {3} reporting · {4} recognisable · {5} proposed · {6} recognised · {7} with something overdue</source>
        <translation>{0} chi đoàn · {1} đã đăng ký ({2} đúng hạn) · {3} có báo cáo · {4} đủ điều kiện công nhận · {5} đã đề nghị · {6} đã công nhận · {7} có việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="250" />
        <source>Select a branch.</source>
        <translation>Hãy chọn một chi đoàn.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/branches.py" line="258" />
        <source>Branches</source>
        <translation>Các chi đoàn</translation>
    </message>
</context>
</TS>