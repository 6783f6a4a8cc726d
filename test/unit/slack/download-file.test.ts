// A shared file is fetched with the bot token from Slack's file server only, and only for the
// file the form received: every redirect is followed by hand and must stay there, as the token
// goes with it; a body past the limit is not read to its end.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadSharedFile, SharedFileTooLarge, SharedFileUnavailable } from '../../../src/slack/download-file.js';

let server: Server;
let origin: string;
const seen: Array<{ path: string; authorization?: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    if (req.url === '/files-pri/T-F1/a.csv') return void res.writeHead(302, { Location: '/cdn/F1' }).end();
    if (req.url === '/files-pri/T-F2/a.csv') return void res.writeHead(302, { Location: 'https://evil.example/steal' }).end();
    if (req.url === '/files-pri/T-F3/a.csv') return void res.writeHead(302, { Location: '/files-pri/T-F3/a.csv' }).end();
    if (req.url === '/files-pri/T-F6/a.csv') return void res.writeHead(302, { Location: '/login' }).end();
    if (req.url === '/login') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>sign in</html>');
    if (req.url === '/files-pri/T-F4/big.csv') {
      // No length header: only counting what arrives can stop it.
      res.writeHead(200, { 'Content-Type': 'text/csv' });
      res.write(Buffer.alloc(64 * 1024, 0x61));
      return void res.end(Buffer.alloc(64 * 1024, 0x61));
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end('编号,标题\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () => ({ token: 'xoxb-test', slackApiUrl: `${origin}/api/` });
const limit = { maxBytes: 1024 * 1024 };
const file = (id: string, url: string) => downloadSharedFile({ id, url }, client(), limit);

describe('downloadSharedFile', () => {
  it('follows a redirect within Slack, the token with it', async () => {
    seen.length = 0;
    expect((await file('F1', `${origin}/files-pri/T-F1/a.csv`)).toString()).toBe('编号,标题\n');
    expect(seen).toEqual([
      { path: '/files-pri/T-F1/a.csv', authorization: 'Bearer xoxb-test' },
      { path: '/cdn/F1', authorization: 'Bearer xoxb-test' },
    ]);
  });

  it('refuses a URL or a redirect away from Slack, sending it nothing', async () => {
    seen.length = 0;
    await expect(file('F9', 'https://evil.example/files-pri/T-F9/x')).rejects.toBeInstanceOf(SharedFileUnavailable);
    expect(seen).toEqual([]);
    await expect(file('F2', `${origin}/files-pri/T-F2/a.csv`)).rejects.toThrow(/not a Slack file URL: https:\/\/evil\.example/);
    expect(seen.map((s) => s.path)).toEqual(['/files-pri/T-F2/a.csv']);
  });

  it('stops after a few redirects, and takes a sign-in page for what it is', async () => {
    await expect(file('F3', `${origin}/files-pri/T-F3/a.csv`)).rejects.toThrow(/redirects/);
    await expect(file('F6', `${origin}/files-pri/T-F6/a.csv`)).rejects.toThrow(/text\/html/);
  });

  it('fetches only the file the form received, and only from files.slack.com', async () => {
    seen.length = 0;
    // Another file's URL, or a Slack host that is not the file server: nothing is sent.
    await expect(file('F7', `${origin}/files-pri/T-F1/a.csv`)).rejects.toThrow(/not the download of file F7/);
    await expect(file('F1', `${origin}/api/files.info?file=F1`)).rejects.toThrow(/not the download of file F1/);
    await expect(file('F1', 'https://evil.slack.com/files-pri/T-F1/a.csv')).rejects.toThrow(/not a Slack file URL/);
    await expect(file('F1', 'http://files.slack.com/files-pri/T-F1/a.csv')).rejects.toThrow(/not a Slack file URL/);
    expect(seen).toEqual([]);
  });

  it('stops reading a body past the limit, with or without a length header', async () => {
    const small = { maxBytes: 100 * 1024 };
    await expect(downloadSharedFile({ id: 'F4', url: `${origin}/files-pri/T-F4/big.csv` }, client(), small)).rejects.toBeInstanceOf(
      SharedFileTooLarge,
    );
    const tiny = { maxBytes: 4 };
    await expect(downloadSharedFile({ id: 'F1', url: `${origin}/files-pri/T-F1/a.csv` }, client(), tiny)).rejects.toBeInstanceOf(
      SharedFileTooLarge,
    );
  });
});
