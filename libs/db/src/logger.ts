/**
 * The few logger methods the library needs; a pino logger fits. Kept structural so the library
 * does not depend on a logging package.
 */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/**
 * Used when the caller passes no logger: drops info, but still surfaces warnings and errors on
 * stderr so a failure is never silent.
 */
export const fallbackLogger: Logger = {
  info() {},
  warn(obj, msg) {
    console.warn(msg ?? '', obj);
  },
  error(obj, msg) {
    console.error(msg ?? '', obj);
  },
};
