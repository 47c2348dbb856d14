#!/usr/bin/env bash
# npm run load — start the whole system with `npm start`, run the k6 skeleton scenario against
# its gateway on 127.0.0.1, stop the system, and exit with k6's exit code (0 = thresholds met).
# Env: CRM_HTTP_PORT (gateway port, default 8080), READY_TIMEOUT (seconds, default 120),
#      SCENARIO (default load/scenarios/skeleton.js); VUS, DURATION, BRANCH_ID go to k6.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

export CRM_HTTP_PORT="${CRM_HTTP_PORT:-8080}"
READY_TIMEOUT="${READY_TIMEOUT:-120}"
SCENARIO="${SCENARIO:-load/scenarios/skeleton.js}"
BASE_URL="http://127.0.0.1:$CRM_HTTP_PORT"
# k6 otherwise reports usage to Grafana at the end of a run; this machine talks to no one.
export K6_NO_USAGE_REPORT=true

K6=$(bash load/scripts/ensure-k6.sh) || { echo "load: could not install k6" >&2; exit 1; }

# 0 when GET $BASE_URL/readyz answers 200 (node is always here; curl may not be).
ready() {
  node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
    .then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' "$BASE_URL/readyz"
}

if ready; then
  echo "load: something already answers on $BASE_URL; stop it or set CRM_HTTP_PORT" >&2
  exit 1
fi

logdir=$(mktemp -d "${TMPDIR:-/tmp}/crm-load.XXXXXX")
log="$logdir/system.log"
system_pid=""
# A data folder and an administrator of its own, so the scenario can log in; the embedded
# PostgreSQL runs as the "postgres" user, which must be able to enter the folder.
chmod 755 "$logdir"
export CRM_DATA_DIR="${CRM_DATA_DIR:-$logdir/data}"
mkdir -p -m 755 "$CRM_DATA_DIR"
export CRM_ADMIN_PASSWORD="${CRM_ADMIN_PASSWORD:-Load-$(node -p "require('crypto').randomBytes(12).toString('base64url')")}"

# SIGINT to the whole process group, as Ctrl-C in a terminal would, then wait for it to exit
# (escalating to SIGTERM, then SIGKILL, if it does not within 30 s each).
stop_system() {
  [[ -n "$system_pid" ]] || return 0
  local pgid="$system_pid" signal
  for signal in INT TERM KILL; do
    kill "-$signal" -- "-$pgid" 2>/dev/null || break
    for _ in $(seq 60); do
      kill -0 -- "-$pgid" 2>/dev/null || break 2
      sleep 0.5
    done
    echo "load: system still running after SIG$signal" >&2
  done
  wait "$system_pid" 2>/dev/null
  system_pid=""
}
trap 'stop_system' EXIT
trap 'exit 130' INT TERM

echo "load: starting the system (npm start, gateway on $BASE_URL); log: $log"
# setsid: npm start and everything it spawns get their own process group, which is how
# stop_system reaches the servers it started too.
setsid npm start >"$log" 2>&1 </dev/null &
system_pid=$!

deadline=$((SECONDS + READY_TIMEOUT))
until ready; do
  if ! kill -0 "$system_pid" 2>/dev/null; then
    system_pid=""
    echo "load: npm start exited before the system was ready; last lines of $log:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  if ((SECONDS >= deadline)); then
    echo "load: $BASE_URL/readyz did not answer 200 within ${READY_TIMEOUT}s; last lines of $log:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  sleep 1
done
echo "load: system ready after $((SECONDS - deadline + READY_TIMEOUT))s"

"$K6" run --no-usage-report -e BASE_URL="$BASE_URL" -e ADMIN_PASSWORD="$CRM_ADMIN_PASSWORD" "$SCENARIO"
k6_status=$?

stop_system
echo "load: k6 exited with $k6_status (system log: $log)"
exit "$k6_status"
