export { createTestDatabase, type TestDatabase } from './test-database';
export { templateDatabase, type DatabaseTemplate } from './database-template';
export { connectTestNats, testBusNamespace, type TestBusNamespace } from './test-nats';
export {
  testRedisPrefix,
  cleanupRedis,
  connectTestRedis,
  type RedisKeyCleaner,
  type TestRedisClient,
} from './test-redis';
export { testPgUrl, testNatsUrl, testRedisUrl, redactUrl, ServerUnreachableError } from './server-urls';
export { waitFor, type WaitForOptions } from './wait-for';
export { createTestLogger, type LogEntry } from './test-logger';
export { randomId } from './random-id';
export { testId } from './test-id';
export { testSigningKeys, testPrincipal, testAccessToken } from './test-tokens';
export { testPassword } from './test-password';
export {
  startTestStack,
  type StartedService,
  type TestStack,
  type TestStackOptions,
  type TestStackService,
} from './test-stack';
export { callApi, type ApiAnswer, type ApiInit } from './test-api';
