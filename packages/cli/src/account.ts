/**
 * The chat commands' account: one SQLite file in `--data DIR` (`client.sqlite`) holding the
 * client's state, a `keystore` table with the identity's secret encrypted under a password
 * (scrypt + AES-GCM, `@statuskit/core`'s keystore), and a `meta` table with the public key, so
 * `identity show` needs no password. The password comes from `STATUSKIT_PASSWORD`, a
 * `--password-file`, or a prompt on the terminal (not echoed).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  type Identity,
  identityFromMnemonic,
  identityFromPrivateKey,
  type KeystoreSecret,
  keystoreStore,
  readKeystoreHeader,
} from '@statuskit/core';
import { sqliteStorage } from '@statuskit/storage-sqlite';
import { bytesToUtf8, type Storage, utf8ToBytes } from '@statuskit/utils';
import { CliError } from './errors.js';

const SECRET_NAME = 'account';
const PUBLIC_KEY = utf8ToBytes('public-key');

/** An opened account directory. */
export interface AccountStore {
  readonly path: string;
  /** The client's state (give it to `createClient`). */
  readonly state: Storage;
  readonly keys: ReturnType<typeof keystoreStore>;
  /** The stored public key (`0x04…`), if an identity was created or imported. */
  publicKey(): Promise<string | undefined>;
  /** Stores `secret` under `password` and records the public key. */
  save(secret: KeystoreSecret, identity: Identity, password: string, logN: number): Promise<void>;
  /** Unlocks the identity. @throws CliError on a wrong password or when there is none. */
  unlock(password: string): Promise<Identity>;
  close(): Promise<void>;
}

/** Opens (creating) the account database in `dir`. */
export function openAccount(dir: string): AccountStore {
  const path = join(dir, 'client.sqlite');
  let state: Storage;
  let keystore: Storage;
  let meta: Storage;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    state = sqliteStorage({ path });
    keystore = sqliteStorage({ path, table: 'keystore' });
    meta = sqliteStorage({ path, table: 'meta' });
  } catch (err) {
    throw new CliError(`cannot open the account database ${path}: ${(err as Error).message}`, { cause: err });
  }
  const keys = keystoreStore(keystore);
  return {
    path,
    state,
    keys,
    async publicKey() {
      const v = await meta.get(PUBLIC_KEY);
      return v === undefined ? undefined : bytesToUtf8(v);
    },
    async save(secret, identity, password, logN) {
      await keys.save(SECRET_NAME, secret, password, { scrypt: { logN, r: 8, p: 1 } });
      await meta.put(PUBLIC_KEY, utf8ToBytes(identity.publicKeyString));
    },
    async unlock(password) {
      if (!(await keys.has(SECRET_NAME)))
        throw new CliError(
          `no identity in ${path}: run \`statuskit identity new\` or \`identity import\` first`,
        );
      let secret: KeystoreSecret;
      try {
        secret = await keys.unlock(SECRET_NAME, password);
      } catch (err) {
        if ((err as Error).name === 'WrongPasswordError')
          throw new CliError('wrong password', { cause: err });
        throw new CliError(`cannot unlock the identity: ${(err as Error).message}`, { cause: err });
      }
      return secret.kind === 'mnemonic'
        ? identityFromMnemonic(
            secret.mnemonic,
            secret.passphrase !== undefined ? { passphrase: secret.passphrase } : {},
          )
        : identityFromPrivateKey(secret.privateKey);
    },
    async close() {
      for (const s of [state, keystore, meta]) await s.close();
    },
  };
}

/** Reads a secret-bearing file's first line. @throws CliError. */
export function readSecretFile(path: string, what: string): string {
  try {
    return (readFileSync(path, 'utf8').split('\n')[0] ?? '').trim();
  } catch (err) {
    throw new CliError(`cannot read ${what} ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/** Reads a statuskit keystore blob file (checked for its header). @throws CliError. */
export function readKeystoreFile(path: string): Uint8Array {
  let blob: Uint8Array;
  try {
    blob = new Uint8Array(readFileSync(path));
  } catch (err) {
    throw new CliError(`cannot read keystore file ${path}: ${(err as Error).message}`, { cause: err });
  }
  try {
    readKeystoreHeader(blob);
  } catch (err) {
    throw new CliError(`${path} is not a statuskit keystore: ${(err as Error).message}`, { cause: err });
  }
  return blob;
}

/** Prompts on the terminal without echo. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    out._writeToOutput = (s: string) => {
      if (s.includes(question)) out.output.write(s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    rl.on('SIGINT', () => {
      rl.close();
      reject(new CliError('cancelled'));
    });
  });
}

/**
 * The password: `--password-file`, else `STATUSKIT_PASSWORD`, else a prompt when stdin is a
 * terminal (twice when `confirm`).
 * @throws CliError when none is available or the two entries differ.
 */
export async function readPassword(options: {
  file?: string;
  confirm?: boolean;
  what?: string;
}): Promise<string> {
  if (options.file !== undefined) return readSecretFile(options.file, 'password file');
  const env = process.env['STATUSKIT_PASSWORD'];
  if (env !== undefined && env !== '') return env;
  if (!process.stdin.isTTY) {
    throw new CliError(
      'a password is needed: set STATUSKIT_PASSWORD, pass --password-file, or run in a terminal',
    );
  }
  const what = options.what ?? 'password';
  const first = await promptHidden(`${what}: `);
  if (first === '') throw new CliError('the password must not be empty');
  if (options.confirm === true && (await promptHidden(`repeat the ${what}: `)) !== first)
    throw new CliError('the passwords differ');
  return first;
}
