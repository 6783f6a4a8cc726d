// A shared file is fetched with the bot token from Slack only: every redirect is followed by hand
// and must stay with Slack, as the token goes with it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadSharedFile, SharedFileUnavailable } from '../../../src/slack/download-file.js';

let server: Server;
let origin: string;
const seen: Array<{ path: string; authorization?: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    if (req.url === '/files-pri/T-F1/a.csv') return void res.writeHead(302, { Location: '/cdn/F1' }).end();
    if (req.url === '/files-pri/T-F2/a.csv') return void res.writeHead(302, { Location: 'https://evil.example/steal' }).end();
    if (req.url === '/files-pri/T-F3/a.csv') return void res.writeHead(302, { Location: '/files-pri/T-F3/a.csv' }).end();
    if (req.url === '/login') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>sign in</html>');
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end('编号,标题\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () => ({ token: 'xoxb-test', slackApiUrl: `${origin}/api/` });

describe('downloadSharedFile', () => {
  it('follows a redirect within Slack, the token with it', async () => {
    seen.length = 0;
    expect((await downloadSharedFile(`${origin}/files-pri/T-F1/a.csv`, client())).toString()).toBe('编号,标题\n');
    expect(seen).toEqual([
      { path: '/files-pri/T-F1/a.csv', authorization: 'Bearer xoxb-test' },
      { path: '/cdn/F1', authorization: 'Bearer xoxb-test' },
    ]);
  });

  it('refuses a URL or a redirect away from Slack, sending it nothing', async () => {
    seen.length = 0;
    await expect(downloadSharedFile('https://evil.example/files-pri/x', client())).rejects.toBeInstanceOf(SharedFileUnavailable);
    expect(seen).toEqual([]);
    await expect(downloadSharedFile(`${origin}/files-pri/T-F2/a.csv`, client())).rejects.toThrow(
      /not a Slack file URL: https:\/\/evil\.example/,
    );
    expect(seen.map((s) => s.path)).toEqual(['/files-pri/T-F2/a.csv']);
  });

  it('stops after a few redirects, and takes a sign-in page for what it is', async () => {
    await expect(downloadSharedFile(`${origin}/files-pri/T-F3/a.csv`, client())).rejects.toThrow(/redirects/);
    await expect(downloadSharedFile(`${origin}/login`, client())).rejects.toThrow(/text\/html/);
  });
});
