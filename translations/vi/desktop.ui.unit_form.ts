<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="102"/>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="102"/>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="102"/>
        <source>Kind of unit</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="103"/>
        <source>Branch type</source>
        <translation>Loại hình chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="103"/>
        <source>Grade (student branches)</source>
        <translation>Khối lớp (chi đoàn học sinh)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="104"/>
        <source>Parent unit code</source>
        <translation>Mã đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="104"/>
        <source>Upper level&apos;s name</source>
        <translation>Tên đơn vị cấp trên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="107"/>
        <source>100% of members are Party members</source>
        <translation>100% đoàn viên là đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="108"/>
        <source>e.g. Chi đoàn Tổ dân phố số 3</source>
        <translation>ví dụ: Chi đoàn Tổ dân phố số 3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="109"/>
        <source>e.g. CD-TDP3 (letters without accents, digits, -)</source>
        <translation>ví dụ: CD-TDP3 (chữ không dấu, số, dấu -)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="152"/>
        <source>e.g. BTGDV-HP (the Party upper level&apos;s code; its invitation fills it in)</source>
        <translation>ví dụ BTGDV-HP (mã của cấp ủy cấp trên; thư mời của cấp trên tự điền)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="154"/>
        <source>e.g. DCS-LECHAN (needed to submit; can be added later)</source>
        <translation>ví dụ DCS-LECHAN (cần khi nộp lên cấp trên; có thể ghi sau)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="114"/>
        <source>The code of the unit you submit to (your Đoàn cơ sở). You can leave it empty for now: it is asked for when you first submit, and can be changed later in Settings → Unit profile.</source>
        <translation>Mã của đơn vị cấp trên nhận hồ sơ (Đoàn cơ sở). Có thể để trống lúc này: khi nộp lần đầu phần mềm sẽ hỏi mã này; sau này sửa ở Cài đặt → Hồ sơ đơn vị.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="116"/>
        <source>e.g. Đoàn phường Lê Chân</source>
        <translation>ví dụ: Đoàn phường Lê Chân</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="118"/>
        <source>Printed above your unit&apos;s name at the top left of every report. You can change it later in Settings.</source>
        <translation>In phía trên tên đơn vị ở góc trên bên trái mọi báo cáo. Có thể sửa sau trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="121"/>
        <source>Not a student branch</source>
        <translation>Không phải chi đoàn học sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="174"/>
        <source>Reports will print at the top left:</source>
        <translation>Báo cáo sẽ in ở góc trên bên trái:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="178"/>
        <source>Write the name of your upper level (the Đoàn cơ sở your branch belongs to): reports print it above your unit&apos;s name.</source>
        <translation>Ghi tên đơn vị cấp trên (Đoàn cơ sở mà chi đoàn trực thuộc): báo cáo in tên này phía trên tên đơn vị.</translation>
    </message>
</context>
</TS>
