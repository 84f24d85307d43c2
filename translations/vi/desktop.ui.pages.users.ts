<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="309" />
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="59" />
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="60" />
        <source>Account name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="60" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="60" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="61" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="61" />
        <source>Repeat the password</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="63" />
        <source>e.g. hoa.nguyen</source>
        <translation>ví dụ: hoa.nguyen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="68" />
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="91" />
        <source>active</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="91" />
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="157" />
        <source>Roles: “Secretary / administrator” does everything, including submitting and signing, accounts and restoring backups; “Staff” records and edits; “Viewer” reads and prints only. With no account, whoever uses this computer has every right.</source>
        <translation>Vai trò: “Bí thư / quản trị” làm được mọi việc, kể cả nộp, ký hồ sơ, quản lý tài khoản và khôi phục bản sao lưu; “Cán bộ” ghi chép và sửa dữ liệu; “Xem” chỉ xem và in. Khi chưa có tài khoản nào, ai dùng máy này cũng có toàn quyền.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="160" />
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="160" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="160" />
        <location filename="../../desktop/ui/pages/users.py" line="222" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="160" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="161" />
        <source>Last login</source>
        <translation>Đăng nhập lần cuối</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="162" />
        <source>Add an account…</source>
        <translation>Thêm tài khoản…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="163" />
        <source>Change the role…</source>
        <translation>Đổi vai trò…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="164" />
        <source>Set the password…</source>
        <translation>Đặt mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="165" />
        <source>Disable / enable</source>
        <translation>Khóa / mở khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="166" />
        <source>New recovery code…</source>
        <translation>Tạo mã khôi phục mới…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="167" />
        <source>Login</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="168" />
        <source>Ask for a login at start</source>
        <translation>Yêu cầu đăng nhập khi mở</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="169" />
        <source>automatic: from the second account on</source>
        <translation>tự động: từ khi có tài khoản thứ hai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="169" />
        <source>always</source>
        <translation>luôn luôn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="170" />
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="172" />
        <source>Lock after minutes without use (0 = never)</source>
        <translation>Khóa màn hình sau số phút không dùng (0 = không khóa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="173" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="195" />
        <source>Login is required now.</source>
        <translation>Hiện đang bắt buộc đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="196" />
        <source>Login is not required now.</source>
        <translation>Hiện không bắt buộc đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="206" />
        <location filename="../../desktop/ui/pages/users.py" line="210" />
        <location filename="../../desktop/ui/pages/users.py" line="215" />
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="207" />
        <source>New password for {0}:</source>
        <translation>Mật khẩu mới cho {0}:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="210" />
        <source>Repeat the new password:</source>
        <translation>Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="215" />
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="222" />
        <source>Role of {0}:</source>
        <translation>Vai trò của {0}:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="259" />
        <source>Login turned on</source>
        <translation>Đã bật đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="260" />
        <source>This computer now has two accounts: from the next start everyone logs in with their own.</source>
        <translation>Máy này đã có hai tài khoản: từ lần mở sau, mỗi người đăng nhập bằng tài khoản của mình.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="279" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="279" />
        <source>The password of {0} was changed.</source>
        <translation>Đã đổi mật khẩu của {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="288" />
        <source>New recovery code</source>
        <translation>Mã khôi phục mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/users.py" line="289" />
        <source>Make a new recovery code? The code you kept before stops working; write down the new one.</source>
        <translation>Tạo mã khôi phục mới? Mã đã cất giữ trước đây sẽ không dùng được nữa; hãy ghi lại mã mới.</translation>
    </message>
</context>
</TS>