# shellcheck shell=bash
# Sourced by deploy/scripts/validate-chart.sh and load/scripts/ensure-k6.sh.
#
# Dev tools (helm, kubectl-validate, k6) are compiled from their Go modules with `go install`,
# because the only networks we reach are package registries (the Go module proxy among them),
# so release binaries cannot be downloaded. They go into one cache folder outside the repo so
# that every clone on the same machine reuses them; a stamp file per tool records the
# module@version it was built from, so bumping a pin below rebuilds it on the next run.

# Pinned versions: change them here only. (Used by the scripts that source this file.)
# shellcheck disable=SC2034
HELM_MODULE="helm.sh/helm/v3/cmd/helm@v3.22.0"
KUBECTL_VALIDATE_MODULE="sigs.k8s.io/kubectl-validate@v0.0.4"
K6_MODULE="go.k6.io/k6@v1.8.1"

CRM_TOOLS_BIN="${CRM_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/crm-tools}/bin"

# ensure_go_tool NAME MODULE@VERSION: builds NAME into $CRM_TOOLS_BIN unless the same
# module@version is already there. Progress goes to stderr; stdout stays clean.
ensure_go_tool() {
  local name="$1" module="$2"
  local bin="$CRM_TOOLS_BIN/$name" stamp="$CRM_TOOLS_BIN/.$name.version"
  if [[ -x "$bin" && -f "$stamp" && "$(cat "$stamp")" == "$module" ]]; then
    return 0
  fi
  # The Go toolchain's usual home, for shells whose PATH lacks it.
  command -v go >/dev/null 2>&1 || PATH="$PATH:/usr/local/go/bin"
  if ! command -v go >/dev/null 2>&1; then
    echo "error: '$name' is missing and Go is not on PATH to build it (needed: go install $module)" >&2
    return 1
  fi
  mkdir -p "$CRM_TOOLS_BIN"
  echo "installing $name ($module) into $CRM_TOOLS_BIN; the first build takes a few minutes..." >&2
  local started=$SECONDS
  # CGO off: static binaries, and no C compiler needed on a fresh machine.
  if ! GOBIN="$CRM_TOOLS_BIN" CGO_ENABLED=0 go install "$module" >&2; then
    echo "error: go install $module failed" >&2
    return 1
  fi
  echo "$module" >"$stamp"
  echo "installed $name in $((SECONDS - started))s" >&2
}
