/**
 * A statuskit relay in one process: a full Waku v1 node that is also a mailserver (it archives every
 * envelope it relays and answers history requests), listening on TCP and, through the WebSocket
 * bridge in in-process mode, on WebSocket. RLPx runs end to end on both: the bridge only pipes
 * ciphertext. The demo embeds one; the bot's test starts one as its network.
 */
import { createPeerServer, formatEnode } from '@statuskit/devp2p';
import { tcp } from '@statuskit/transport-node';
import { createBridge } from '@statuskit/transport-ws/bridge';
import { type CryptoProvider, memoryStorage, nobleCrypto, type Storage } from '@statuskit/utils';
import {
  createMailserver,
  createWhisperNode,
  MAILSERVER_PASSWORD,
  symKeyFromPassword,
  type WhisperNode,
} from '@statuskit/whisper';

/** A running relay. */
export interface Relay {
  /** Its enode URL on TCP (loopback). */
  enode: string;
  /** Where it accepts RLPx over WebSocket (no `?upstream=`: the bridge hands it to this node). */
  wsUrl: string;
  node: WhisperNode;
  /** Ends every session, the bridge and the TCP listener. */
  close(): Promise<void>;
}

/** Options of {@link startRelay}. */
export interface RelayOptions {
  /** Default `127.0.0.1`. */
  host?: string;
  /** TCP port, default 0 (any free port). */
  port?: number;
  /** WebSocket port, default 0. */
  wsPort?: number;
  /** The mailserver's archive, default memory. */
  archive?: Storage;
  /** The relay's provider: node, mailserver and sessions (default noble). */
  crypto?: CryptoProvider;
}

/** Starts a relay + mailserver on TCP and WebSocket. */
export async function startRelay(options: RelayOptions = {}): Promise<Relay> {
  const host = options.host ?? '127.0.0.1';
  const crypto = options.crypto ?? nobleCrypto;
  const privateKey = crypto.secp256k1GeneratePrivateKey();
  const id = crypto.secp256k1PublicKey(privateKey).subarray(1);
  const node = createWhisperNode({
    crypto,
    capabilities: ['waku/1'],
    mailserver: createMailserver({
      crypto,
      storage: options.archive ?? memoryStorage(),
      symKey: await symKeyFromPassword(MAILSERVER_PASSWORD, crypto),
    }),
  });
  // One inbound server for TCP and WebSocket peers alike: peer and handshake caps with defaults.
  const server = createPeerServer({
    privateKey,
    crypto,
    protocols: node.protocols,
    clientId: 'statuskit-relay',
  });
  const accept = server.accept;
  const listener = await tcp().listen({ host, port: options.port ?? 0 }, accept);
  const port = listener.address().port;
  const bridge = await createBridge({
    host,
    port: options.wsPort ?? 0,
    upstreams: [],
    origins: '*',
    onConnection: accept,
  });
  return {
    enode: formatEnode({ id, host, tcpPort: port, udpPort: port }),
    wsUrl: `ws://${host}:${bridge.address().port}/`,
    node,
    async close() {
      await server.close();
      await bridge.close({ reason: 'relay stopped' });
      node.close();
      await listener.close();
    },
  };
}
