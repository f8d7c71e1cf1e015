/**
 * The receive rule of STATUS-V1-FACTS §1.4 step 3: a decrypted payload is an MVDS payload when it
 * parses as one and at least one of its lists is non-empty; otherwise it is one plain message.
 */
import { decodeMvdsPayload, type MvdsPayload } from '@statuskit/payloads';

/** The MVDS payload in `bytes`, or undefined when `bytes` is a plain (non-datasync) message. */
export function detectMvdsPayload(bytes: Uint8Array): MvdsPayload | undefined {
  let p: MvdsPayload;
  try {
    p = decodeMvdsPayload(bytes);
  } catch {
    return undefined;
  }
  return p.acks.length + p.offers.length + p.requests.length + p.messages.length > 0 ? p : undefined;
}
