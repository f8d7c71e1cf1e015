/**
 * The relay's persistent node key: a secp256k1 private key in a file, hex as go-ethereum's
 * `nodekey` (64 hex digits, no `0x`), created with mode 0600 on first start. The enode URL, and so
 * every static-peer entry that names this relay, stays the same across restarts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type CryptoProvider, fromHex, nobleCrypto, toHex } from '@statuskit/utils';
import { CliError } from './errors.js';

/**
 * Loads the key at `path`, or creates it (and its directory) when the file does not exist.
 * @throws CliError when the file exists but cannot be read or does not hold a valid key.
 */
export function loadOrCreateNodeKey(
  path: string,
  crypto: CryptoProvider = nobleCrypto,
): { privateKey: Uint8Array; created: boolean } {
  if (!existsSync(path)) {
    const privateKey = crypto.secp256k1GeneratePrivateKey();
    try {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      writeFileSync(path, `${toHex(privateKey)}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      throw new CliError(`cannot create node key file ${path}: ${(err as Error).message}`, { cause: err });
    }
    return { privateKey, created: true };
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch (err) {
    throw new CliError(`cannot read node key file ${path}: ${(err as Error).message}`, { cause: err });
  }
  const hex = text.startsWith('0x') ? text.slice(2) : text;
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new CliError(`node key file ${path} does not hold a 32-byte hex key`);
  }
  const privateKey = fromHex(hex);
  try {
    crypto.secp256k1PublicKey(privateKey);
  } catch (err) {
    throw new CliError(`node key file ${path} holds an invalid secp256k1 key`, { cause: err });
  }
  return { privateKey, created: false };
}
