<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="62" />
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="62" />
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="62" />
        <source>Kind of unit</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="63" />
        <source>Branch type</source>
        <translation>Loại hình chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="63" />
        <source>Grade (student branches)</source>
        <translation>Khối lớp (chi đoàn học sinh)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="64" />
        <source>Parent unit code</source>
        <translation>Mã đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="69" />
        <source>100% of members are Party members</source>
        <translation>100% đoàn viên là đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="70" />
        <source>e.g. Chi đoàn Tổ dân phố số 3</source>
        <translation>ví dụ: Chi đoàn Tổ dân phố số 3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="71" />
        <source>e.g. CD-TDP3 (letters without accents, digits, -)</source>
        <translation>ví dụ: CD-TDP3 (chữ không dấu, số, dấu -)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="72" />
        <source>e.g. DCS-LECHAN (optional)</source>
        <translation>ví dụ: DCS-LECHAN (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="73" />
        <source>Not a student branch</source>
        <translation>Không phải chi đoàn học sinh</translation>
    </message>
</context>
</TS>