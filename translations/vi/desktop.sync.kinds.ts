<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PackageKind</name>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="32" />
        <source>Enrolment (public key)</source>
        <translation>Đăng ký khóa (khóa công khai)</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="34" />
        <source>Registration</source>
        <translation>Đăng ký xây dựng Chi đoàn XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="36" />
        <source>Quarterly progress</source>
        <translation>Báo cáo tiến độ quý</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="38" />
        <source>Year-end result and proposal</source>
        <translation>Kết quả cuối năm và đề nghị công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="40" />
        <source>Summary of the branches</source>
        <translation>Báo cáo tổng hợp các chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="42" />
        <source>Appraisal</source>
        <translation>Kết quả thẩm định</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="44" />
        <source>Recognition decision</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="46" />
        <source>Criteria catalog update</source>
        <translation>Cập nhật danh mục tiêu chí</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="48" />
        <source>Receipt</source>
        <translation>Biên nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="51" />
        <source>Returned for correction</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="53" />
        <source>Reminder to submit</source>
        <translation>Nhắc nộp</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="55" />
        <source>Alert or share request</source>
        <translation>Cảnh báo, đề nghị chia sẻ thông tin</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="58" />
        <source>Commune Party committee report</source>
        <translation>Báo cáo của Đảng ủy xã</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/kinds.py" line="61" />
        <source>Summary approved or returned</source>
        <translation>Kết quả duyệt báo cáo tổng hợp</translation>
    </message>
</context>
</TS>