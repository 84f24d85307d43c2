"""Sổ Thi Đua — the desktop application package."""

__version__ = "0.1.0"
APP_NAME = "Sổ Thi Đua"
APP_ID = "SoThiDua"
