<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommuneEvaluation</name>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="30"/>
        <source>Week {n}</source>
        <translation>Tuần {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="36"/>
        <source>Month {n}</source>
        <translation>Tháng {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="48"/>
        <source>Year {year}</source>
        <translation>Năm {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="78"/>
        <source> and {count} more periods</source>
        <translation> và {count} kỳ khác</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="82"/>
        <source>{period} has only {count}/{need} {what}.</source>
        <translation>{period} chỉ có {count}/{need} {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="90"/>
        <source>{period} has no {what}.</source>
        <translation>{period} chưa có {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="92"/>
        <source>{period} has fewer than {need} {what}.</source>
        <translation>{period} chưa có đủ {need} {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="96"/>
        <source>{count} periods have no {what}: {periods}.</source>
        <translation>{count} kỳ chưa có {what}: {periods}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="98"/>
        <source>{count} periods have fewer than {need} {what}: {periods}.</source>
        <translation>{count} kỳ chưa có đủ {need} {what}: {periods}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="106"/>
        <source>{period}: only {count}/{need} {what} so far; {left} more due by {end}.</source>
        <translation>{period} mới có {count}/{need} {what}; còn thiếu {left}, hạn {end}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="119"/>
        <source>{count} {what} in the year (at least {need} required).</source>
        <translation>Đã có {count} {what} trong năm (yêu cầu ít nhất {need}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="126"/>
        <source>All {done}/{done} past periods have {what}.</source>
        <translation>Đủ {done}/{done} kỳ đã qua đều có {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="128"/>
        <source>All {done}/{done} past periods have {need} {what}.</source>
        <translation>Đủ {done}/{done} kỳ đã qua đều có đủ {need} {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="141"/>
        <source>{count} {what} in the period (the first on {date}: {title}).</source>
        <translation>Có {count} {what} trong kỳ (đầu tiên ngày {date}: {title}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="145"/>
        <source>{count} {what} in the period (the first on {date}).</source>
        <translation>Có {count} {what} trong kỳ (đầu tiên ngày {date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/commune_eval_counts.py" line="148"/>
        <source>No {what} in the period.</source>
        <translation>Không có {what} nào trong kỳ.</translation>
    </message>
</context>
</TS>
