/** The node:dgram driver of a {@link Discv4} node (Node only). */
import { createSocket } from 'node:dgram';
import type { Clock, CryptoProvider, Logger } from '@statuskit/utils';
import { Discv4 } from './node.js';

/** A discovery node bound to a UDP socket. */
export interface UdpDiscovery {
  readonly node: Discv4;
  /** The bound UDP port (useful with port 0). */
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Binds a UDP socket and runs discovery v4 on it. Off unless you call it.
 * @example const d = await startDiscovery({ privateKey, host: '127.0.0.1', port: 30303, tcpPort: 30303 });
 */
export async function startDiscovery(o: {
  privateKey: Uint8Array;
  host?: string;
  port?: number;
  tcpPort?: number;
  clock?: Clock;
  logger?: Logger;
  crypto?: CryptoProvider;
}): Promise<UdpDiscovery> {
  const host = o.host ?? '127.0.0.1';
  const socket = createSocket('udp4');
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(o.port ?? 0, host, () => {
      socket.off('error', reject);
      resolve();
    });
  });
  const port = socket.address().port;
  const node = new Discv4({
    privateKey: o.privateKey,
    endpoint: { host, udpPort: port, tcpPort: o.tcpPort ?? 0 },
    send: (packet, to) => socket.send(packet, to.port, to.host),
    ...(o.clock ? { clock: o.clock } : {}),
    ...(o.logger ? { logger: o.logger } : {}),
    ...(o.crypto ? { crypto: o.crypto } : {}),
  });
  socket.on('message', (msg, rinfo) =>
    node.receive(new Uint8Array(msg), { host: rinfo.address, port: rinfo.port }),
  );
  socket.on('error', () => {}); // ICMP errors to dead peers are expected; lookups time out instead
  return { node, port, close: () => new Promise<void>((r) => socket.close(() => r())) };
}
