#!/usr/bin/env bash
# Makes sure the browser tests have Chromium and Korean fonts (and Java for the HTML checker). Uses what is installed;
# otherwise installs Debian's packages when it can (root or passwordless sudo, apt-get);
# otherwise says exactly what to install. Playwright's own browser download is not used:
# it needs an internet connection this project must not depend on.
set -euo pipefail

browser="${CHROMIUM_PATH:-}"
if [ -z "$browser" ]; then
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -x "$candidate" ]; then browser="$candidate"; break; fi
  done
fi
has_korean_font() { command -v fc-list >/dev/null 2>&1 && fc-list :lang=ko | grep -q .; }

has_java() { command -v java >/dev/null 2>&1; }

if [ -n "$browser" ] && has_korean_font && has_java; then
  echo "browser: $browser"
  exit 0
fi

packages=()
[ -z "$browser" ] && packages+=(chromium)
has_korean_font || packages+=(fonts-noto-cjk)
has_java || packages+=(default-jre-headless)

run_as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi
}

if command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${packages[*]} with apt-get (Debian packages)…"
  if run_as_root apt-get update -qq && run_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null; then
    browser="${browser:-/usr/bin/chromium}"
    [ -x "$browser" ] && has_java && echo "browser: $browser" && exit 0
  fi
fi

cat >&2 <<MSG
The browser tests need Chromium, a Korean font and Java, and they could not be installed here.
Install them, then run the tests again:
  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk default-jre-headless
  elsewhere:     install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome
MSG
exit 1
