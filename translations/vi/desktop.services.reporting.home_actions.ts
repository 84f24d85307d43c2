<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>NextAction</name>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="67"/>
        <source>{count} package(s) from {names} wait for the sender to be confirmed</source>
        <translation>{count} gói của {names} đang chờ xác nhận đơn vị gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="94"/>
        <source>Add the communes&apos; Party committees and send them invitations</source>
        <translation>Thêm các Đảng ủy xã, phường, đặc khu và gửi thư mời kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="104"/>
        <source>{count} commune(s) not connected yet: {names}</source>
        <translation>{count} Đảng ủy xã chưa kết nối: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="116"/>
        <source>{count} commune(s) have not sent the {year} review: {names}</source>
        <translation>{count} Đảng ủy xã chưa gửi báo cáo sơ kết năm {year}: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="139"/>
        <source>{title} by {date} ({days} days left)</source>
        <translation>{title} trước {date} (còn {days} ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="165"/>
        <source>{count} branches have not registered for {period}: remind them and record it</source>
        <translation>{count} chi đoàn chưa đăng ký xây dựng Chi đoàn XHCN kỳ {period}: nhắc và ghi nhận đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="197"/>
        <source>{count} summaries wait for your approval or return: {names}</source>
        <translation>{count} báo cáo tổng hợp chờ duyệt hoặc trả lại: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="215"/>
        <source>{count} summaries not sent after their date: {names} — remind them</source>
        <translation>{count} báo cáo tổng hợp chưa gửi khi đã quá hạn: {names} — nhắc các đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="243"/>
        <source> (due {date})</source>
        <translation> (hạn {date})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="246"/>
        <source>Register for the models of {year}{when}</source>
        <translation>Đăng ký các mô hình thi đua năm {year}{when}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="258"/>
        <source>Accept the upper level&apos;s invitation to send reports</source>
        <translation>Nhận thư mời của cấp trên (Ban Tuyên giáo và Dân vận) để gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="276"/>
        <source>Record a judgement on {count} criteria of “{model}”</source>
        <translation>Ghi nhận đánh giá {count} tiêu chí của mô hình “{model}”</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="289"/>
        <source>{count} criteria of “{model}” at risk</source>
        <translation>{count} tiêu chí của mô hình “{model}” có nguy cơ chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting/home_actions.py" line="303"/>
        <source>Task “{title}” overdue since {date} ({progress}%)</source>
        <translation>Nhiệm vụ “{title}” đã quá hạn {date} ({progress}%)</translation>
    </message>
</context>
</TS>
