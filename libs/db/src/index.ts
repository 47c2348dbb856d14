export { createPool, type CreatePoolOptions, type Queryable } from './pool';
export { withTransaction, type IsolationLevel } from './transaction';
export { inputErrorOf } from './pg-errors';
export { migrate } from './migration-runner';
export {
  migrationChecksum,
  readMigrationFiles,
  type MigrationFile,
  type MigrationSource,
} from './migration-files';
export { MigrationError, MigrationChecksumError, MigrationFailedError } from './migration.errors';
export { fallbackLogger, type Logger } from './logger';
export { copyIn, copyRows, copyTextArray, copyValue } from './copy-in';
