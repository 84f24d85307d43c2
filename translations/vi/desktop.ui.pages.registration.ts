<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="402"/>
        <source>Registration</source>
        <translation>Đăng ký thi đua</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="143"/>
        <source>Registration due {0}: {1} days left</source>
        <translation>Hạn đăng ký {0}: còn {1} ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="146"/>
        <source>Registration due today ({0})</source>
        <translation>Hôm nay là hạn đăng ký ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="149"/>
        <source>Deadline {0} passed {1} days ago: registering is still possible and is marked late</source>
        <translation>Đã quá hạn {0} được {1} ngày: vẫn đăng ký được nhưng sẽ ghi là nộp muộn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="157"/>
        <source>No registration for this period yet: fill in the content and roadmap, then save the draft and submit it.</source>
        <translation>Kỳ này chưa có bản đăng ký: điền nội dung, lộ trình, lưu bản nháp rồi nộp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="162"/>
        <source>Version {0}, submitted on {1} by {2}</source>
        <translation>Phiên bản {0}, đã nộp ngày {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="167"/>
        <source>LATE</source>
        <translation>NỘP MUỘN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="167"/>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="169"/>
        <source>A submitted registration cannot be changed: amend it to create a new version.</source>
        <translation>Bản đăng ký đã nộp không sửa được: bấm “Điều chỉnh” để tạo phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="172"/>
        <source>Version {0}: draft, not submitted yet.</source>
        <translation>Phiên bản {0}: bản nháp, chưa nộp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="177"/>
        <source>Returned for correction by the upper level: {0}</source>
        <translation>Cấp trên trả lại để sửa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="220"/>
        <source>Version {0}: submitted {1}{2}</source>
        <translation>Phiên bản {0}: nộp ngày {1}{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="221"/>
        <source> (late)</source>
        <translation> (muộn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="224"/>
        <source>Version {0}: draft</source>
        <translation>Phiên bản {0}: bản nháp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="225"/>
        <source> — {0} criteria, {1} members</source>
        <translation> — {0} tiêu chí, {1} đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="233"/>
        <source>Copy from {0}</source>
        <translation>Chép từ kỳ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="233"/>
        <source>Copy from the previous period</source>
        <translation>Chép từ kỳ trước</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="237"/>
        <source>Fill the empty rows with the content, target dates (one year later) and people responsible of the previous period&apos;s registration, and tick its members who are still here; nothing is saved until you save the draft.</source>
        <translation>Điền vào các dòng còn trống nội dung, thời hạn (lùi một năm) và người phụ trách của bản đăng ký kỳ trước, đánh dấu các đoàn viên của bản đó còn sinh hoạt ở đây; chưa lưu gì cho đến khi bấm “Lưu bản nháp”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="242"/>
        <source>The previous period has no registration to copy.</source>
        <translation>Kỳ trước chưa có bản đăng ký để chép.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="251"/>
        <source>{0} of {1} members registered</source>
        <translation>{0}/{1} đoàn viên đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="303"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="340"/>
        <source>Copied {0} criteria and {1} members from the {2} registration: check them, then save the draft.</source>
        <translation>Đã chép {0} tiêu chí và {1} đoàn viên từ bản đăng ký kỳ {2}: xem lại rồi lưu bản nháp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="347"/>
        <source>Draft saved.</source>
        <translation>Đã lưu bản nháp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="352"/>
        <source>Submit registration</source>
        <translation>Nộp bản đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="354"/>
        <source>Submit this registration to the Đoàn cơ sở? After submitting it cannot be changed; an amendment creates a new version.</source>
        <translation>Nộp bản đăng ký này cho Đoàn cơ sở? Sau khi nộp sẽ không sửa được; muốn thay đổi thì tạo bản điều chỉnh (phiên bản mới).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="371"/>
        <source>Registration submitted.</source>
        <translation>Đã nộp bản đăng ký.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/registration.py" line="395"/>
        <source>A new draft version was created from the submitted one.</source>
        <translation>Đã tạo phiên bản nháp mới từ bản đã nộp.</translation>
    </message>
</context>
</TS>
