<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MembersTable</name>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="29" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="30" />
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="31" />
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="32" />
        <source>Union card no.</source>
        <translation>Số thẻ đoàn viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="33" />
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="34" />
        <source>Residence</source>
        <translation>Nơi cư trú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="35" />
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="36" />
        <source>Active at residence (CD-3.3)</source>
        <translation>Sinh hoạt Đoàn nơi cư trú (CD-3.3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="37" />
        <source>Self-training registered (CD-3.4)</source>
        <translation>Đăng ký Rèn luyện đoàn viên (CD-3.4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="38" />
        <source>E-book (CD-3.5)</source>
        <translation>Sổ đoàn điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="39" />
        <source>E-card (CD-3.5)</source>
        <translation>Thẻ đoàn điện tử (CD-3.5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="40" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="41" />
        <source>In the branch since</source>
        <translation>Vào chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="46" />
        <source>Card no.</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="47" />
        <source>Res. activity</source>
        <translation>SH cư trú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="48" />
        <source>Self-training</source>
        <translation>RLĐV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="49" />
        <source>E-book</source>
        <translation>Sổ ĐT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="50" />
        <source>E-card</source>
        <translation>Thẻ ĐT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members_model.py" line="51" />
        <source>Party</source>
        <translation>Đảng viên</translation>
    </message>
</context>
</TS>