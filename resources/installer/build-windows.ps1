# Builds the Windows installer dist\SoThiDua-<version>-setup.exe on Windows 10/11 x64
# (a developer's PC or a Windows CI runner). From the repository folder:
#
#   powershell -ExecutionPolicy Bypass -File resources\installer\build-windows.ps1
#
# Needs Python 3.11 x64 (the "py" launcher from python.org) and NSIS 3 (makensis:
# "winget install NSIS.NSIS" or "choco install nsis -y"). pip fetches the packages pinned in
# pyproject.toml; the installer it makes downloads nothing, at install time or when the app runs.
# Extra arguments go to build_installer.py (e.g. --makensis "D:\NSIS\makensis.exe").
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path (Join-Path $PSScriptRoot "..\.."))

function Run($exe, [string[]]$argv) {
    & $exe @argv
    if ($LASTEXITCODE -ne 0) { throw "$exe $argv failed with exit code $LASTEXITCODE" }
}

if (-not (Test-Path ".venv\Scripts\python.exe")) { Run "py" @("-3.11", "-m", "venv", ".venv") }
$py = ".venv\Scripts\python.exe"
Run $py @("-m", "pip", "install", "--upgrade", "pip")
Run $py @("-m", "pip", "install", "-e", ".[build]")
Run $py (@("build_installer.py") + $args)

# Smoke check of the bundle before it is shipped: version, bundled data, a new database and the
# main window on a temporary data folder (never the user's data).
Run "dist\sothidua\sothidua-cli.exe" @("--version")
Run "dist\sothidua\sothidua-cli.exe" @("catalog", "show", "chi-doan-xhcn")
Run "dist\sothidua\sothidua-cli.exe" @("selftest")
Get-ChildItem "dist\SoThiDua-*-setup.exe" | ForEach-Object { "{0}  {1:N0} MB" -f $_.FullName, ($_.Length / 1MB) }
