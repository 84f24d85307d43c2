<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>UnitPeriodBar</name>
    <message>
        <location filename="../../desktop/ui/cycle_common.py" line="93" />
        <source>Branch:</source>
        <translation>Chi đoàn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_common.py" line="94" />
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cycle_common.py" line="96" />
        <source>This branch sends its data in packages, so it can only be viewed here. Ask the branch to make changes on its own computer and send the package again.</source>
        <translation>Chi đoàn này gửi dữ liệu lên bằng gói nên chỉ được xem trên máy này. Hãy đề nghị chi đoàn sửa trên máy của mình rồi gửi lại gói.</translation>
    </message>
</context>
</TS>