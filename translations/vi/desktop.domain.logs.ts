<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>LogCategory</name>
    <message>
        <location filename="../../desktop/domain/logs.py" line="30" />
        <source>Politics and ideology</source>
        <translation>Chính trị – tư tưởng</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="31" />
        <source>Ethics and lifestyle</source>
        <translation>Đạo đức – lối sống</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="32" />
        <source>Legal education</source>
        <translation>Giáo dục pháp luật</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="36" />
        <source>Regular branch meeting</source>
        <translation>Sinh hoạt chi đoàn định kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="37" />
        <source>Thematic meeting</source>
        <translation>Sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="38" />
        <source>Political meeting</source>
        <translation>Sinh hoạt chính trị</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="42" />
        <source>Law violation</source>
        <translation>Vi phạm pháp luật</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="43" />
        <source>Disciplined</source>
        <translation>Bị xử lý kỷ luật</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="44" />
        <source>Illegal drug use</source>
        <translation>Sử dụng trái phép chất ma túy</translation>
    </message>
</context>
<context>
    <name>LogKind</name>
    <message>
        <location filename="../../desktop/domain/logs.py" line="74" />
        <source>Information given to members</source>
        <translation>Cung cấp thông tin cho đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="84" />
        <source>Thematic session</source>
        <translation>Buổi sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="94" />
        <source>Toxic-information alert relayed</source>
        <translation>Thông tin “xấu, độc” đã cảnh báo</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="105" />
        <source>Request to share positive information</source>
        <translation>Yêu cầu chia sẻ thông tin tích cực</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="115" />
        <source>Incident</source>
        <translation>Vụ việc vi phạm</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="127" />
        <source>Good example or good story</source>
        <translation>Tấm gương người tốt, câu chuyện đẹp</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="137" />
        <source>Branch meeting</source>
        <translation>Buổi sinh hoạt chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/logs.py" line="147" />
        <source>Member introduced to the Party</source>
        <translation>Giới thiệu đoàn viên ưu tú cho Đảng</translation>
    </message>
</context>
</TS>