/**
 * Enode URLs (`enode://<128 hex node id>@<host>:<tcp port>?discport=<udp port>`), the way devp2p
 * names a peer: its secp256k1 public key without the 0x04 prefix, and where to reach it.
 */
import { type CryptoProvider, concatBytes, fromHex, nobleCrypto, toHex } from '@statuskit/utils';
import { EnodeError } from './errors.js';

/** A parsed enode URL. */
export interface Enode {
  /** The node id: a 64-byte public key without the 0x04 prefix. */
  id: Uint8Array;
  host: string;
  tcpPort: number;
  /** The discovery (UDP) port: `discport`, or the TCP port. */
  udpPort: number;
}

function port(text: string, what: string): number {
  if (!/^\d{1,5}$/.test(text)) throw new EnodeError(`enode: ${what} is not a port`);
  const n = Number(text);
  if (n > 65535) throw new EnodeError(`enode: ${what} is out of range`);
  return n;
}

/**
 * Parses an enode URL and checks the node id is a point on secp256k1.
 * @throws TypeError for a non-string, EnodeError for a malformed URL or invalid key.
 */
export function parseEnode(url: string, crypto: CryptoProvider = nobleCrypto): Enode {
  if (typeof url !== 'string') throw new TypeError('url must be a string');
  const m = /^enode:\/\/([0-9a-fA-F]{128})@(\[[0-9a-fA-F:.]+\]|[^:/?#@\s]+):(\d+)(?:\?discport=(\d+))?$/.exec(
    url.trim(),
  );
  if (m === null) throw new EnodeError('enode: expected enode://<128 hex>@host:port[?discport=N]');
  const id = fromHex(m[1] as string);
  if (!crypto.secp256k1IsValidPublicKey(concatBytes(Uint8Array.of(4), id))) {
    throw new EnodeError('enode: node id is not a valid secp256k1 public key');
  }
  const host = (m[2] as string).replace(/^\[|\]$/g, '');
  const tcpPort = port(m[3] as string, 'TCP port');
  const udpPort = m[4] === undefined ? tcpPort : port(m[4], 'discport');
  return { id, host, tcpPort, udpPort };
}

/** Formats an enode URL (IPv6 hosts in brackets; `discport` only when it differs). */
export function formatEnode(e: Enode): string {
  if (e.id.length !== 64) throw new RangeError('id must be 64 bytes');
  const host = e.host.includes(':') ? `[${e.host}]` : e.host;
  const disc = e.udpPort === e.tcpPort ? '' : `?discport=${e.udpPort}`;
  return `enode://${toHex(e.id)}@${host}:${e.tcpPort}${disc}`;
}
