<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneSurveysPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="35"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>Bảng tính (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="109"/>
        <source>Survey results</source>
        <translation>Kết quả khảo sát</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="166"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="167"/>
        <source>Subject:</source>
        <translation>Nội dung khảo sát:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="168"/>
        <source>Add a survey…</source>
        <translation>Thêm cuộc khảo sát…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="169"/>
        <source>Import results from Excel…</source>
        <translation>Nhập kết quả từ Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="170"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="170"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="170"/>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="172"/>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="173"/>
        <source>People asked</source>
        <translation>Số người được hỏi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="170"/>
        <source>Satisfied</source>
        <translation>Số người hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="171"/>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="172"/>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="173"/>
        <source>Share satisfied</source>
        <translation>Tỉ lệ hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="172"/>
        <source>Hamlet</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="173"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="194"/>
        <source>%1 survey(s) this year: %2 of %3 people satisfied (%4).</source>
        <translation>%1 cuộc khảo sát trong năm: %2/%3 người hài lòng (%4).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="198"/>
        <source>No survey on this subject recorded this year.</source>
        <translation>Chưa có cuộc khảo sát nào về nội dung này trong năm.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="234"/>
        <source>Satisfaction surveys</source>
        <translation>Khảo sát sự hài lòng</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="47"/>
        <source>Satisfaction survey</source>
        <translation>Khảo sát sự hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="59"/>
        <source>Subject:</source>
        <translation>Nội dung khảo sát:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="60"/>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="61"/>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="68"/>
        <source>Hamlet</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="68"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="68"/>
        <source>People asked</source>
        <translation>Số người được hỏi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="69"/>
        <source>Satisfied</source>
        <translation>Số người hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="74"/>
        <source>Add a row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commune_surveys.py" line="100"/>
        <source>Row %1: the numbers of people must be whole numbers.</source>
        <translation>Dòng %1: số người phải là số nguyên.</translation>
    </message>
</context>
</TS>
