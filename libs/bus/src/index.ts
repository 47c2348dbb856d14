export {
  newEvent,
  actorKinds,
  eventTypePattern,
  type Actor,
  type ActorKind,
  type EventEnvelope,
} from './event-envelope';
export { encodeEvent, decodeEvent, isEventEnvelope, envelopeProblem, EventDecodeError } from './event-codec';
export {
  productionNamespace,
  namespacedSubject,
  namespacedStream,
  namespacedConsumer,
  deadLetterSubject,
  type BusNamespace,
} from './bus-namespace';
export { currentTraceparent, contextFromTraceparent } from './trace-context';
export { parseDuration } from './duration';
export {
  loadTopology,
  topologyDir,
  validateTopology,
  TopologyError,
  type StreamDefinition,
  type ConsumerDefinition,
  type TopologyDefinitions,
} from './topology-definitions';
export { ensureTopology, streamConfigFor, consumerConfigFor, type TopologySummary } from './topology';
export {
  appendToOutbox,
  deletePublishedOutbox,
  busMigrationsDir,
  busMigrationsNamespace,
  outboxChannel,
} from './outbox.repository';
export { OutboxRelay, type OutboxRelayOptions, type OutboxRelayStats } from './outbox-relay';
export { OutboxFastPath, type OutboxFastPathOptions } from './outbox-fast-path';
export { deleteProcessedInbox } from './inbox.repository';
export {
  IdempotentConsumer,
  type IdempotentConsumerOptions,
  type EventHandler,
  type EventContext,
} from './idempotent-consumer';
export { publishToDeadLetter, DeadLetterHeaders } from './dead-letter';
export { backoffDelay, type BackoffOptions } from './backoff';
export type { Logger } from '@crm/db';
export { connectBus, namespaceFromToken, type BusConnection } from './bus-connection';
