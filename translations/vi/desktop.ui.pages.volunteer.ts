<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="421"/>
        <source>Volunteer days</source>
        <translation>Ngày tình nguyện</translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="26"/>
        <source>member</source>
        <translation>đang sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="27"/>
        <source>transferred out</source>
        <translation>đã chuyển đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="28"/>
        <source>left the Union</source>
        <translation>đã ra khỏi Đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="29"/>
        <source>joined later</source>
        <translation>vào sau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="62"/>
        <source>(deleted) </source>
        <translation>(đã xóa) </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="121"/>
        <source>This branch sends its data in packages, so it can only be viewed here. Ask the branch to make changes on its own computer and send the package again.</source>
        <translation>Chi đoàn này gửi dữ liệu lên bằng gói nên chỉ được xem trên máy này. Hãy đề nghị chi đoàn sửa trên máy của mình rồi gửi lại gói.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="168"/>
        <source>{0} ({1} – {2}): {3} of {4} members have fewer than {6} volunteer days · {5} days left in the year</source>
        <translation>{0} ({1} – {2}): {3}/{4} đoàn viên chưa đủ {6} ngày tình nguyện · còn {5} ngày trong năm đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="208"/>
        <source>CD-3.6 every member ≥ {3} volunteer days: {0} {1} of {2} members have reached {3} days</source>
        <translation>CD-3.6 mỗi đoàn viên ít nhất {3} ngày tình nguyện: {0} {1}/{2} đoàn viên đã đủ {3} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="223"/>
        <source>Members short of {1} days, most at risk first ({0} days left)</source>
        <translation>Đoàn viên chưa đủ {1} ngày, nguy cơ cao nhất trước (còn {0} ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="278"/>
        <source>{0}: {1} of {4} days in {2} — {3}</source>
        <translation>{0}: {1}/{4} ngày trong {2} — {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="214"/>
        <source>CD-2.2 youth project (công trình, phần việc thanh niên): {0} {1} in the year</source>
        <translation>CD-2.2 công trình, phần việc thanh niên: {0} {1} trong năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="217"/>
        <source>CD-2.3 red-address journey or positive online trend: {0} {1} in the year</source>
        <translation>CD-2.3 hành trình đến với địa chỉ đỏ hoặc trào lưu tích cực trên mạng xã hội: {0} {1} trong năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="227"/>
        <source>Member-days credited by month and kind (activities in brackets)</source>
        <translation>Số ngày tình nguyện đã ghi nhận theo tháng và loại (số hoạt động trong ngoặc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="252"/>
        <source>Volunteer</source>
        <translation>Tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="253"/>
        <source>Youth project</source>
        <translation>Công trình TN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="254"/>
        <source>Red address</source>
        <translation>Địa chỉ đỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="255"/>
        <source>Online trend</source>
        <translation>Trào lưu MXH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="256"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="258"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="258"/>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="273"/>
        <source>Select a member to see their activities.</source>
        <translation>Chọn một đoàn viên để xem các hoạt động đã tham gia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="282"/>
        <source>reached</source>
        <translation>đã đủ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="282"/>
        <source>{0} days still needed</source>
        <translation>còn thiếu {0} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="339"/>
        <source>Delete activity</source>
        <translation>Xóa hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="341"/>
        <source>Delete “{0}”? The members&apos; days from it stop counting; the record stays in the history and can be restored.
Reason:</source>
        <translation>Xóa “{0}”? Số ngày tình nguyện của hoạt động này sẽ không còn được tính; bản ghi vẫn được lưu trong lịch sử và có thể khôi phục.
Lý do:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="371"/>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="372"/>
        <source>changed</source>
        <translation>sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="373"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="374"/>
        <source>restored</source>
        <translation>khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="401"/>
        <source>+{0} members</source>
        <translation>thêm {0} đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="403"/>
        <source>−{0} members</source>
        <translation>bớt {0} đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="415"/>
        <source>History of “{0}”</source>
        <translation>Lịch sử của “{0}”</translation>
    </message>
</context>
</TS>
