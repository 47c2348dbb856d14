{{/* Resource name: fullnameOverride, else the release name (skaffold names releases crm-<service>). */}}
{{- define "crm-service.fullname" -}}
{{- default .Release.Name .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels that select the pods. Never change them on a live release: selectors are immutable. */}}
{{- define "crm-service.selectorLabels" -}}
app.kubernetes.io/name: {{ required "component is required (e.g. customers)" .Values.component }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Standard labels on every object. */}}
{{- define "crm-service.labels" -}}
{{ include "crm-service.selectorLabels" . }}
app.kubernetes.io/version: {{ include "crm-service.imageTag" . | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/component: {{ .Values.component }}
app.kubernetes.io/part-of: crm
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "crm-service.imageTag" -}}
{{- default .Chart.AppVersion .Values.image.tag -}}
{{- end -}}

{{/* repo@digest when a digest is known (immutable), else repo:tag. */}}
{{- define "crm-service.image" -}}
{{- $repo := required "image.repository is required" .Values.image.repository -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" $repo .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repo (include "crm-service.imageTag" .) -}}
{{- end -}}
{{- end -}}

{{/* One probe handler: gRPC health or HTTP GET, chosen by probes.type. */}}
{{- define "crm-service.probeHandler" -}}
{{- $p := .root.Values.probes -}}
{{- if eq $p.type "grpc" -}}
grpc:
  port: {{ $p.port }}
{{- with $p.grpcService }}
  service: {{ . | quote }}
{{- end }}
{{- else -}}
httpGet:
  path: {{ .path }}
  port: {{ $p.port }}
{{- end -}}
{{- end -}}

{{/* A variable set in two of env, secretEnv and configMapEnv would be silently overridden
(explicit env entries win over the ConfigMap's envFrom): refuse it instead. */}}
{{- define "crm-service.checkEnvNames" -}}
{{- range $name, $_ := .Values.secretEnv -}}
{{- if or (hasKey $.Values.env $name) (hasKey $.Values.configMapEnv $name) -}}
{{- fail (printf "%s is set in secretEnv and also in env or configMapEnv: keep one" $name) -}}
{{- end -}}
{{- end -}}
{{- range $name, $_ := .Values.configMapEnv -}}
{{- if hasKey $.Values.env $name -}}
{{- fail (printf "%s is set in configMapEnv and also in env: keep one" $name) -}}
{{- end -}}
{{- end -}}
{{- end -}}
