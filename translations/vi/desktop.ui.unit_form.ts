<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="94" />
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="94" />
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="94" />
        <source>Kind of unit</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="95" />
        <source>Branch type</source>
        <translation>Loại hình chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="95" />
        <source>Grade (student branches)</source>
        <translation>Khối lớp (chi đoàn học sinh)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="96" />
        <source>Parent unit code</source>
        <translation>Mã đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="96" />
        <source>Upper level's name</source>
        <translation>Tên đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="101" />
        <source>100% of members are Party members</source>
        <translation>100% đoàn viên là đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="102" />
        <source>e.g. Chi đoàn Tổ dân phố số 3</source>
        <translation>ví dụ: Chi đoàn Tổ dân phố số 3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="103" />
        <source>e.g. CD-TDP3 (letters without accents, digits, -)</source>
        <translation>ví dụ: CD-TDP3 (chữ không dấu, số, dấu -)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="104" />
        <source>e.g. DCS-LECHAN (optional)</source>
        <translation>ví dụ: DCS-LECHAN (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="105" />
        <source>e.g. Đoàn phường Lê Chân</source>
        <translation>ví dụ: Đoàn phường Lê Chân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="107" />
        <source>Printed above your unit's name at the top left of every report. You can change it later in Settings.</source>
        <translation>In phía trên tên đơn vị ở góc trên bên trái mọi báo cáo. Có thể sửa sau trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="110" />
        <source>Not a student branch</source>
        <translation>Không phải chi đoàn học sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="150" />
        <source>Reports will print at the top left:</source>
        <translation>Báo cáo sẽ in ở góc trên bên trái:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="154" />
        <source>Write the name of your upper level (the Đoàn cơ sở your branch belongs to): reports print it above your unit's name.</source>
        <translation>Ghi tên đơn vị cấp trên (Đoàn cơ sở mà chi đoàn trực thuộc): báo cáo in tên này phía trên tên đơn vị.</translation>
    </message>
</context>
</TS>