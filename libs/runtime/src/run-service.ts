import type { ServiceEnv } from '@crm/config';
import type { DefinedService } from './define-service';
import { runMain } from './run-main';

/** The whole of a declared service's main.ts: runMain with its name, config and start. */
export function runService<C extends ServiceEnv>(service: DefinedService<C>): void {
  runMain(
    service.name,
    () => service.loadConfig(),
    (config, logger) => service.start(config, logger),
  );
}
