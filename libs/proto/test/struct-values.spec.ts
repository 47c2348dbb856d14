import * as protobuf from 'protobufjs';
import { fromStruct, toStruct } from '../src';

describe('Struct values', () => {
  const json = {
    text: '甲',
    n: 1200,
    yes: true,
    none: null,
    list: [1, 'a', { deep: false }],
    obj: { k: 'v' },
  };

  it('round-trips plain JSON through the object form', () => {
    expect(fromStruct(toStruct(json))).toEqual(json);
  });

  it('is what protobufjs serialises and reads back as google.protobuf.Struct', () => {
    const Struct = protobuf.Root.fromJSON(protobuf.common.get('google/protobuf/struct.proto')!).lookupType(
      'google.protobuf.Struct',
    );
    const bytes = Struct.encode(Struct.fromObject(toStruct(json))).finish();
    const read = Struct.toObject(Struct.decode(bytes), { enums: String, defaults: true, oneofs: true });
    expect(fromStruct(read)).toEqual(json);
  });

  it('reads an absent Struct as undefined', () => {
    expect(fromStruct(null)).toBeUndefined();
    expect(fromStruct(undefined)).toBeUndefined();
  });
});
