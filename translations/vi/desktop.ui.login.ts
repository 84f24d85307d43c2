<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="97"/>
        <source>Sổ Thi Đua is locked</source>
        <translation>Sổ Thi Đua đang khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="100"/>
        <source>The screen was locked because nobody used it for a while. Enter the password to continue, or log in as another account.</source>
        <translation>Màn hình đã khóa vì một lúc không có ai dùng. Nhập mật khẩu để dùng tiếp, hoặc đăng nhập bằng tài khoản khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="105"/>
        <location filename="../../desktop/ui/login.py" line="113"/>
        <source>Log in — Sổ Thi Đua</source>
        <translation>Đăng nhập — Sổ Thi Đua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="108"/>
        <source>Only the secretary / administrator manages the accounts of this computer: log in with the administrator account to go on.</source>
        <translation>Chỉ Bí thư / quản trị mới quản lý tài khoản của máy này: đăng nhập bằng tài khoản quản trị để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="114"/>
        <source>This computer&apos;s data is protected: log in with your account.</source>
        <translation>Dữ liệu trên máy này được bảo vệ: hãy đăng nhập bằng tài khoản của bạn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="115"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="116"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="117"/>
        <source>Forgot the administrator password?</source>
        <translation>Quên mật khẩu quản trị?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="118"/>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="120"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="122"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="124"/>
        <source>Close Sổ Thi Đua</source>
        <translation>Đóng Sổ Thi Đua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="143"/>
        <source>{0} is not an administrator account: log in as the secretary / administrator.</source>
        <translation>{0} không phải tài khoản quản trị: hãy đăng nhập bằng tài khoản Bí thư / quản trị.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="163"/>
        <source>The password was reset. Log in with the new password.</source>
        <translation>Đã đặt lại mật khẩu. Hãy đăng nhập bằng mật khẩu mới.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="273"/>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="276"/>
        <source>This is the only way to reset a forgotten administrator password: there is no master password. It is shown only now. Print it (or copy it onto paper) and keep it locked away, apart from the computer.</source>
        <translation>Đây là cách duy nhất để đặt lại mật khẩu quản trị khi quên: không có mật khẩu vạn năng nào khác. Mã chỉ hiện một lần này. Hãy in (hoặc chép ra giấy) và cất giữ cẩn thận, để riêng, không để cạnh máy tính.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="281"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="282"/>
        <source>I have printed or copied the code</source>
        <translation>Tôi đã in hoặc chép lại mã</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="288"/>
        <source>Sổ Thi Đua — administrator recovery code</source>
        <translation>Sổ Thi Đua — mã khôi phục mật khẩu quản trị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="294"/>
        <source>Use it when the administrator password is forgotten: on the login screen choose “Forgot the administrator password?”, or run sothidua user recover ACCOUNT --code CODE. It works once.</source>
        <translation>Dùng khi quên mật khẩu quản trị: ở màn hình đăng nhập chọn “Quên mật khẩu quản trị?”, hoặc chạy lệnh sothidua user recover TÊN_TÀI_KHOẢN --code MÃ. Mã chỉ dùng được một lần.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="205"/>
        <source>Reset the administrator password</source>
        <translation>Đặt lại mật khẩu quản trị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="208"/>
        <source>Type the recovery code printed when the administrator account was created. It works once: a new code is shown afterwards, print it and keep it in a safe place.</source>
        <translation>Nhập mã khôi phục đã in khi tạo tài khoản quản trị. Mã chỉ dùng một lần: sau đó chương trình hiện mã mới, hãy in và cất giữ nơi an toàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="215"/>
        <source>Administrator account</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="216"/>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="217"/>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="218"/>
        <source>Repeat the new password</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="222"/>
        <source>Reset the password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="223"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="227"/>
        <source>The two new passwords are not the same.</source>
        <translation>Hai mật khẩu mới không giống nhau.</translation>
    </message>
</context>
</TS>
