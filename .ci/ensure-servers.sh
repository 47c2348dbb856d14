#!/usr/bin/env bash
# Starts PostgreSQL, Redis and NATS (JetStream) at their default ports when they are not answering,
# the way this machine image starts them. The test setup would start its own otherwise; this keeps
# CI on the machine's servers.
set -uo pipefail
up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_up() { for _ in $(seq 1 50); do up "$1" && return 0; sleep 0.2; done; echo "$2 did not come up on port $1" >&2; return 1; }

if ! up 5432 && command -v pg_ctlcluster >/dev/null; then
  echo "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  wait_up 5432 PostgreSQL
fi
if ! up 6379 && command -v redis-server >/dev/null; then
  echo "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
  wait_up 6379 Redis
fi
if ! up 4222 && command -v nats-server >/dev/null; then
  echo "starting NATS"
  start-stop-daemon --start --oknodo --background --exec "$(command -v nats-server)" -- -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server
  wait_up 4222 NATS
fi
for p in 5432:PostgreSQL 6379:Redis 4222:NATS; do
  up "${p%%:*}" && echo "${p#*:} is up on ${p%%:*}" || echo "${p#*:} is not running on ${p%%:*}; the test setup will try to start its own"
done
exit 0
