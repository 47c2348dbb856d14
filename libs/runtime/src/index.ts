export { runMain, type ListeningMessage, type Stoppable } from './run-main';
export { runService } from './run-service';
export {
  defineService,
  type DefinedService,
  type RunningService,
  type ServiceConsumer,
  type ServiceContext,
  type ServiceWiring,
} from './define-service';
export { Lifecycle, startWithLifecycle, type StopLogger } from './lifecycle';
export { startTimedSweep, type TimedSweep } from './timed-sweep';
