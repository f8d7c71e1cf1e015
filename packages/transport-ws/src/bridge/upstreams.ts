/**
 * Upstream endpoints of the bridge: parsing `host:port` (IPv6 in brackets) and the allowlist the
 * bridge checks every request against. Matching is on the exact (lower-cased) text, never on a DNS
 * answer, so a client can only ever reach an endpoint the operator wrote down.
 */

/** A devp2p TCP endpoint behind the bridge. */
export interface Upstream {
  /** A hostname, an IPv4 address, or an IPv6 address without brackets. */
  readonly host: string;
  readonly port: number;
}

const HOSTNAME = /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/i;
const IPV6 = /^[0-9a-f:.]{2,45}$/i;
const PORT = /^[1-9][0-9]{0,4}$/;

/**
 * Parses `host:port`, `[ipv6]:port`, or an enode URL (`enode://<id>@host:port?discport=…`, whose
 * id and discovery port are ignored). Returns undefined for anything else.
 */
export function parseUpstream(text: string): Upstream | undefined {
  if (typeof text !== 'string' || text.length === 0 || text.length > 512) return undefined;
  let rest = text;
  if (rest.startsWith('enode://')) {
    const at = rest.indexOf('@');
    if (at < 0) return undefined;
    rest = rest.slice(at + 1).split('?')[0] as string;
  }
  let host: string;
  let portText: string;
  if (rest.startsWith('[')) {
    const end = rest.indexOf(']');
    if (end < 0 || rest[end + 1] !== ':') return undefined;
    host = rest.slice(1, end);
    portText = rest.slice(end + 2);
    if (!IPV6.test(host) || !host.includes(':')) return undefined;
  } else {
    const colon = rest.lastIndexOf(':');
    if (colon <= 0) return undefined;
    host = rest.slice(0, colon);
    portText = rest.slice(colon + 1);
    if (!HOSTNAME.test(host)) return undefined;
  }
  if (!PORT.test(portText)) return undefined;
  const port = Number(portText);
  if (port > 65535) return undefined;
  return { host: host.toLowerCase(), port };
}

/** The canonical text of an upstream: `host:port`, or `[ipv6]:port`. */
export function formatUpstream(upstream: Upstream): string {
  return upstream.host.includes(':')
    ? `[${upstream.host}]:${upstream.port}`
    : `${upstream.host}:${upstream.port}`;
}

/**
 * Builds the allowlist from `BridgeOptions.upstreams`.
 * @throws TypeError naming the entry that is not a valid endpoint.
 */
export function upstreamAllowlist(
  entries: readonly (string | Upstream)[] | undefined,
): ReadonlyMap<string, Upstream> {
  const out = new Map<string, Upstream>();
  if (entries === undefined) return out;
  if (!Array.isArray(entries)) throw new TypeError('upstreams must be an array');
  entries.forEach((entry, i) => {
    let parsed: Upstream | undefined;
    if (typeof entry === 'string') parsed = parseUpstream(entry);
    else if (typeof entry === 'object' && entry !== null) {
      const host = entry.host;
      const port = entry.port;
      const text = typeof host === 'string' && host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
      parsed = typeof host === 'string' && Number.isInteger(port) ? parseUpstream(text) : undefined;
    }
    if (parsed === undefined) throw new TypeError(`upstreams[${i}] must be "host:port" or { host, port }`);
    out.set(formatUpstream(parsed), parsed);
  });
  return out;
}
