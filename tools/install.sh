#!/usr/bin/env bash
# Installs what hallq needs on a Debian/Ubuntu machine: system libraries for Qt, fonts,
# speech tools, then hallq itself (pip, editable). With --test: the test tools too.
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

APT_RUN="libegl1 libgl1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libxcb-icccm4
 libxcb-keysyms1 libxcb-cursor0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0
 libxcb-image0 libxcb-shape0 libfontconfig1 libpulse0 fonts-wqy-microhei"
APT_TEST="xvfb xauth poppler-utils chromium chromium-driver espeak-ng sox"
# libzbar0: the QR decoder (through pyzbar, in the test extra) the ticket tests read codes with
APT_TEST="$APT_TEST libzbar0"

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  pkgs="$APT_RUN"
  [ $want_test -eq 1 ] && pkgs="$pkgs $APT_TEST"
  # shellcheck disable=SC2086
  missing=$(for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
  if [ -n "$missing" ]; then
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
  fi
fi

PY=${PYTHON:-python3}
if [ $want_test -eq 1 ]; then
  $PY -m pip install -q -e ".[test]"
else
  $PY -m pip install -q -e .
fi
# Translations: the .qm files are built from the .ts sources, never edited by hand.
if [ -f tools/i18n.py ]; then
  $PY tools/i18n.py build
fi
echo "hallq installed: $($PY -c 'import hallq; print(hallq.__version__)')"
