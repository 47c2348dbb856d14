#!/usr/bin/env bash
# npm run chart:validate — offline checks of everything `skaffold run` would deploy:
#   1. helm lint --strict and helm template of charts/crm-service for every
#      charts/values/<service>.yaml combined with every charts/values/env/<env>.yaml;
#   2. every rendered object validated with kubectl-validate against the Kubernetes API
#      schemas built into it (no cluster needed);
#   3. skaffold.yaml validated against skaffold's JSON schema (validate-skaffold.mjs).
# helm and kubectl-validate are built with `go install` on first use (a few minutes) into a
# cache shared by every clone on this machine; see go-tools.sh for the pinned versions.
set -uo pipefail

cd "$(dirname "$0")/../.." || exit 1
# shellcheck source=deploy/scripts/go-tools.sh
source deploy/scripts/go-tools.sh

# Kubernetes version to validate against. kubectl-validate v0.0.4 embeds schemas for
# 1.23-1.30, so this works offline; newer versions would be fetched from GitHub.
K8S_VERSION=1.30
CHART=charts/crm-service
started=$SECONDS
failures=()
fail() { failures+=("$1"); echo "FAIL: $1" >&2; }

ensure_go_tool helm "$HELM_MODULE" || exit 1
ensure_go_tool kubectl-validate "$KUBECTL_VALIDATE_MODULE" || exit 1
helm="$CRM_TOOLS_BIN/helm"
kubectl_validate="$CRM_TOOLS_BIN/kubectl-validate"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Keep helm away from the user's helm config and kubectl-validate away from any real cluster:
# with no kubeconfig it uses only its built-in schemas.
export HELM_CONFIG_HOME="$work/helm/config" HELM_CACHE_HOME="$work/helm/cache" HELM_DATA_HOME="$work/helm/data"
export KUBECONFIG="$work/no-kubeconfig"

shopt -s nullglob
services=(charts/values/*.yaml)
envs=(charts/values/env/*.yaml)
((${#services[@]})) || fail "no service values files in charts/values/"
((${#envs[@]})) || fail "no environment values files in charts/values/env/"

for svc_file in "${services[@]}"; do
  svc=$(basename "$svc_file" .yaml)
  for env_file in "${envs[@]}"; do
    env=$(basename "$env_file" .yaml)
    combo="$svc + $env"
    # Render as skaffold would: a built image tag, and in prod also a pushed digest, so both
    # branches of the image reference are exercised.
    args=(-f "$svc_file" -f "$env_file" --set image.tag=validate)
    [[ $env == prod ]] && args+=(--set "image.digest=sha256:$(printf '0%.0s' {1..64})")
    if ! "$helm" lint --strict "$CHART" "${args[@]}" >"$work/lint.log" 2>&1; then
      cat "$work/lint.log" >&2
      fail "helm lint: $combo"
      continue
    fi
    if ! "$helm" template "crm-$svc" "$CHART" --namespace crm "${args[@]}" >"$work/$svc-$env.yaml" 2>"$work/template.log"; then
      cat "$work/template.log" >&2
      fail "helm template: $combo"
      rm -f "$work/$svc-$env.yaml"
      continue
    fi
    echo "rendered $combo: $(grep -c '^kind:' "$work/$svc-$env.yaml") objects"
  done
done

rendered=("$work"/*.yaml)
if ((${#rendered[@]})); then
  # Run inside $work so that errors name files as <service>-<env>.yaml.
  if ! (cd "$work" && "$kubectl_validate" --version "$K8S_VERSION" ./*.yaml) >"$work/validate.log" 2>&1; then
    cat "$work/validate.log" >&2
    fail "kubectl-validate (Kubernetes $K8S_VERSION) rejected rendered objects"
  else
    echo "kubectl-validate: ${#rendered[@]} rendered files valid for Kubernetes $K8S_VERSION"
  fi
fi

if ! node deploy/scripts/validate-skaffold.mjs skaffold.yaml; then
  fail "skaffold.yaml"
fi

if ((${#failures[@]})); then
  printf 'chart:validate FAILED (%d):\n' "${#failures[@]}" >&2
  printf '  - %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "chart:validate OK in $((SECONDS - started))s"
