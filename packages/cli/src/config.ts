/**
 * The relay's settings: one flat table shared by the flags and the config file. Every key is a
 * flag's long name in camelCase (`--max-peers` ↔ `"maxPeers"`), so a config file is exactly
 * equivalent to the flags; a flag given on the command line wins over the file, the file over the
 * defaults. Values are checked here, once, and a bad one is a `ConfigError` naming it.
 */
import { readFileSync } from 'node:fs';
import { ConfigError } from './errors.js';

/** A `host:port` pair. */
export interface HostPort {
  host: string;
  port: number;
}

/** The resolved settings of `statuskit relay`. */
export interface RelaySettings {
  /** Data directory: node key, archive, sync progress. */
  data: string;
  /** Node key file (hex, as geth's `nodekey`); default `<data>/nodekey`, created on first start. */
  nodeKey: string | undefined;
  /** RLPx TCP listener. */
  listen: HostPort;
  /** Host put in the printed enode URL (default: the listen host, or 127.0.0.1 for a wildcard). */
  publicHost: string | undefined;
  capabilities: ('waku/1' | 'waku/0' | 'shh/6')[];
  /** Static peers (enode URLs), dialled and kept connected. */
  peer: string[];
  /** Discovery v4 on UDP (the listen port): find peers and dial them up to half of maxPeers. */
  discovery: boolean;
  /** Discovery bootnodes (enode URLs; `?discport=` gives a UDP port other than the TCP one). */
  bootnode: string[];
  maxPeers: number;
  /** Node ids (hex) allowed to connect; empty: anyone. */
  allowPeer: string[];
  minPow: number;
  maxMessageSize: number;
  /** Per-peer packet and byte rates (0: unlimited); a peer over them is dropped after 3 strikes. */
  peerPacketsPerSecond: number;
  peerBytesPerSecond: number;
  confirmations: boolean;
  /** WebSocket bridge listener (RLPx over WebSocket), undefined: off. */
  ws: HostPort | undefined;
  tlsCert: string | undefined;
  tlsKey: string | undefined;
  /** Allowed page origins of bridge clients, or `*`. */
  wsOrigins: string[];
  wsMaxConnections: number;
  wsMaxPerAddress: number;
  wsBytesPerSecond: number;
  /** Prometheus `/metrics` and `/health`, undefined: off. */
  metrics: HostPort | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  logFormat: 'json' | 'text';
  mailserver: boolean;
  mailserverPassword: string;
  /** Archive retention by age, days (0: keep forever). */
  retentionDays: number;
  /** Archive retention by size, bytes of envelopes (0: unbounded). */
  retentionBytes: number;
  pruneIntervalSeconds: number;
  /** Mailserver to sync the archive from (enode URL). */
  syncFrom: string | undefined;
  /** The range to sync: `FROM..TO`, each unix seconds, an ISO date, `now` or `-7d` / `-12h`. */
  syncRange: string | undefined;
  /** Envelopes per sync page (the request's Limit). */
  syncPageLimit: number;
}

type Kind = 'string' | 'int' | 'number' | 'bool' | 'list' | 'hostport' | 'hostport?';

interface Field {
  kind: Kind;
  default: unknown;
  /** Allowed values for strings/lists. */
  oneOf?: readonly string[];
  min?: number;
  max?: number;
}

/** Defaults, safe for a public relay. */
export const RELAY_DEFAULTS = {
  data: './statuskit-data',
  listen: '0.0.0.0:30303',
  capabilities: ['waku/1', 'shh/6'],
  maxPeers: 50,
  minPow: 0.000002,
  maxMessageSize: 1024 * 1024,
  peerPacketsPerSecond: 50,
  peerBytesPerSecond: 2 * 1024 * 1024,
  wsMaxConnections: 512,
  wsMaxPerAddress: 8,
  wsBytesPerSecond: 1024 * 1024,
  metrics: '127.0.0.1:9464',
  retentionDays: 30,
  retentionBytes: 8 * 1024 ** 3,
  pruneIntervalSeconds: 3600,
  mailserverPassword: 'status-offline-inbox',
} as const;

const FIELDS: Record<keyof RelaySettings, Field> = {
  data: { kind: 'string', default: RELAY_DEFAULTS.data },
  nodeKey: { kind: 'string', default: undefined },
  listen: { kind: 'hostport', default: RELAY_DEFAULTS.listen },
  publicHost: { kind: 'string', default: undefined },
  capabilities: { kind: 'list', default: RELAY_DEFAULTS.capabilities, oneOf: ['waku/1', 'waku/0', 'shh/6'] },
  peer: { kind: 'list', default: [] },
  discovery: { kind: 'bool', default: false },
  bootnode: { kind: 'list', default: [] },
  maxPeers: { kind: 'int', default: RELAY_DEFAULTS.maxPeers, min: 1, max: 10_000 },
  allowPeer: { kind: 'list', default: [] },
  minPow: { kind: 'number', default: RELAY_DEFAULTS.minPow, min: 0, max: 1000 },
  maxMessageSize: { kind: 'int', default: RELAY_DEFAULTS.maxMessageSize, min: 1024, max: 10 * 1024 * 1024 },
  peerPacketsPerSecond: { kind: 'int', default: RELAY_DEFAULTS.peerPacketsPerSecond, min: 0 },
  peerBytesPerSecond: { kind: 'int', default: RELAY_DEFAULTS.peerBytesPerSecond, min: 0 },
  confirmations: { kind: 'bool', default: true },
  ws: { kind: 'hostport?', default: undefined },
  tlsCert: { kind: 'string', default: undefined },
  tlsKey: { kind: 'string', default: undefined },
  wsOrigins: { kind: 'list', default: ['*'] },
  wsMaxConnections: { kind: 'int', default: RELAY_DEFAULTS.wsMaxConnections, min: 1 },
  wsMaxPerAddress: { kind: 'int', default: RELAY_DEFAULTS.wsMaxPerAddress, min: 1 },
  wsBytesPerSecond: { kind: 'int', default: RELAY_DEFAULTS.wsBytesPerSecond, min: 1024 },
  metrics: { kind: 'hostport?', default: RELAY_DEFAULTS.metrics },
  logLevel: { kind: 'string', default: 'info', oneOf: ['debug', 'info', 'warn', 'error'] },
  logFormat: { kind: 'string', default: 'json', oneOf: ['json', 'text'] },
  mailserver: { kind: 'bool', default: true },
  mailserverPassword: { kind: 'string', default: RELAY_DEFAULTS.mailserverPassword },
  retentionDays: { kind: 'number', default: RELAY_DEFAULTS.retentionDays, min: 0 },
  retentionBytes: { kind: 'int', default: RELAY_DEFAULTS.retentionBytes, min: 0 },
  pruneIntervalSeconds: { kind: 'int', default: RELAY_DEFAULTS.pruneIntervalSeconds, min: 1 },
  syncFrom: { kind: 'string', default: undefined },
  syncRange: { kind: 'string', default: undefined },
  syncPageLimit: { kind: 'int', default: 1000, min: 1, max: 10_000 },
};

/** The config file keys (the flags' long names, camelCased). */
export const RELAY_SETTING_KEYS = Object.keys(FIELDS) as (keyof RelaySettings)[];

/** Parses `host:port` or `[v6]:port`; `off` gives undefined where allowed. */
export function parseHostPort(text: string, what: string): HostPort {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(text) ?? /^([^:[\]]*):(\d+)$/.exec(text);
  const port = m === null ? Number.NaN : Number(m[2]);
  if (m === null || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${what}: expected host:port, got ${JSON.stringify(text)}`);
  }
  return { host: m[1] === '' ? '0.0.0.0' : (m[1] as string), port };
}

function check(key: string, field: Field, value: unknown): unknown {
  const bad = (expected: string) =>
    new ConfigError(`${key}: expected ${expected}, got ${JSON.stringify(value)}`);
  const range = (n: number) => {
    if (field.min !== undefined && n < field.min)
      throw new ConfigError(`${key}: must be at least ${field.min}`);
    if (field.max !== undefined && n > field.max)
      throw new ConfigError(`${key}: must be at most ${field.max}`);
    return n;
  };
  switch (field.kind) {
    case 'string': {
      if (typeof value !== 'string' || value.length === 0) throw bad('a non-empty string');
      if (field.oneOf !== undefined && !field.oneOf.includes(value)) throw bad(field.oneOf.join(' | '));
      return value;
    }
    case 'int': {
      const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw bad('an integer');
      return range(n);
    }
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw bad('a number');
      return range(n);
    }
    case 'bool': {
      if (value === 'true') return true;
      if (value === 'false') return false;
      if (typeof value !== 'boolean') throw bad('true or false');
      return value;
    }
    case 'list': {
      const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
      if (!Array.isArray(list) || list.some((s) => typeof s !== 'string' || s.length === 0))
        throw bad('a list of strings');
      for (const s of list as string[]) {
        if (field.oneOf !== undefined && !field.oneOf.includes(s))
          throw new ConfigError(`${key}: ${JSON.stringify(s)} is not one of ${field.oneOf.join(', ')}`);
      }
      return list;
    }
    case 'hostport':
    case 'hostport?': {
      if (field.kind === 'hostport?' && (value === 'off' || value === null || value === false))
        return undefined;
      if (typeof value !== 'string') throw bad('"host:port"');
      return parseHostPort(value, key);
    }
  }
}

/**
 * Reads a JSON config file: an object whose keys are {@link RELAY_SETTING_KEYS}.
 * @throws ConfigError when it cannot be read, is not JSON, or has an unknown key.
 */
export function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read config file ${path}: ${(err as Error).message}`, { cause: err });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`config file ${path} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`config file ${path} must hold a JSON object`);
  }
  for (const key of Object.keys(parsed)) {
    if (!(key in FIELDS))
      throw new ConfigError(`config file ${path}: unknown setting ${JSON.stringify(key)}`);
  }
  return parsed as Record<string, unknown>;
}

/**
 * Merges defaults, a config file's values and the flags given on the command line (in that order
 * of precedence, last wins) and checks every value.
 * @throws ConfigError naming the first bad setting.
 */
export function resolveRelaySettings(
  file: Record<string, unknown> = {},
  flags: Record<string, unknown> = {},
): RelaySettings {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(FIELDS)) {
    const raw = flags[key] !== undefined ? flags[key] : file[key] !== undefined ? file[key] : field.default;
    out[key] = raw === undefined ? undefined : check(key, field, raw);
  }
  const s = out as unknown as RelaySettings;
  if ((s.tlsCert === undefined) !== (s.tlsKey === undefined))
    throw new ConfigError('tlsCert and tlsKey must be given together');
  if (s.tlsCert !== undefined && s.ws === undefined)
    throw new ConfigError('tlsCert needs ws (the bridge listener)');
  if ((s.syncFrom === undefined) !== (s.syncRange === undefined))
    throw new ConfigError('syncFrom and syncRange must be given together');
  if (s.syncFrom !== undefined && !s.mailserver) throw new ConfigError('syncFrom needs the mailserver');
  if (s.bootnode.length > 0 && !s.discovery) throw new ConfigError('bootnode needs discovery');
  for (const id of s.allowPeer) {
    if (!/^(0x)?[0-9a-fA-F]{128}$/.test(id))
      throw new ConfigError(`allowPeer: ${id} is not a 64-byte node id in hex`);
  }
  return s;
}
