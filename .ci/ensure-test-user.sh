#!/usr/bin/env bash
# Creates crm-ci, an ordinary (unprivileged) user with a home of its own (its npm cache lives
# there), so the fresh-clone test (e2e/fresh-clone.e2e-spec.ts) can install and start a clone as
# someone other than root too. Idempotent; needs root (CI runs as root).
set -euo pipefail
USER_NAME=crm-ci
if id "$USER_NAME" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then echo "run as root to create the user $USER_NAME" >&2; exit 1; fi
useradd --create-home --shell /bin/bash --comment "CRM CI, fresh clones as an ordinary user" "$USER_NAME"
echo "created user $USER_NAME"
