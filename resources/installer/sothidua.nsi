;; Sổ Thi Đua — Windows installer (NSIS 3, Unicode). Kept in the repository; built by
;; build_installer.py on Windows (or by Debian's makensis from a Windows one-folder build):
;;   makensis -NOCD -INPUTCHARSET UTF8 -DAPP_VERSION=0.1.0 -DAPP_VERSION_WIN=0.1.0.0
;;            -DSOURCE_DIR=dist\sothidua -DOUT_FILE=dist\SoThiDua-0.1.0-setup.exe
;;            -DICON_FILE=resources\icons\sothidua.ico resources\installer\sothidua.nsi
;;
;; - Vietnamese (default) and English installer language.
;; - Per-user install without administrator rights: %LOCALAPPDATA%\Programs\SoThiDua.
;; - Start-menu and desktop shortcuts.
;; - A stable APP_ID: a newer version finds the installed one (HKCU uninstall key) and upgrades
;;   it in place, replacing only the program files.
;; - Refuses Windows older than 10 version 1809 (build 17763) and 32-bit Windows: Qt 6 does not
;;   run there; the user is told so in Vietnamese instead of meeting a crash later.
;; - The user's data lives in %APPDATA%\SoThiDua (platformdirs user_data_dir("SoThiDua",
;;   roaming=True)), never in the install folder; the uninstaller leaves it unless asked.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

!ifndef APP_VERSION
  !error "APP_VERSION is not defined: build with build_installer.py (it passes the version)"
!endif
!ifndef APP_VERSION_WIN
  !error "APP_VERSION_WIN (X.Y.Z.W) is not defined: build with build_installer.py"
!endif
!ifndef SOURCE_DIR
  !error "SOURCE_DIR (the PyInstaller one-folder build) is not defined"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "SoThiDua-${APP_VERSION}-setup.exe"
!endif
!ifndef ICON_FILE
  !define ICON_FILE "..\icons\sothidua.ico"
!endif

;; NEVER change APP_ID: it is how a newer installer recognises an installed copy.
;; build_installer.APP_GUID holds the same value (tests/unit/test_build_installer.py).
!define APP_ID "{05240C47-5A73-4962-BA8D-A342FF08119C}"
!define APP_NAME "Sổ Thi Đua"
!define APP_DATA_FOLDER "SoThiDua"
!define EXE_GUI "SoThiDua.exe"
!define EXE_CLI "sothidua-cli.exe"
!define PUBLISHER "Dự án Sổ Thi Đua"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\SoThiDua"
;; Qt 6 needs Windows 10 version 1809 (build 17763) or later, 64-bit (docs/packaging.md).
!define MIN_WINDOWS_BUILD 17763

Name "${APP_NAME}"
OutFile "${OUT_FILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\SoThiDua"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${APP_VERSION}"
ShowInstDetails show
ShowUninstDetails show

;; ------------------------------------------------------------------ pages and languages
!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE_GUI}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

;; The first language is the default one.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString MsgOldWindows ${LANG_VIETNAMESE} "Sổ Thi Đua cần Windows 10 phiên bản 1809 (bản dựng ${MIN_WINDOWS_BUILD}) trở lên, hoặc Windows 11, loại 64-bit.$\r$\nMáy này đang chạy Windows $R2.$R3 (bản dựng $R4)$R5.$\r$\n$\r$\nHãy cập nhật Windows (Cài đặt › Windows Update) hoặc cài trên máy khác. Chưa có gì được cài đặt."
LangString MsgOldWindows ${LANG_ENGLISH} "Sổ Thi Đua needs Windows 10 version 1809 (build ${MIN_WINDOWS_BUILD}) or later, or Windows 11, 64-bit.$\r$\nThis PC runs Windows $R2.$R3 (build $R4)$R5.$\r$\n$\r$\nUpdate Windows (Settings › Windows Update) or install on another PC. Nothing was installed."
LangString Msg32Bit ${LANG_VIETNAMESE} ", loại 32-bit"
LangString Msg32Bit ${LANG_ENGLISH} ", 32-bit"
LangString MsgAppRunning ${LANG_VIETNAMESE} "Sổ Thi Đua đang chạy. Hãy đóng chương trình rồi bấm Thử lại (Retry)."
LangString MsgAppRunning ${LANG_ENGLISH} "Sổ Thi Đua is running. Close it, then click Retry."
LangString MsgNewerInstalled ${LANG_VIETNAMESE} "Máy này đã cài Sổ Thi Đua $R0, mới hơn bản ${APP_VERSION} này. Dữ liệu đã được bản mới hơn nâng cấp sẽ không mở được bằng bản cũ.$\r$\n$\r$\nVẫn cài bản cũ hơn?"
LangString MsgNewerInstalled ${LANG_ENGLISH} "Sổ Thi Đua $R0 is installed, which is newer than this version ${APP_VERSION}. Data upgraded by the newer version cannot be opened by the older one.$\r$\n$\r$\nInstall the older version anyway?"
LangString MsgUpgrading ${LANG_VIETNAMESE} "Nâng cấp bản đã cài $R0 lên ${APP_VERSION}; dữ liệu trong $APPDATA\${APP_DATA_FOLDER} được giữ nguyên."
LangString MsgUpgrading ${LANG_ENGLISH} "Upgrading the installed version $R0 to ${APP_VERSION}; the data in $APPDATA\${APP_DATA_FOLDER} is kept."
LangString MsgDeleteData ${LANG_VIETNAMESE} "Xóa luôn DỮ LIỆU của Sổ Thi Đua (cơ sở dữ liệu, các bản sao lưu, tệp minh chứng) trong$\r$\n$APPDATA\${APP_DATA_FOLDER} ?$\r$\n$\r$\nChọn Không (No) để giữ lại dữ liệu — khuyên dùng: cài lại Sổ Thi Đua sau này sẽ dùng tiếp được dữ liệu cũ."
LangString MsgDeleteData ${LANG_ENGLISH} "Also delete the DATA of Sổ Thi Đua (database, backups, evidence files) in$\r$\n$APPDATA\${APP_DATA_FOLDER} ?$\r$\n$\r$\nChoose No to keep it (recommended): installing Sổ Thi Đua again later picks the data up."
LangString MsgDataKept ${LANG_VIETNAMESE} "Đã giữ nguyên dữ liệu trong $APPDATA\${APP_DATA_FOLDER}."
LangString MsgDataKept ${LANG_ENGLISH} "The data in $APPDATA\${APP_DATA_FOLDER} was kept."
LangString MsgDataDeleted ${LANG_VIETNAMESE} "Đã xóa dữ liệu trong $APPDATA\${APP_DATA_FOLDER}."
LangString MsgDataDeleted ${LANG_ENGLISH} "The data in $APPDATA\${APP_DATA_FOLDER} was deleted."

VIProductVersion "${APP_VERSION_WIN}"
VIFileVersion "${APP_VERSION_WIN}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileDescription" "Bộ cài ${APP_NAME} ${APP_VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "LegalCopyright" "MIT"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} ${APP_VERSION} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "MIT"

;; ------------------------------------------------------------------ helpers
;; Waits until the installed program is closed: a running .exe cannot be opened for writing.
!macro WAIT_UNTIL_CLOSED UN
Function ${UN}WaitUntilClosed
  ${DoWhile} ${FileExists} "$INSTDIR\${EXE_GUI}"
    ClearErrors
    FileOpen $0 "$INSTDIR\${EXE_GUI}" a
    ${IfNot} ${Errors}
      FileClose $0
      ${Break}
    ${EndIf}
    ${If} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MsgAppRunning)" /SD IDCANCEL IDCANCEL`
      Abort
    ${EndIf}
  ${Loop}
FunctionEnd
!macroend
!insertmacro WAIT_UNTIL_CLOSED ""
!insertmacro WAIT_UNTIL_CLOSED "un."

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
  ; Too old or 32-bit Windows: say so and stop before anything is written (exit code 3).
  StrCpy $R5 ""
  ${IfNot} ${RunningX64}
    StrCpy $R5 "$(Msg32Bit)"
  ${EndIf}
  ${If} $R5 != ""
  ${OrIfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} ${MIN_WINDOWS_BUILD}
    ${WinVerGetMajor} $R2
    ${WinVerGetMinor} $R3
    ${WinVerGetBuild} $R4
    MessageBox MB_OK|MB_ICONSTOP "$(MsgOldWindows)" /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
  ; An installed copy (same APP_ID)? Refuse a silent downgrade, ask in the dialog.
  ReadRegStr $R0 HKCU "${UNINST_KEY}" "DisplayVersion"
  ${If} $R0 != ""
    ${VersionCompare} "${APP_VERSION}" "$R0" $R1
    ${If} $R1 == 2
      ${IfNot} ${Cmd} `MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(MsgNewerInstalled)" /SD IDNO IDYES`
        Abort
      ${EndIf}
    ${EndIf}
  ${EndIf}
FunctionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

;; ------------------------------------------------------------------ install / upgrade
Section "!${APP_NAME}" SecMain
  SectionIn RO
  SetShellVarContext current
  Call WaitUntilClosed
  ReadRegStr $R0 HKCU "${UNINST_KEY}" "DisplayVersion"
  ${If} $R0 != ""
    DetailPrint "$(MsgUpgrading)"
  ${EndIf}
  ; Upgrade in place: drop the previous program files first so no stale module survives.
  ; Only our own folder, and only when our program is there (the user's data is elsewhere).
  ${If} ${FileExists} "$INSTDIR\${EXE_GUI}"
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE_GUI}" "" "$INSTDIR\${EXE_GUI}" 0
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${EXE_GUI}" "" "$INSTDIR\${EXE_GUI}" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${APP_VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE_GUI},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

;; ------------------------------------------------------------------ uninstall
Section "Uninstall"
  SetShellVarContext current
  Call un.WaitUntilClosed
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ; Only the files this installer put there: never RMDir /r "$INSTDIR" (the user may have
  ; chosen a folder holding other files).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE_GUI}"
  Delete "$INSTDIR\${EXE_CLI}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"

  ; The user's data stays unless the user says otherwise (silent uninstall: always kept).
  ${If} ${FileExists} "$APPDATA\${APP_DATA_FOLDER}\*.*"
    ${If} ${Cmd} `MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(MsgDeleteData)" /SD IDNO IDYES`
      RMDir /r "$APPDATA\${APP_DATA_FOLDER}"
      DetailPrint "$(MsgDataDeleted)"
    ${Else}
      DetailPrint "$(MsgDataKept)"
    ${EndIf}
  ${EndIf}
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd
