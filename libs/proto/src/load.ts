import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { loaderOptions } from './loader-options';
import { protoRoot } from './proto-root';

const definitions = new Map<string, protoLoader.PackageDefinition>();
const packages = new Map<string, unknown>();

/** The proto-loader definition of a .proto file (path relative to proto/); servers feed it to reflection. */
export function loadDefinition(file: string): protoLoader.PackageDefinition {
  let definition = definitions.get(file);
  if (!definition) {
    const root = protoRoot();
    definition = protoLoader.loadSync(path.join(root, file), { ...loaderOptions, includeDirs: [root] });
    definitions.set(file, definition);
  }
  return definition;
}

/** A .proto file loaded as a grpc-js package object, once per process. `T` describes its shape. */
export function loadProto<T>(file: string): T {
  let loaded = packages.get(file);
  if (!loaded) {
    loaded = grpc.loadPackageDefinition(loadDefinition(file));
    packages.set(file, loaded);
  }
  return loaded as T;
}
