/**
 * What a full node does for its peers beyond gossip: confirming Messages batches (Message Response
 * and Batch Ack, when `confirmations` is on) and answering P2P Requests through a mailserver. A
 * relay-side part: `createWhisperNode` plugs these in, `createLightWhisperNode` (which takes neither
 * option) leaves them, and the packet encoders they use, out of its bundle.
 */
import type { CryptoProvider, Logger } from '@statuskit/utils';
import { SHH_CODES, WAKU_CODES } from './constants.js';
import type { MailserverHandler, P2PResponder, WhisperCapability } from './node.js';
import {
  type EnvelopeErrorEntry,
  encodeBatchAck,
  encodeMessagesResponse,
  encodeRawList,
  encodeRequestCompletePacket,
} from './packets.js';

/** The packets confirming a Messages batch (`payload`): Message Response with `errors`, then Batch Ack. */
export function confirmBatch(
  payload: Uint8Array,
  errors: EnvelopeErrorEntry[],
  crypto: CryptoProvider,
): Array<[code: number, payload: Uint8Array]> {
  const batchHash = crypto.keccak256(payload);
  return [
    [WAKU_CODES.MESSAGE_RESPONSE, encodeMessagesResponse({ batchHash, errors })],
    [WAKU_CODES.BATCH_ACKNOWLEDGED, encodeBatchAck(batchHash)],
  ];
}

/** The requesting peer, as the node lets a mailserver answer it. */
export interface ServedPeer {
  readonly peerId: Uint8Array;
  readonly peerKey: string;
  readonly capability: WhisperCapability;
  send(code: number, payload: Uint8Array): boolean;
  drained(): Promise<void>;
  closed(): boolean;
}

/** Hands a P2P Request (126) payload to the mailserver with a responder for `peer`; failures are logged. */
export function serveP2PRequest(
  mailserver: MailserverHandler,
  payload: Uint8Array,
  peer: ServedPeer,
  log: Logger,
): void {
  const responder: P2PResponder = {
    peerId: peer.peerId,
    peerKey: peer.peerKey,
    capability: peer.capability,
    sendEnvelopes: (raws) => {
      if (raws.length === 1 && peer.capability === 'shh/6')
        return peer.send(SHH_CODES.P2P_MESSAGE, raws[0] as Uint8Array);
      return peer.send(WAKU_CODES.P2P_MESSAGE, encodeRawList(raws));
    },
    sendComplete: (body) => peer.send(WAKU_CODES.P2P_REQUEST_COMPLETE, encodeRequestCompletePacket(body)),
    drained: () => peer.drained(),
    get closed() {
      return peer.closed();
    },
  };
  try {
    const r = mailserver.handleRequest(payload, responder);
    if (r instanceof Promise)
      r.catch((err: unknown) => log.error('mailserver request failed', { error: String(err) }));
  } catch (err) {
    log.error('mailserver request failed', { error: String(err) });
  }
}
