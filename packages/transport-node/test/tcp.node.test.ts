import type { Duplex } from '@statuskit/utils';
import { nobleCrypto, toHex } from '@statuskit/utils';
import { duplexComplianceSuite } from '@statuskit/utils/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { formatEnode, parseEnode, tcp } from '../src/index.js';

const transport = tcp({ highWaterMark: 256 * 1024 });
const pending: Array<(d: Duplex) => void> = [];
const listener = await transport.listen({ host: '127.0.0.1', port: 0 }, (d) => pending.shift()?.(d));
afterAll(() => listener.close());

duplexComplianceSuite('TCP over loopback', {
  async pair() {
    const accepted = new Promise<Duplex>((resolve) => pending.push(resolve));
    const client = await transport.dial('127.0.0.1', listener.address().port);
    return [client, await accepted];
  },
});

describe('tcp dial', () => {
  it('fails with DialError when nothing listens', async () => {
    const probe = await transport.listen({ port: 0 }, () => {});
    const port = probe.address().port;
    await probe.close();
    await expect(transport.dial('127.0.0.1', port)).rejects.toMatchObject({ name: 'DialError' });
  });
  it('honours an already-aborted signal and validates arguments', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(transport.dial('127.0.0.1', 1, { signal: ac.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(() => transport.dial('127.0.0.1', 0)).toThrow(RangeError);
  });
});

describe('enode URLs', () => {
  const id = nobleCrypto.secp256k1PublicKey(new Uint8Array(32).fill(7)).subarray(1);
  it('parses and formats, with and without discport, IPv4 and IPv6', () => {
    const url = `enode://${toHex(id)}@127.0.0.1:30303`;
    expect(parseEnode(url)).toEqual({ id, host: '127.0.0.1', tcpPort: 30303, udpPort: 30303 });
    expect(formatEnode(parseEnode(url))).toBe(url);
    const v6 = `enode://${toHex(id)}@[::1]:30303?discport=30301`;
    expect(parseEnode(v6)).toMatchObject({ host: '::1', udpPort: 30301 });
    expect(formatEnode(parseEnode(v6))).toBe(v6);
  });
  it.each([
    ['not an enode', 'http://x'],
    ['short id', `enode://${'ab'.repeat(63)}@1.2.3.4:1`],
    ['no port', `enode://${'ab'.repeat(64)}@1.2.3.4`],
    ['port out of range', `enode://${toHex(id)}@1.2.3.4:70000`],
    ['off-curve id', `enode://${'01'.repeat(64)}@1.2.3.4:30303`],
  ])('rejects %s with EnodeError', (_what, url) => {
    expect(() => parseEnode(url)).toThrow(expect.objectContaining({ name: 'EnodeError' }));
  });
});
