<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="603"/>
        <source>Volunteer days</source>
        <translation>Ngày tình nguyện</translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="49"/>
        <source>member</source>
        <translation>đang sinh hoạt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="50"/>
        <source>transferred out</source>
        <translation>đã chuyển đi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="51"/>
        <source>left the Union</source>
        <translation>đã ra khỏi Đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="52"/>
        <source>joined later</source>
        <translation>vào sau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="273"/>
        <source>(deleted) </source>
        <translation>(đã xóa) </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="292"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="293"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="294"/>
        <source>New activity</source>
        <translation>Ghi hoạt động mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="295"/>
        <source>Record an activity and credit its participants (Ctrl+N)</source>
        <translation>Ghi một hoạt động và ghi nhận ngày tình nguyện cho người tham gia (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="296"/>
        <source>Import attendance…</source>
        <translation>Nhập điểm danh…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="298"/>
        <source>No activity recorded in this year yet.
Click “New activity” (Ctrl+N) to credit many members at once, or “Import attendance…” to read a sign-in sheet from Excel.</source>
        <translation>Chưa có hoạt động nào trong năm này.
Bấm “Ghi hoạt động mới” (Ctrl+N) để ghi cho nhiều đoàn viên cùng lúc, hoặc “Nhập điểm danh…” để đọc danh sách điểm danh từ Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="300"/>
        <source>All kinds</source>
        <translation>Mọi loại hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="303"/>
        <source>Show deleted</source>
        <translation>Hiện hoạt động đã xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="304"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="305"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="306"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="307"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="308"/>
        <location filename="../../desktop/ui/pages/volunteer.py" line="314"/>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="309"/>
        <location filename="../../desktop/ui/pages/volunteer.py" line="312"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="310"/>
        <source>Branch overview</source>
        <translation>Toàn chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="311"/>
        <location filename="../../desktop/ui/pages/volunteer.py" line="315"/>
        <source>Date(s)</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="311"/>
        <location filename="../../desktop/ui/pages/volunteer.py" line="315"/>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="311"/>
        <location filename="../../desktop/ui/pages/volunteer.py" line="315"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="311"/>
        <source>Organised by</source>
        <translation>Cấp tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="312"/>
        <source>Days each</source>
        <translation>Số ngày/người</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="312"/>
        <source>Guests</source>
        <translation>Khách</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="312"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="313"/>
        <location filename="../../desktop/ui/pages/volunteer.py" line="316"/>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="313"/>
        <source>Days / 5</source>
        <translation>Số ngày / 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="313"/>
        <location filename="../../desktop/ui/pages/volunteer.py" line="316"/>
        <source>Still needed</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="314"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="315"/>
        <location filename="../../desktop/ui/pages/volunteer.py" line="316"/>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="316"/>
        <source>Risk</source>
        <translation>Mức rủi ro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="359"/>
        <source>This branch sends its data in packages, so it can only be viewed here. Ask the branch to make changes on its own computer and send the package again.</source>
        <translation>Chi đoàn này gửi dữ liệu lên bằng gói nên chỉ được xem trên máy này. Hãy đề nghị chi đoàn sửa trên máy của mình rồi gửi lại gói.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="404"/>
        <source>{0} ({1} – {2}): {3} of {4} members have fewer than {6} volunteer days · {5} days left in the year</source>
        <translation>{0} ({1} – {2}): {3}/{4} đoàn viên chưa đủ {6} ngày tình nguyện · còn {5} ngày trong năm đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="434"/>
        <source>CD-3.6 every member ≥ {3} volunteer days: {0} {1} of {2} members have reached {3} days</source>
        <translation>CD-3.6 mỗi đoàn viên ít nhất {3} ngày tình nguyện: {0} {1}/{2} đoàn viên đã đủ {3} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="442"/>
        <source>Members short of {1} days, most at risk first ({0} days left)</source>
        <translation>Đoàn viên chưa đủ {1} ngày, nguy cơ cao nhất trước (còn {0} ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="491"/>
        <source>{0}: {1} of {4} days in {2} — {3}</source>
        <translation>{0}: {1}/{4} ngày trong {2} — {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="436"/>
        <source>CD-2.2 youth project (công trình, phần việc thanh niên): {0} {1} in the year</source>
        <translation>CD-2.2 công trình, phần việc thanh niên: {0} {1} trong năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="438"/>
        <source>CD-2.3 red-address journey or positive online trend: {0} {1} in the year</source>
        <translation>CD-2.3 hành trình đến với địa chỉ đỏ hoặc trào lưu tích cực trên mạng xã hội: {0} {1} trong năm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="444"/>
        <source>Member-days credited by month and kind (activities in brackets)</source>
        <translation>Số ngày tình nguyện đã ghi nhận theo tháng và loại (số hoạt động trong ngoặc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="468"/>
        <source>Volunteer</source>
        <translation>Tình nguyện</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="468"/>
        <source>Youth project</source>
        <translation>Công trình TN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="469"/>
        <source>Red address</source>
        <translation>Địa chỉ đỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="469"/>
        <source>Online trend</source>
        <translation>Trào lưu MXH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="470"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="471"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="471"/>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="487"/>
        <source>Select a member to see their activities.</source>
        <translation>Chọn một đoàn viên để xem các hoạt động đã tham gia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="493"/>
        <source>reached</source>
        <translation>đã đủ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="493"/>
        <source>{0} days still needed</source>
        <translation>còn thiếu {0} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="545"/>
        <source>Delete activity</source>
        <translation>Xóa hoạt động</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="546"/>
        <source>Delete “{0}”? The members&apos; days from it stop counting; the record stays in the history and can be restored.
Reason:</source>
        <translation>Xóa “{0}”? Số ngày tình nguyện của hoạt động này sẽ không còn được tính; bản ghi vẫn được lưu trong lịch sử và có thể khôi phục.
Lý do:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="573"/>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="573"/>
        <source>changed</source>
        <translation>sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="573"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="574"/>
        <source>restored</source>
        <translation>khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="586"/>
        <source>+{0} members</source>
        <translation>thêm {0} đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="588"/>
        <source>−{0} members</source>
        <translation>bớt {0} đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteer.py" line="600"/>
        <source>History of “{0}”</source>
        <translation>Lịch sử của “{0}”</translation>
    </message>
</context>
</TS>
