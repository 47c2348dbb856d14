/** Base class, so a caller can tell "the schema could not be brought up to date" from other failures. */
export class MigrationError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * An applied migration file was edited afterwards. The database no longer matches what the file
 * says, so the service refuses to start; the fix is a new migration, never an edit.
 */
export class MigrationChecksumError extends MigrationError {
  constructor(
    readonly namespace: string,
    readonly file: string,
    readonly appliedChecksum: string,
    readonly currentChecksum: string,
  ) {
    super(
      `migration ${namespace}/${file} was changed after it was applied ` +
        `(applied checksum ${appliedChecksum}, file now ${currentChecksum}); add a new migration instead of editing it`,
    );
  }
}

/** A migration's SQL failed; its transaction was rolled back, so none of the file took effect. */
export class MigrationFailedError extends MigrationError {
  constructor(
    readonly namespace: string,
    readonly file: string,
    cause: unknown,
  ) {
    super(
      `migration ${namespace}/${file} failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}
