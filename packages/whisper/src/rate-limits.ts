/**
 * The per-peer and per-IP rate limits of a node (`WhisperNodeOptions.rateLimits`, #17): token
 * buckets for packets, envelopes and bytes. A relay-side part: `createWhisperNode` plugs it in, while
 * `createLightWhisperNode` (whose limits are off) leaves it, and this module, out of its bundle.
 */
import { PEER_LIMITS } from './limits.js';
import { TokenBucket } from './pool.js';

/** The limits in force (`WhisperNodeOptions.rateLimits`; omitted: the defaults, off on a light node). */
export interface RateLimitSettings {
  packetsPerSecond?: number;
  envelopesPerSecond?: number;
  bytesPerSecond?: number;
  packetsPerSecondPerIp?: number;
  bytesPerSecondPerIp?: number;
}

/** The buckets one peer draws from. */
export interface PeerRateGate {
  /**
   * Takes from the buckets: one packet and `bytes` (`envelopes` 0), or `envelopes` envelopes.
   * False when a limit is exceeded (the packet is dropped).
   */
  take(nowMs: number, bytes: number, envelopes: number): boolean;
  /** The peer left: its IP's buckets are shared with one peer fewer. */
  release(): void;
}

/** Hands each new peer its buckets. */
export interface RateLimiter {
  /** The buckets of a new peer at `ip`, or undefined when no limit applies to it. */
  peer(ip: string, nowMs: number): PeerRateGate | undefined;
}

/**
 * A rate limiter with `limits`; omitted per-peer limits take the `PEER_LIMITS` defaults on a full
 * node and are off on a light node (it talks only to the relays it chose, which push it their pool
 * on connect). Per-IP limits are off unless set (NAT and loopback put honest peers behind one
 * address). 0 turns a limit off.
 */
export function createRateLimiter(limits: RateLimitSettings | undefined, lightNode: boolean): RateLimiter {
  const dflt = (v: number) => (lightNode ? 0 : v);
  const packetRate = limits?.packetsPerSecond ?? dflt(PEER_LIMITS.PACKETS_PER_SECOND);
  const envelopeRate = limits?.envelopesPerSecond ?? dflt(PEER_LIMITS.ENVELOPES_PER_SECOND);
  const byteRate = limits?.bytesPerSecond ?? dflt(PEER_LIMITS.BYTES_PER_SECOND);
  const ipPacketRate = limits?.packetsPerSecondPerIp ?? 0;
  const ipByteRate = limits?.bytesPerSecondPerIp ?? 0;
  const perIp = new Map<
    string,
    { packets: TokenBucket | undefined; bytes: TokenBucket | undefined; peers: number }
  >();
  return {
    peer(ip, nowMs) {
      const bucket = (rate: number): TokenBucket | undefined =>
        rate > 0 ? new TokenBucket(rate, nowMs) : undefined;
      const packets = bucket(packetRate);
      const envelopes = bucket(envelopeRate);
      const bytes = bucket(byteRate);
      if (ipPacketRate > 0 || ipByteRate > 0) {
        const ipb = perIp.get(ip) ?? { packets: bucket(ipPacketRate), bytes: bucket(ipByteRate), peers: 0 };
        ipb.peers++;
        perIp.set(ip, ipb);
      } else if (packets === undefined && envelopes === undefined && bytes === undefined) return undefined;
      return {
        take(now, n, envs) {
          if (envs > 0) return envelopes === undefined || envelopes.take(now, envs);
          const ipb = perIp.get(ip);
          const packetOk =
            (packets === undefined || packets.take(now, 1)) &&
            (ipb?.packets === undefined || ipb.packets.take(now, 1));
          const bytesOk =
            (bytes === undefined || bytes.take(now, n)) &&
            (ipb?.bytes === undefined || ipb.bytes.take(now, n));
          return packetOk && bytesOk;
        },
        release() {
          const ipb = perIp.get(ip);
          if (ipb !== undefined && --ipb.peers <= 0) perIp.delete(ip);
        },
      };
    },
  };
}
