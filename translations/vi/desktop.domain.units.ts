<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BranchType</name>
    <message>
        <location filename="../../desktop/domain/units.py" line="81"/>
        <source>Residential area</source>
        <translation>Địa bàn dân cư</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/units.py" line="82"/>
        <source>Administrative agencies</source>
        <translation>Khối cơ quan hành chính</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/units.py" line="83"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/units.py" line="84"/>
        <source>Armed forces</source>
        <translation>Lực lượng vũ trang</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/units.py" line="85"/>
        <source>Schools</source>
        <translation>Khối trường học</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <location filename="../../desktop/domain/units.py" line="44"/>
        <source>Youth Union branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/units.py" line="45"/>
        <source>Grassroots Youth Union</source>
        <translation>Đoàn cơ sở</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/units.py" line="46"/>
        <source>Higher Youth Union level</source>
        <translation>Đoàn cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/units.py" line="49"/>
        <source>Commune/ward/special-zone Party Committee</source>
        <translation>Đảng ủy xã, phường, đặc khu</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/units.py" line="53"/>
        <source>Party upper level (Propaganda and Mass Mobilisation Commission)</source>
        <translation>Ban Tuyên giáo và Dân vận (cấp ủy cấp trên)</translation>
    </message>
</context>
</TS>
