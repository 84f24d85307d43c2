<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>UnitSetting</name>
    <message>
        <location filename="../../desktop/domain/settings.py" line="63" />
        <source>Member base for percentages</source>
        <translation>Số đoàn viên dùng để tính tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="72" />
        <source>Branch entry date when an import leaves it blank</source>
        <translation>Ngày vào chi đoàn khi tệp nhập không ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="82" />
        <source>CD-1.4 rule over several requests</source>
        <translation>CD-1.4: cách tính khi có nhiều yêu cầu</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="90" />
        <source>CD-3.2 minimum regular meetings per year</source>
        <translation>CD-3.2: số buổi sinh hoạt chi đoàn định kỳ tối thiểu mỗi năm</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="98" />
        <source>CD-3.2 meetings counted towards the minimum</source>
        <translation>CD-3.2: những buổi được tính vào số buổi tối thiểu</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="109" />
        <source>CD-1.4 when there was no request</source>
        <translation>CD-1.4: khi trong kỳ không có yêu cầu nào</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="118" />
        <source>CD-2.4 which weeks belong to the period</source>
        <translation>CD-2.4: tuần nào thuộc kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="128" />
        <source>CD-3.7 minimum members introduced to the Party</source>
        <translation>CD-3.7: số đoàn viên ưu tú tối thiểu giới thiệu cho Đảng</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="136" />
        <source>Quarter boundaries</source>
        <translation>Cách chia quý</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="145" />
        <source>Assessment year start (day/month)</source>
        <translation>Ngày bắt đầu năm đánh giá (ngày/tháng)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="153" />
        <source>School year start (day/month)</source>
        <translation>Ngày bắt đầu năm học (ngày/tháng)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="161" />
        <source>Rounding of the 80% threshold</source>
        <translation>Làm tròn ngưỡng 80%</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="171" />
        <source>How criteria are counted for recognition</source>
        <translation>Cách đếm tiêu chí khi xét công nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="179" />
        <source>Reminder days before a deadline</source>
        <translation>Nhắc trước hạn (ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="187" />
        <source>Place name on documents</source>
        <translation>Địa danh trên văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="195" />
        <source>Socialist member: minimum share of votes in favour at the branch meeting</source>
        <translation>Đoàn viên XHCN: tỉ lệ tán thành tối thiểu của hội nghị chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="205" />
        <source>Socialist member: vote share computed over</source>
        <translation>Đoàn viên XHCN: tỉ lệ tán thành tính trên</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="214" />
        <source>Socialist member criteria used by the branch</source>
        <translation>Bộ tiêu chí Đoàn viên XHCN của chi đoàn</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="224" />
        <source>Packages: maximum evidence per package (MB)</source>
        <translation>Gói gửi cấp trên: dung lượng minh chứng tối đa mỗi gói (MB)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="232" />
        <source>Online sync: hub address</source>
        <translation>Đồng bộ trực tuyến: địa chỉ máy chủ (hub)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="241" />
        <source>Quarterly progress: days after the quarter ends before it is overdue</source>
        <translation>Báo cáo tiến độ quý: hạn gửi sau khi hết quý (ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="251" />
        <source>Year-end ranking: points for the share of branches registered</source>
        <translation>Xếp loại cuối năm: điểm cho tỉ lệ chi đoàn đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="261" />
        <source>Year-end ranking: points for the share of branches registered on time</source>
        <translation>Xếp loại cuối năm: điểm cho tỉ lệ chi đoàn đăng ký đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="270" />
        <source>Year-end ranking: points for the share of branches recognised</source>
        <translation>Xếp loại cuối năm: điểm cho tỉ lệ chi đoàn được công nhận Chi đoàn XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="279" />
        <source>Year-end ranking: points for the share of members recognised</source>
        <translation>Xếp loại cuối năm: điểm cho tỉ lệ đoàn viên được công nhận Đoàn viên XHCN</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="288" />
        <source>Year-end ranking: minimum score for the top tier</source>
        <translation>Xếp loại cuối năm: mức điểm tối thiểu “Hoàn thành xuất sắc nhiệm vụ”</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="296" />
        <source>Year-end ranking: minimum score for the second tier</source>
        <translation>Xếp loại cuối năm: mức điểm tối thiểu “Hoàn thành tốt nhiệm vụ”</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="304" />
        <source>Year-end ranking: minimum score for the third tier</source>
        <translation>Xếp loại cuối năm: mức điểm tối thiểu “Hoàn thành nhiệm vụ”</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="313" />
        <source>Documents: name of the signatory</source>
        <translation>Văn bản: họ tên người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="322" />
        <source>Documents: title of the signatory</source>
        <translation>Văn bản: chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="330" />
        <source>Documents: form of signing</source>
        <translation>Văn bản: hình thức ký</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="339" />
        <source>Documents: name of the upper level (top-left line)</source>
        <translation>Văn bản: tên cơ quan cấp trên (dòng trên cùng bên trái)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="348" />
        <source>Documents: to whom reports are addressed</source>
        <translation>Văn bản: nơi nhận báo cáo (Kính gửi)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="359" />
        <source>Documents: issuing-body symbol in numbers (05-BC/ĐTN)</source>
        <translation>Văn bản: ký hiệu cơ quan sau loại văn bản (Số: 05-BC/ĐTN)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="368" />
        <source>Commune: minimum share of satisfied residents (CQTT-2.7)</source>
        <translation>Đảng ủy xã: tỉ lệ người dân hài lòng tối thiểu (CQTT-2.7)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="377" />
        <source>Commune: share of feedback answered (CQTT-1.4)</source>
        <translation>Đảng ủy xã: tỉ lệ phản ánh, kiến nghị được trả lời (CQTT-1.4)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="386" />
        <source>Commune: deadline to register for the year's models (month-day)</source>
        <translation>Đảng ủy xã: hạn đăng ký các mô hình của năm (ngày-tháng)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/settings.py" line="394" />
        <source>Commune: deadline of the yearly review (month-day)</source>
        <translation>Đảng ủy xã: hạn sơ kết các mô hình của năm (ngày-tháng)</translation>
    </message>
</context>
</TS>