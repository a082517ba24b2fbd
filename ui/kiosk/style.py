"""The kiosk's look: large type (nothing under 24 px), contrast of every text at least
4.5:1 (WCAG AA, tested), big touch targets (read from 1 m away)."""

BLUE = "#0b4f8a"
SERVICE = "#0b63b6"
AMBER = "#a34f00"  # 4.5:1 or better against white and the page
RED = "#b3261e"
GREEN = "#1b7a3a"

KIOSK_STYLE = f"""
QWidget#kiosk {{ background: #f3f5f8; }}
QWidget {{ font-family: "DejaVu Sans", "WenQuanYi Micro Hei"; color: #1a1a1a;
    font-size: 24px; }}
QFrame#kioskHeader {{ background: {BLUE}; }}
QLabel#kioskHallName {{ color: white; font-size: 30px; font-weight: bold; }}
QPushButton#kioskLang {{ color: {SERVICE}; background: white; font-size: 32px;
    font-weight: bold; border: 3px solid {SERVICE}; border-radius: 18px; padding: 10px 16px;
    min-height: 72px; }}
QPushButton#kioskLang:checked {{ color: white; background: {BLUE}; border-color: {BLUE}; }}
QLabel#kioskBanner {{ background: {RED}; color: white; font-size: 24px; font-weight: bold;
    padding: 12px 20px; border-radius: 10px; }}
QLabel#kioskTitle {{ font-size: 34px; font-weight: bold; color: {BLUE}; }}
QLabel#kioskHint {{ font-size: 24px; color: #333; }}
QPushButton#kioskPriority {{ font-size: 24px; font-weight: bold; color: {AMBER};
    background: white; border: 3px solid {AMBER}; border-radius: 14px; padding: 10px 14px;
    min-height: 56px; }}
QPushButton#kioskPriority:checked {{ color: white; background: {AMBER}; }}
QPushButton#kioskCode {{ font-size: 24px; font-weight: bold; color: {SERVICE};
    background: white; border: 3px solid {SERVICE}; border-radius: 14px; padding: 10px 14px;
    min-height: 56px; }}
QPushButton#kioskCode[filled="true"] {{ color: white; background: {SERVICE}; }}
QPushButton#kioskService {{ background: {SERVICE}; border: none; border-radius: 18px;
    min-height: 96px; }}
QPushButton#kioskService:pressed {{ background: {BLUE}; }}
QPushButton#kioskService:disabled {{ background: #3d5f82; }}
QLabel#kioskServiceName {{ color: white; font-size: 32px; font-weight: bold;
    background: transparent; }}
QLabel#kioskServiceDetail {{ color: #ffffff; font-size: 24px; background: transparent; }}
QLabel#kioskYourNumber {{ font-size: 36px; color: #333; }}
QLabel#kioskNumber {{ font-size: 220px; font-weight: bold; color: {BLUE}; }}
QLabel#kioskIssuedService {{ font-size: 36px; font-weight: bold; }}
QLabel#kioskIssuedFacts {{ font-size: 30px; }}
QLabel#kioskIssuedPriority {{ font-size: 26px; font-weight: bold; color: white;
    background: {AMBER}; border-radius: 10px; padding: 6px 18px; }}
QLabel#kioskPrintOk, QLabel#kioskPrintFault {{ font-size: 28px; font-weight: bold;
    padding: 12px 20px; border-radius: 10px; min-height: 40px; }}
QLabel#kioskPrintOk {{ color: {GREEN}; background: transparent; }}
QLabel#kioskPrintFault {{ color: white; background: {RED}; }}
QPushButton#kioskBig {{ font-size: 28px; font-weight: bold; color: white; background: {SERVICE};
    border: none; border-radius: 16px; padding: 10px 40px; min-height: 56px; }}
QPushButton#kioskPlain {{ font-size: 28px; color: {SERVICE}; background: white;
    border: 3px solid {SERVICE}; border-radius: 16px; padding: 10px 40px; min-height: 50px; }}
QLineEdit#kioskEntry {{ font-size: 44px; font-weight: bold; padding: 8px 16px;
    border: 3px solid {SERVICE}; border-radius: 12px; background: white; min-height: 60px; }}
QLineEdit#kioskEntry[active="true"] {{ border: 5px solid {AMBER}; }}
QLabel#kioskError {{ font-size: 24px; font-weight: bold; color: {RED}; }}
QPushButton#kioskDigitKey {{ font-size: 36px; font-weight: bold; background: white;
    border: 2px solid #9aa7b5; border-radius: 12px; min-width: 96px; min-height: 62px; }}
QPushButton#kioskLetterKey {{ font-size: 26px; font-weight: bold; background: white;
    border: 2px solid #9aa7b5; border-radius: 10px; min-width: 58px; min-height: 56px; }}
QPushButton#kioskDigitKey:pressed, QPushButton#kioskLetterKey:pressed {{ background: #d8e6f5; }}
QPushButton#kioskEditKey {{ font-size: 26px; font-weight: bold; background: #e4e8ee;
    border: 2px solid #9aa7b5; border-radius: 12px; min-width: 96px; min-height: 62px; }}
"""
