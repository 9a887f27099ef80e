// The byte layout of the payloads (dashboard/render/map/payload.py `container`): 8 magic
// bytes, a little-endian uint32 header length, the JSON header, zero padding to a
// multiple of 8, then the body.
import {MAGIC, type Header} from './protocol.gen';

export interface Container {
  header: Header;
  body: Uint8Array;
}

export function decodeContainer(bytes: Uint8Array): Container {
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  if (magic !== MAGIC) throw new Error(`not a map payload (magic ${JSON.stringify(magic)})`);
  const length = new DataView(bytes.buffer, bytes.byteOffset + 8, 4).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))) as Header;
  const start = 12 + length + ((8 - ((12 + length) % 8)) % 8);
  return {header, body: bytes.subarray(start)};
}
