#!/usr/bin/env bash
# Installs what the edge agent's tests drive: pcscd with the vsmartcard vpcd virtual reader driver,
# libpcsclite's headers (nfc-pcsc's native addon @pokusew/pcsclite builds against them), and socat
# (pseudo-terminal pairs for the keyboard-wedge and caller-ID modem tests). Idempotent: apt runs
# only when something is missing. Run it BEFORE `npm ci`, so the optional nfc-pcsc addon builds.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
for pkg in pcscd libpcsclite-dev vsmartcard-vpcd socat; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
