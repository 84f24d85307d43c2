<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="23"/>
        <source>No members in the period to compute a share.</source>
        <translation>Chưa có đoàn viên nào trong kỳ để tính tỉ lệ.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="42"/>
        <source>{got}/{base} members ({share}) reached by {records} information record; {needed} needed.</source>
        <translation>{got}/{base} đoàn viên ({share}) đã được cung cấp thông tin qua {records} lần; cần {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="46"/>
        <source>{got}/{base} members ({share}) reached by {records} information records; {needed} needed.</source>
        <translation>{got}/{base} đoàn viên ({share}) đã được cung cấp thông tin qua {records} lần; cần {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="55"/>
        <source>Only {got}/{base} members ({share}) reached, at least {needed} needed.</source>
        <translation>Mới có {got}/{base} đoàn viên ({share}) được cung cấp thông tin, cần tối thiểu {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="75"/>
        <source>counted as met</source>
        <translation>tính là đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="76"/>
        <source>counted as not met</source>
        <translation>tính là chưa đạt</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="77"/>
        <source>the criterion does not apply</source>
        <translation>tiêu chí không áp dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="94"/>
        <source>No request to share positive information in the period: {outcome} (per the setting “{setting}”).</source>
        <translation>Trong kỳ chưa có yêu cầu chia sẻ thông tin tích cực nào: {outcome} (theo Cài đặt “{setting}”).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="119"/>
        <source>On average {share} of members took part over {requests} requests; {needed} needed.</source>
        <translation>Bình quân {share} đoàn viên tham gia qua {requests} yêu cầu; cần {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="136"/>
        <source>On average only {share} of members took part over {requests} requests, {needed} needed.</source>
        <translation>Bình quân mới có {share} đoàn viên tham gia qua {requests} yêu cầu, cần {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="151"/>
        <source>The only request reached {lowest} of members ({needed} needed).</source>
        <translation>Yêu cầu duy nhất trong kỳ có {lowest} đoàn viên tham gia (cần {needed}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="157"/>
        <source>All {requests} requests reached at least {needed} of members (lowest {lowest}).</source>
        <translation>Cả {requests} yêu cầu đều có từ {needed} đoàn viên tham gia trở lên (thấp nhất {lowest}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="167"/>
        <source>the request of {date} “{title}” reached only {share}</source>
        <translation>yêu cầu ngày {date} “{title}” chỉ có {share}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="185"/>
        <source>{below}/{requests} requests below {needed} of members: {parts}{more}.</source>
        <translation>{below}/{requests} yêu cầu chưa đạt {needed} đoàn viên tham gia: {parts}{more}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="209"/>
        <source>No Socialist-member recognition recorded for this period yet.</source>
        <translation>Chưa có kết quả công nhận Đoàn viên XHCN của kỳ này.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="228"/>
        <source>{got}/{base} members ({share}) recognised as Socialist members; {needed} needed.</source>
        <translation>{got}/{base} đoàn viên ({share}) được công nhận Đoàn viên XHCN; cần {needed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="244"/>
        <source>Only {got}/{base} members ({share}) recognised as Socialist members, at least {needed} needed.</source>
        <translation>Mới có {got}/{base} đoàn viên ({share}) được công nhận Đoàn viên XHCN, cần tối thiểu {needed}.</translation>
    </message>
</context>
<context>
    <name>EvaluationRequests</name>
    <message>
        <location filename="../../desktop/domain/evaluation_shares.py" line="175"/>
        <source> and {count} more</source>
        <translation> và {count} yêu cầu khác</translation>
    </message>
</context>
</TS>
