import type { Options } from '@grpc/proto-loader';

/**
 * The one set of proto-loader options every service and client uses. The generated types in
 * ./generated are produced with the same choices (see scripts/generate.ts), so they match at run time:
 * camelCase fields, 64-bit integers and enums as strings, defaults filled in.
 */
export const loaderOptions: Options = {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
};

/** The command-line flags of proto-loader-gen-types that mirror `loaderOptions`. */
export const generatorFlags = ['--longs=String', '--enums=String', '--defaults', '--oneofs'];
