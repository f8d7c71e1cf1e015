/**
 * A statuskit relay for client tests, on loopback TCP: a full Waku v1 + Whisper v6 node that is
 * also a mailserver with an in-memory archive, like the demo's and the CLI's.
 */
import { createPeerServer, formatEnode, type PeerSession } from '@statuskit/devp2p';
import { tcp } from '@statuskit/transport-node';
import { type Clock, type CryptoProvider, memoryStorage, nobleCrypto, type Storage } from '@statuskit/utils';
import {
  createMailserver,
  createWhisperNode,
  MAILSERVER_PASSWORD,
  symKeyFromPassword,
  type WhisperCapability,
  type WhisperNode,
} from '@statuskit/whisper';

export interface TestRelay {
  enode: string;
  node: WhisperNode;
  sessions: PeerSession[];
  /** Ends every session and the listener. */
  close(): Promise<void>;
}

/** `mailserver: false` makes a relay that archives nothing and never answers history requests. */
export async function startRelay(
  options: {
    archive?: Storage;
    port?: number;
    mailserver?: boolean;
    capabilities?: WhisperCapability[];
    /** The relay's provider (default noble): node, mailserver and sessions. */
    crypto?: CryptoProvider;
    /** The relay's clock (default the system clock): node, mailserver and sessions. */
    clock?: Clock;
  } = {},
): Promise<TestRelay> {
  const crypto = options.crypto ?? nobleCrypto;
  const privateKey = crypto.secp256k1GeneratePrivateKey();
  const id = crypto.secp256k1PublicKey(privateKey).subarray(1);
  const clock = options.clock !== undefined ? { clock: options.clock } : {};
  const node = createWhisperNode({
    crypto,
    ...clock,
    capabilities: options.capabilities ?? ['waku/1'],
    ...(options.mailserver === false
      ? {}
      : {
          mailserver: createMailserver({
            crypto,
            ...clock,
            storage: options.archive ?? memoryStorage(),
            symKey: await symKeyFromPassword(MAILSERVER_PASSWORD, crypto),
          }),
        }),
  });
  // Inbound sessions through the server, as a deployed relay takes them (peer and handshake caps).
  const server = createPeerServer({
    privateKey,
    crypto,
    ...clock,
    protocols: node.protocols,
    clientId: 'test-relay',
  });
  const listener = await tcp().listen({ host: '127.0.0.1', port: options.port ?? 0 }, server.accept);
  const port = listener.address().port;
  return {
    enode: formatEnode({ id, host: '127.0.0.1', tcpPort: port, udpPort: port }),
    node,
    get sessions() {
      return [...server.sessions];
    },
    async close() {
      await server.close();
      node.close();
      await listener.close();
    },
  };
}
