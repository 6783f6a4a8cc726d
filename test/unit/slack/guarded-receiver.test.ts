// A signed request whose body trickles in is not allowed to hold a connection: it is cut at the
// deadline, while other requests are answered meanwhile.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log.js';
import { guardedReceiver } from '../../../src/slack/guarded-receiver.js';
import { signRequest } from '../../../tools/slack-stand-in/slack-requests.js';

const secret = 'slow-body-secret';
let server: Server;
let port: number;
beforeAll(async () => {
  const receiver = guardedReceiver({ signingSecret: secret, logger: createLogger('test', LogLevel.ERROR), bodyDeadlineMs: 300 });
  server = (await receiver.start(0)) as Server;
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends a signed request's headers and the first bytes of its body, then nothing; resolves to what came back and when the connection ended. */
function trickle(): Promise<{ answer: string; ms: number }> {
  const body = 'command=%2Fsuggest&text=list';
  const { headers } = signRequest(body, { secret });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        [
          'POST /slack/events HTTP/1.1',
          'Host: 127.0.0.1',
          ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
          `content-length: ${body.length + 100}`,
          '',
          body.slice(0, 10),
        ].join('\r\n'),
      );
    });
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('error', reject);
    socket.on('close', () => resolve({ answer, ms: performance.now() - started }));
  });
}

describe('the guarded receiver', () => {
  it('cuts a body still arriving at the deadline, and keeps answering others meanwhile', async () => {
    const slow = trickle();
    // Another request while the slow one is held: refused by its headers at once.
    const other = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: 'x' });
    expect(other.status).toBe(401);
    const { ms } = await slow;
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(5_000);
  });
});
