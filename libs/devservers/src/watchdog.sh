#!/bin/sh
# The watchdog of kill-with-parent.util.ts: outlives a SIGKILL of the process that started it (the
# runner, a test process). Reads "add <pid> <signal> <first|last> <start time>" and "del <pid>" lines
# from stdin, whose far end only that process holds. When stdin ends (that process is gone, however
# it went) it signals the "first" children, waits up to 10 s for them, kills what is left, then does
# the same for the "last" ones. A pid is signalled only while it has the start time it had when it
# was added (/proc), so a pid reused by another process is left alone; a zombie counts as gone.
trap '' INT HUP
first=''
last=''
state() { s=$(cat /proc/$1/stat 2>/dev/null) || return 1; s=${s##*) }; set -- $s; echo "$1 ${20}"; }
ours() {
  eval "t=\$start_$1"
  if [ "$t" = - ]; then kill -0 "$1" 2>/dev/null; return; fi
  st=$(state "$1") || return 1
  [ "${st#* }" = "$t" ] && [ "${st%% *}" != Z ]
}
stop() {
  pending=''
  for pid in $1; do
    eval "g=\${gone_$pid:-}; s=\$sig_$pid"
    [ -n "$g" ] && continue
    ours "$pid" && kill -s "$s" "$pid" 2>/dev/null && pending="$pending $pid"
  done
  i=0
  while [ -n "$pending" ] && [ $i -lt 100 ]; do
    sleep 0.1
    i=$((i + 1))
    still=''
    for pid in $pending; do ours "$pid" && still="$still $pid"; done
    pending=$still
  done
  for pid in $pending; do kill -s KILL "$pid" 2>/dev/null; done
}
while read -r op pid sig phase start; do
  case $op in
    add)
      eval "sig_$pid=$sig; start_$pid=$start; gone_$pid="
      if [ "$phase" = first ]; then first="$first $pid"; else last="$last $pid"; fi
      ;;
    del) eval "gone_$pid=1" ;;
  esac
done
stop "$first"
stop "$last"
