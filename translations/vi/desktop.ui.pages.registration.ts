<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="483"/>
        <source>Registration</source>
        <translation>Đăng ký thi đua</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="191"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="191"/>
        <source>Planned activities</source>
        <translation>Nội dung, hoạt động dự kiến</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="192"/>
        <source>Target date</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="192"/>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="193"/>
        <source>Content and roadmap</source>
        <translation>Nội dung, lộ trình</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="194"/>
        <source>Members registering as Socialist members</source>
        <translation>Đoàn viên đăng ký Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="195"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="196"/>
        <source>Filter by name…</source>
        <translation>Lọc theo tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="197"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="198"/>
        <source>None</source>
        <translation>Bỏ chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="199"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="200"/>
        <source>e.g. the reason for an amendment</source>
        <translation>ví dụ: lý do điều chỉnh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="201"/>
        <source>Save draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="202"/>
        <source>Submit to the Đoàn cơ sở</source>
        <translation>Nộp Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="203"/>
        <source>Amend (new version)</source>
        <translation>Điều chỉnh (phiên bản mới)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="204"/>
        <source>Send to the Đoàn cơ sở…</source>
        <translation>Gửi Đoàn cơ sở…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="262"/>
        <source>Registration due {0}: {1} days left</source>
        <translation>Hạn đăng ký {0}: còn {1} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="265"/>
        <source>Registration due today ({0})</source>
        <translation>Hôm nay là hạn đăng ký ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="267"/>
        <source>Deadline {0} passed {1} days ago: registering is still possible and is marked late</source>
        <translation>Đã quá hạn {0} được {1} ngày: vẫn đăng ký được nhưng sẽ ghi là nộp muộn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="273"/>
        <source>No registration for this period yet: fill in the content and roadmap, then save the draft and submit it.</source>
        <translation>Kỳ này chưa có bản đăng ký: điền nội dung, lộ trình, lưu bản nháp rồi nộp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="276"/>
        <source>Version {0}, submitted on {1} by {2}</source>
        <translation>Phiên bản {0}, đã nộp ngày {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="278"/>
        <source>LATE</source>
        <translation>NỘP MUỘN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="278"/>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="279"/>
        <source>A submitted registration cannot be changed: amend it to create a new version.</source>
        <translation>Bản đăng ký đã nộp không sửa được: bấm “Điều chỉnh” để tạo phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="282"/>
        <source>Version {0}: draft, not submitted yet.</source>
        <translation>Phiên bản {0}: bản nháp, chưa nộp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="285"/>
        <source>Returned for correction by the upper level: {0}</source>
        <translation>Cấp trên trả lại để sửa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="327"/>
        <source>Version {0}: submitted {1}{2}</source>
        <translation>Phiên bản {0}: nộp ngày {1}{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="328"/>
        <source> (late)</source>
        <translation> (muộn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="330"/>
        <source>Version {0}: draft</source>
        <translation>Phiên bản {0}: bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="331"/>
        <source> — {0} criteria, {1} members</source>
        <translation> — {0} tiêu chí, {1} đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="338"/>
        <source>Copy from {0}</source>
        <translation>Chép từ kỳ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="339"/>
        <source>Copy from the previous period</source>
        <translation>Chép từ kỳ trước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="341"/>
        <source>Fill the empty rows with the content, target dates (one year later) and people responsible of the previous period&apos;s registration, and tick its members who are still here; nothing is saved until you save the draft.</source>
        <translation>Điền vào các dòng còn trống nội dung, thời hạn (lùi một năm) và người phụ trách của bản đăng ký kỳ trước, đánh dấu các đoàn viên của bản đó còn sinh hoạt ở đây; chưa lưu gì cho đến khi bấm “Lưu bản nháp”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="344"/>
        <source>The previous period has no registration to copy.</source>
        <translation>Kỳ trước chưa có bản đăng ký để chép.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="353"/>
        <source>{0} of {1} members registered</source>
        <translation>{0}/{1} đoàn viên đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="399"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="434"/>
        <source>Copied {0} criteria and {1} members from the {2} registration: check them, then save the draft.</source>
        <translation>Đã chép {0} tiêu chí và {1} đoàn viên từ bản đăng ký kỳ {2}: xem lại rồi lưu bản nháp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="441"/>
        <source>Draft saved.</source>
        <translation>Đã lưu bản nháp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="444"/>
        <source>Submit registration</source>
        <translation>Nộp bản đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="445"/>
        <source>Submit this registration to the Đoàn cơ sở? After submitting it cannot be changed; an amendment creates a new version.</source>
        <translation>Nộp bản đăng ký này cho Đoàn cơ sở? Sau khi nộp sẽ không sửa được; muốn thay đổi thì tạo bản điều chỉnh (phiên bản mới).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="459"/>
        <source>Registration submitted.</source>
        <translation>Đã nộp bản đăng ký.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="480"/>
        <source>A new draft version was created from the submitted one.</source>
        <translation>Đã tạo phiên bản nháp mới từ bản đã nộp.</translation>
    </message>
</context>
</TS>
