import * as protobuf from 'protobufjs';
import { DomainError } from '@crm/errors';
import { loaderOptions } from '@crm/proto';
import { MessageShapes } from './message-shapes';
import { RequestDecoders } from './request-decoder';
import { ResponseEncoders, type ValueEncoder } from './response-encoder';

/** protobufjs' toObject options that give proto-loader's objects (the same choices as loaderOptions). */
export const WIRE_OBJECT_OPTIONS: protobuf.IConversionOptions = {
  longs: loaderOptions.longs,
  enums: loaderOptions.enums,
  defaults: loaderOptions.defaults,
  oneofs: loaderOptions.oneofs,
};

/** A message's gRPC serialisation, as proto-loader's definitions do it (fromObject, then toObject). */
export interface WireCodec {
  serialize(value: object): Buffer;
  deserialize(bytes: Buffer): Record<string, unknown>;
}

/**
 * The REST codecs of every message of one Root, compiled on first use and kept: what the transcoder
 * uses per operation, and what hand-written routes and error details use per message type.
 */
export class RestCodecs {
  readonly shapes: MessageShapes;
  readonly decoders: RequestDecoders;
  readonly encoders: ResponseEncoders;
  private readonly wires = new Map<protobuf.Type, WireCodec>();

  constructor(readonly root: protobuf.Root) {
    this.shapes = new MessageShapes(root);
    this.decoders = new RequestDecoders(this.shapes);
    this.encoders = new ResponseEncoders(this.shapes);
  }

  type(fullName: string): protobuf.Type {
    return this.shapes.type(fullName);
  }

  /**
   * A REST JSON object as the proto object of `typeName` (`body` names the value in violations);
   * INVALID_ARGUMENT naming every bad member otherwise.
   */
  decode(typeName: string, raw: unknown, at = 'body'): Record<string, unknown> {
    const decode = this.decoders.message(this.type(typeName));
    const violations: { field: string; message: string }[] = [];
    const value = decode(raw, at, violations);
    if (violations.length > 0)
      throw new DomainError('INVALID_ARGUMENT', 'the request is invalid', violations);
    return value as Record<string, unknown>;
  }

  /** The REST encoder of a message type (proto-loader object → REST JSON). */
  encoder(typeName: string): ValueEncoder {
    return this.encoders.message(this.type(typeName));
  }

  wire(type: protobuf.Type): WireCodec {
    let codec = this.wires.get(type);
    if (!codec) {
      codec = {
        serialize: (value) => type.encode(type.fromObject(value)).finish() as Buffer,
        deserialize: (bytes) => type.toObject(type.decode(bytes), WIRE_OBJECT_OPTIONS),
      };
      this.wires.set(type, codec);
    }
    return codec;
  }

  /**
   * An error detail as a problem member: a proto message (`protoDetail(type, value)`, marked by its
   * `@type`) in its REST form, anything else as it came. A type this Root does not know is dropped:
   * a client must never get a shape nobody documented.
   */
  renderDetail(value: unknown): unknown {
    if (typeof value !== 'object' || value === null || !('@type' in value)) return value;
    const { '@type': typeName, ...message } = value as { '@type': unknown };
    const found = typeof typeName === 'string' ? this.root.lookup(typeName) : null;
    if (!(found instanceof protobuf.Type)) return undefined;
    // fromObject/toObject: the service's object may lack defaults or carry numbers for enums.
    const object = found.toObject(found.fromObject(message), WIRE_OBJECT_OPTIONS);
    // A `…List` wrapper is the bare array, as in an answer.
    const values = this.shapes.listValues(found);
    return values ? this.encoders.field(values)(object.values) : this.encoders.message(found)(object);
  }
}
