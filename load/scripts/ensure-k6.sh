#!/usr/bin/env bash
# Prints the path of a k6 binary, building it first (`go install`, about a minute or two) if the
# shared tool cache does not have the pinned version yet. Usage: K6=$(bash load/scripts/ensure-k6.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=deploy/scripts/go-tools.sh
source deploy/scripts/go-tools.sh
ensure_go_tool k6 "$K6_MODULE"
echo "$CRM_TOOLS_BIN/k6"
