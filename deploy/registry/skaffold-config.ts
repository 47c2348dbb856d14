// skaffold.yaml from the registry: one image and one Helm release (crm-<name>) per service, and the
// profiles that layer an environment file over every release.
import { Document, isMap, isScalar, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { releaseName } from './conventions';
import type { Registry } from './registry.types';

const HEADER = `\
 Generated from deploy/services.registry.ts by \`npm run registry:gen\`: change the registry, not this file.
 Build one image per service from deploy/docker/Dockerfile and install each with the generic
 chart charts/crm-service + charts/values/<service>.yaml. See docs/deploying.md.
   skaffold dev               # dev profile (auto-activated), rebuilds on change
   skaffold run -p prod --default-repo=<registry>
 Validated offline against skaffold's own JSON schema by \`npm run chart:validate\`.`;

/** Environment files by profile: each is layered over every release's service values. */
const PROFILES: { name: string; env: string; extra?: Record<string, unknown>[]; why?: string }[] = [
  { name: 'dev', env: 'dev' },
  {
    name: 'ci',
    env: 'dev',
    extra: [
      { op: 'add', path: '/build/tagPolicy', value: { inputDigest: {} } },
      { op: 'add', path: '/build/local/push', value: false },
    ],
    why: 'CI: dev sizing, images tagged by content (unchanged inputs, unchanged tag) and never pushed.',
  },
  { name: 'prod', env: 'prod' },
];

export function skaffoldConfig(registry: Registry): string {
  const services = registry.services.map((service) => service.name);
  const imageVariable = (service: string) => releaseName(service).replaceAll('-', '_');
  const config = {
    apiVersion: 'skaffold/v4beta13',
    kind: 'Config',
    metadata: { name: 'crm' },
    build: {
      local: { useBuildkit: true },
      artifacts: services.map((service) => ({
        image: releaseName(service),
        context: '.',
        docker: { dockerfile: 'deploy/docker/Dockerfile', buildArgs: { SERVICE: service } },
      })),
    },
    deploy: {
      helm: {
        releases: services.map((service) => ({
          name: releaseName(service),
          chartPath: 'charts/crm-service',
          valuesFiles: [`charts/values/${service}.yaml`],
          setValueTemplates: {
            'image.repository': `{{.IMAGE_REPO_${imageVariable(service)}}}`,
            'image.tag': `{{.IMAGE_TAG_${imageVariable(service)}}}`,
            'image.digest': `{{.IMAGE_DIGEST_${imageVariable(service)}}}`,
          },
        })),
      },
    },
    profiles: PROFILES.map((profile) => ({
      name: profile.name,
      ...(profile.name === 'dev' ? { activation: [{ command: 'dev' }] } : {}),
      patches: [
        ...(profile.extra ?? []),
        ...services.map((_, index) => ({
          op: 'add',
          path: `/deploy/helm/releases/${index}/valuesFiles/-`,
          value: `charts/values/env/${profile.env}.yaml`,
        })),
      ],
    })),
  };
  const doc = new Document(config);
  doc.commentBefore = HEADER;
  const local = doc.getIn(['build', 'local'], true);
  if (isMap(local))
    local.items[0]!.key = commentedKey(
      local.items[0]!.key,
      ' The Dockerfile uses `COPY --parents`, which needs BuildKit.',
    );
  const releases = doc.getIn(['deploy', 'helm'], true);
  if (isMap(releases))
    releases.commentBefore = [
      ' Release names are also Service names: the gateway reaches crm-customers:50051 etc.',
      ' The image digest is empty for images that were built locally and not pushed; then the',
      ' chart falls back to repository:tag. Installed one after another in registry order (a service',
      ' after the ones it depends on); skaffold does not wait for a release to be ready before the',
      " next; the gateway's readiness check covers the services behind it.",
    ].join('\n');
  for (const key of ['build', 'deploy', 'profiles']) {
    const pair = (doc.contents as YAMLMap).items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair && isScalar(pair.key)) pair.key.spaceBefore = true;
  }
  const releaseList = doc.getIn(['deploy', 'helm', 'releases'], true);
  if (isSeq(releaseList))
    for (const release of releaseList.items) {
      const files = isMap(release) ? release.get('valuesFiles', true) : undefined;
      if (isSeq(files)) files.flow = true;
    }
  const profiles = doc.get('profiles', true) as YAMLSeq;
  const profilesKey = (doc.contents as YAMLMap).items.find(
    (item) => isScalar(item.key) && item.key.value === 'profiles',
  )?.key;
  if (isScalar(profilesKey))
    profilesKey.commentBefore =
      " Each profile layers one environment file over every release's service values.";
  PROFILES.forEach((profile, index) => {
    const node = profiles.items[index] as { commentBefore?: string; get(key: string, keep: true): unknown };
    if (profile.why) node.commentBefore = ` ${profile.why}`;
    const patches = node.get('patches', true);
    if (isSeq(patches)) for (const patch of patches.items) if (isMap(patch)) patch.flow = true;
  });
  return doc.toString({ lineWidth: 0 });
}

function commentedKey<T>(key: T, text: string): T {
  (key as { commentBefore?: string }).commentBefore = text;
  return key;
}
