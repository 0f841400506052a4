#!/usr/bin/env bash
# What the test suite needs from the system, installed when missing: Chromium for browser tests,
# CJK fonts so Chinese renders, poppler (pdftotext/pdfsig) as a reference reader, qpdf to check
# PDFs we write, redis-server for the scaled-out relay test, NSS's certutil (a trust store for
# pdfsig) and LibreOffice Calc (opens the XLSX we export) for the signed-exports tests. As root
# we install with apt-get; otherwise we say exactly what to install.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
# Not `fc-list | grep -q`: grep stops at the first match, fc-list dies of SIGPIPE, and with
# pipefail the fonts looked missing on every run (and were installed again each time).
[ -n "$(fc-list 2>/dev/null | grep -i 'Noto Sans CJK' || true)" ] || missing+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v certutil >/dev/null 2>&1 || missing+=(libnss3-tools)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
  fc-cache -f >/dev/null 2>&1 || true
else
  echo "The tests need these Debian packages, which are missing: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
