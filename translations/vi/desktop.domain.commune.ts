<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneLogKind</name>
    <message>
        <location filename="../../desktop/domain/commune.py" line="52"/>
        <source>Leader&apos;s visit to a hamlet</source>
        <translation>Lãnh đạo xuống thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune.py" line="58"/>
        <source>Citizen reception</source>
        <translation>Tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune.py" line="64"/>
        <source>Dialogue with the people</source>
        <translation>Đối thoại với Nhân dân</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune.py" line="70"/>
        <source>Feedback received and answered</source>
        <translation>Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune.py" line="77"/>
        <source>Satisfaction survey</source>
        <translation>Khảo sát sự hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune.py" line="84"/>
        <source>Meeting with respected residents</source>
        <translation>Gặp mặt người có uy tín</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune.py" line="90"/>
        <source>Official disciplined</source>
        <translation>Cán bộ bị kỷ luật</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune.py" line="96"/>
        <source>Breach of internal rules</source>
        <translation>Vi phạm nội quy cơ quan</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune.py" line="102"/>
        <source>Front supervision topic</source>
        <translation>Chuyên đề giám sát, phản biện của MTTQ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune.py" line="108"/>
        <source>Model or initiative</source>
        <translation>Mô hình, sáng kiến</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune.py" line="114"/>
        <source>“Dân vận khéo” model</source>
        <translation>Mô hình “Dân vận khéo”</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune.py" line="121"/>
        <source>Activity of a local model</source>
        <translation>Hoạt động của mô hình địa phương</translation>
    </message>
</context>
</TS>
