<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>SendDownDialog</name>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="242"/>
        <source>Save the files to send by Zalo/USB…</source>
        <translation>Lưu các tệp để gửi qua Zalo/USB…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="246"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="260"/>
        <location filename="../../desktop/ui/submit_dialog.py" line="288"/>
        <source>Building the packages…</source>
        <translation>Đang đóng gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="271"/>
        <source>Sent through the sync server.</source>
        <translation>Đã gửi qua máy chủ đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="273"/>
        <source>The sync server could not be reached ({0}): the packages wait in the outbox. To send them now, save the files.</source>
        <translation>Không kết nối được máy chủ đồng bộ ({0}): các gói chờ trong hộp thư đi. Muốn gửi ngay, hãy lưu tệp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="276"/>
        <source>The packages are ready in the outbox. Save the files and send each branch its file by Zalo, e-mail or on a USB stick.</source>
        <translation>Các gói đã sẵn sàng trong hộp thư đi. Hãy lưu tệp rồi gửi mỗi chi đoàn tệp của mình qua Zalo, thư điện tử hoặc USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="293"/>
        <source>Save the files in a folder</source>
        <translation>Lưu các tệp vào thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="303"/>
        <source>Saved in {0}:</source>
        <translation>Đã lưu vào {0}:</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="32"/>
        <source>Registration for “Chi đoàn XHCN” {0}</source>
        <translation>Đăng ký xây dựng “Chi đoàn XHCN” {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="33"/>
        <source>Quarterly progress report, quarter {1} of {0}</source>
        <translation>Báo cáo tiến độ quý {1} năm {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="34"/>
        <source>Year-end result and proposal for recognition {0}</source>
        <translation>Kết quả cuối năm và đề nghị công nhận {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="47"/>
        <source>Submit to the upper level</source>
        <translation>Nộp lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="60"/>
        <source>This unit&apos;s profile has no upper-level code yet, so the package has no addressee. If your Đoàn cơ sở sent an invitation, accept it in Settings (it fills in the name, code and key). Otherwise type its code here; it is saved in Settings → Unit profile, where you can change it later.</source>
        <translation>Hồ sơ đơn vị chưa ghi mã đơn vị cấp trên nên gói chưa có nơi nhận. Nếu Đoàn cơ sở đã gửi thư mời, hãy nhận thư mời ở Cài đặt (thư mời ghi đủ tên, mã và khóa của Đoàn cơ sở). Nếu chưa có, ghi mã Đoàn cơ sở vào đây; mã được lưu vào Cài đặt → Hồ sơ đơn vị, sau này sửa ở đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="66"/>
        <source>Upper-level code:</source>
        <translation>Mã đơn vị cấp trên:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="69"/>
        <source>e.g. DCS-LECHAN</source>
        <translation>ví dụ DCS-LECHAN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="77"/>
        <source>With evidence files (photos and scans attached to the activities)</source>
        <translation>Kèm tệp minh chứng (ảnh, bản chụp đính kèm các hoạt động)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="87"/>
        <source>Submit</source>
        <translation>Nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="90"/>
        <source>Save the file to send by Zalo/USB…</source>
        <translation>Lưu tệp để gửi qua Zalo/USB…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="94"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="121"/>
        <source>To: {0}</source>
        <translation>Gửi: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="129"/>
        <source>Type the upper-level code first.</source>
        <translation>Hãy ghi mã đơn vị cấp trên trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="134"/>
        <location filename="../../desktop/ui/submit_dialog.py" line="142"/>
        <source>Building the package…</source>
        <translation>Đang đóng gói…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="149"/>
        <source>Sent to the upper level through the sync server. You will see “received” here and in Send and receive once they have imported it.</source>
        <translation>Đã gửi lên cấp trên qua máy chủ đồng bộ. Khi cấp trên nhận, trạng thái ở đây và ở trang Gửi – nhận sẽ là “cấp trên đã nhận”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="152"/>
        <source>The sync server could not be reached ({0}): the package waits in the outbox and is sent automatically later. To send it now, save the file and send it by Zalo or on a USB stick.</source>
        <translation>Không kết nối được máy chủ đồng bộ ({0}): gói chờ trong hộp thư đi và sẽ tự gửi sau. Muốn gửi ngay, hãy lưu tệp rồi gửi qua Zalo hoặc USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="156"/>
        <source>The package is ready in the outbox. Save the file and send it to the upper level by Zalo, e-mail or on a USB stick.</source>
        <translation>Gói đã sẵn sàng trong hộp thư đi. Hãy lưu tệp rồi gửi cho cấp trên qua Zalo, thư điện tử hoặc USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="172"/>
        <source>Save the package file</source>
        <translation>Lưu tệp gói</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="173"/>
        <source>Sổ Thi Đua packages (*.stpkg)</source>
        <translation>Gói Sổ Thi Đua (*.stpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/submit_dialog.py" line="189"/>
        <source>Saved: {0}
Send this file to the upper level by Zalo, e-mail or on a USB stick.</source>
        <translation>Đã lưu: {0}
Hãy gửi tệp này cho cấp trên qua Zalo, thư điện tử hoặc USB.</translation>
    </message>
</context>
</TS>
