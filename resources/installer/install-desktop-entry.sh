#!/bin/sh
# Adds Sổ Thi Đua to this user's application menu (no root needed, nothing downloaded).
#   ./install-desktop-entry.sh            add the menu entry and icon
#   ./install-desktop-entry.sh --remove   remove them again (your data is never touched)
# Your data stays in ~/.local/share/SoThiDua, outside this folder: replacing this folder with
# a newer version keeps it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$apps/sothidua.desktop" "$icons/256x256/apps/sothidua.png" "$icons/scalable/apps/sothidua.svg"
  echo "Đã gỡ mục Sổ Thi Đua khỏi menu (dữ liệu được giữ nguyên)."
  exit 0
fi
mkdir -p "$apps" "$icons/256x256/apps" "$icons/scalable/apps"
cp "$here/sothidua.png" "$icons/256x256/apps/sothidua.png"
cp "$here/sothidua.svg" "$icons/scalable/apps/sothidua.svg"
# Exec and Icon with absolute paths: the entry works wherever this folder was unpacked.
sed -e "s|^Exec=.*|Exec=\"$here/sothidua\"|" -e "s|^Icon=.*|Icon=$here/sothidua.png|" \
  "$here/sothidua.desktop" > "$apps/sothidua.desktop"
chmod 644 "$apps/sothidua.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "Đã thêm Sổ Thi Đua vào menu ứng dụng: $apps/sothidua.desktop"
