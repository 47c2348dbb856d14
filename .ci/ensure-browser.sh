#!/usr/bin/env bash
# The browser tests drive Debian's chromium with playwright-core (`npx playwright install` cannot
# download browsers here). Installs chromium and CJK fonts (Chinese must not render as boxes) when
# missing. Needs root and the Debian package mirror.
set -euo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
chromium --version
