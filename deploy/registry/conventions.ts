// Names derived from a service's name, the same for the local runner and the chart.
import type { Setting } from './registry.types';

/** `identity` → `IDENTITY_ADDR`: the variable a service reads another one's gRPC address from. */
export const addressVariable = (service: string): string =>
  `${service.toUpperCase().replaceAll('-', '_')}_ADDR`;

/** The Helm release, Kubernetes Service and image name of a service. */
export const releaseName = (service: string): string => `crm-${service}`;

export const settingValue = (setting: Setting): string =>
  typeof setting === 'string' ? setting : setting.value;

export const settingReason = (setting: Setting): string | undefined =>
  typeof setting === 'string' ? undefined : setting.why;
