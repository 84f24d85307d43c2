<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>RecognitionLayout</name>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="163"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="164"/>
        <source>Socialist members (Đoàn viên XHCN)</source>
        <translation>Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="165"/>
        <source>Socialist branch (Chi đoàn XHCN)</source>
        <translation>Chi đoàn XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="166"/>
        <source>Recognition decisions</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="167"/>
        <source>Self-assessment…</source>
        <translation>Tự đánh giá…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="168"/>
        <source>Whole branch in one grid…</source>
        <translation>Cả chi đoàn trong một bảng…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="169"/>
        <source>Branch meeting votes…</source>
        <translation>Biểu quyết của chi đoàn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="170"/>
        <source>Save the proposal list</source>
        <translation>Lưu danh sách đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="171"/>
        <source>Record a decision…</source>
        <translation>Ghi quyết định…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="172"/>
        <source>Accept the proposal</source>
        <translation>Đồng ý đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="173"/>
        <source>Refuse the proposal…</source>
        <translation>Không đồng ý đề nghị…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="177"/>
        <source>Branches (double-click to open the branch&apos;s dossier):</source>
        <translation>Các chi đoàn (nhấp đúp để mở hồ sơ của chi đoàn):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="178"/>
        <source>Decisions recorded:</source>
        <translation>Các quyết định đã ghi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="181"/>
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="182"/>
        <source>Proposal</source>
        <translation>Hồ sơ đề nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="183"/>
        <source>Asks for recognition</source>
        <translation>Đề nghị công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="184"/>
        <source>After appraisal</source>
        <translation>Sau thẩm định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="185"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="190"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="191"/>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="192"/>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="193"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="194"/>
        <source>Branches</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recognition_layout.py" line="195"/>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
</context>
</TS>
