"""Look of the supervisor window: a calm light theme, red and amber only where action is due."""

from __future__ import annotations

from PySide6.QtGui import QColor

OVER = QColor("#c62828")  # past the target: act now
NEAR = QColor("#ef8c00")  # three quarters of the target used
OK = QColor("#2e7d32")
MUTED = QColor("#5f6b7a")
OVER_BG = QColor("#fde3e1")
NEAR_BG = QColor("#fff1d6")

STATE_COLORS = {"open": "#2e7d32", "paused": "#ef8c00", "closed": "#8a94a3"}

STYLE = """
QWidget#supervisorRoot { background: #f3f5f8; }
QWidget { font-size: 15px; color: #1d2733; }
QFrame#topBar { background: #143a66; }
QFrame#topBar QLabel { color: #ffffff; }
QLabel#hallName { font-size: 22px; font-weight: bold; }
QLabel#clock { font-size: 20px; }
QLabel#connection[ok="false"] { background: #c62828; border-radius: 6px; padding: 2px 10px; }
QLabel#syncBanner { background: #fff1d6; color: #7a4b00; border: 1px solid #ef8c00;
                    padding: 6px 12px; font-size: 16px; }
QLabel#sectionTitle { font-size: 19px; font-weight: bold; color: #143a66; padding: 4px 0; }
QLabel#errorText { color: #b3261e; font-size: 16px; font-weight: bold; }
QLabel#okText { color: #2e7d32; font-size: 16px; }
QLabel#mutedText { color: #5f6b7a; }
QFrame#card { background: #ffffff; border: 1px solid #d8dee6; border-radius: 10px; }
QFrame#card QLabel, QFrame#card QLineEdit, QFrame#card QPushButton { font-size: 19px; }
QFrame#card QLineEdit { padding: 6px; }
QFrame#card QPushButton { padding: 10px; }
QFrame#tile { background: #ffffff; border: 1px solid #d8dee6; border-radius: 10px; }
QLabel#tileValue { font-size: 28px; font-weight: bold; color: #143a66; }
QLabel#tileCaption { font-size: 14px; color: #5f6b7a; }
QScrollArea#alertScroll, QWidget#alertList { background: transparent; }
QFrame#alertRow { background: #fde3e1; border: 1px solid #e6a19b; border-radius: 8px; }
QLabel#alertText { font-size: 16px; color: #5c0f0a; }
QLabel#alertTime { font-size: 15px; font-weight: bold; color: #5c0f0a; }
QPushButton { padding: 6px 14px; border-radius: 6px; border: 1px solid #a9b4c2;
              background: #ffffff; }
QPushButton:hover { background: #e8eef6; }
QPushButton:disabled { color: #9aa4b1; }
QPushButton#primary { background: #1f5fa8; color: #ffffff; border: none; font-weight: bold; }
QPushButton#ackButton { background: #c62828; color: #ffffff; border: none; font-weight: bold; }
QFrame#topBar QPushButton { background: #ffffff; color: #143a66; font-weight: bold; }
QTableWidget { background: #ffffff; border: 1px solid #d8dee6; border-radius: 8px;
               gridline-color: #e6eaf0; font-size: 17px; }
QHeaderView::section { background: #e8eef6; color: #143a66; font-weight: bold;
                       padding: 6px; border: none; font-size: 15px; }
QTabWidget::pane { border: none; }
QTabBar::tab { padding: 8px 22px; font-size: 16px; }
QTabBar::tab:selected { font-weight: bold; }
"""
