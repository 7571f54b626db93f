#!/bin/sh
# The system libraries Qt's window system plugins need on Debian/Ubuntu (and the fonts
# a bare system lacks). Installs only what is missing; does nothing elsewhere.
# Usage: sh tools/install-linux-deps.sh [--xvfb]   (--xvfb adds a virtual screen for tests)
set -eu
[ "$(uname -s)" = "Linux" ] || exit 0
command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || exit 0

PACKAGES="libegl1 libgl1 libopengl0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
libxcb-util1"
if [ "${1:-}" = "--xvfb" ]; then
  PACKAGES="$PACKAGES xvfb xauth"
fi

MISSING=""
for pkg in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    MISSING="$MISSING $pkg"
  fi
done
[ -n "$MISSING" ] || exit 0

SUDO=""
[ "$(id -u)" = "0" ] || SUDO="sudo"
echo "Cài thư viện hệ thống cho Qt:$MISSING"
$SUDO apt-get update -qq
# Package names differ slightly between releases; install what this release has.
AVAILABLE=""
for pkg in $MISSING; do
  if apt-cache show "$pkg" >/dev/null 2>&1; then
    AVAILABLE="$AVAILABLE $pkg"
  fi
done
[ -z "$AVAILABLE" ] || $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq $AVAILABLE >/dev/null
