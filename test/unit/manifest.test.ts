// The app Slack installs must hold the scope of every Web API method the bot calls: a missing one
// fails only in a real workspace (missing_scope), never against the stand-in.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** How the code calls each method, and the bot scope Slack asks of it. */
const scopeOf: Array<[RegExp, string, string]> = [
  [/chat\.postMessage\(/, 'chat.postMessage', 'chat:write'],
  [/filesUploadV2\(/, 'files.uploadV2 (getUploadURLExternal, completeUploadExternal)', 'files:write'],
  [/conversations\.open\(/, 'conversations.open', 'im:write'],
  [/conversations\.history\(/, 'conversations.history', 'channels:history'],
  [/users\.lookupByEmail\(/, 'users.lookupByEmail', 'users:read.email'],
  [/users\.lookupByEmail\(/, 'users.lookupByEmail (users:read.email comes with it)', 'users:read'],
  [/downloadSharedFile\(/, "a shared file's url_private_download", 'files:read'],
];

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });

describe('manifest.yml', () => {
  const manifest = readFileSync('manifest.yml', 'utf8');
  // The list under oauth_config → scopes → bot.
  const botScopes = manifest.slice(manifest.indexOf('    bot:'), manifest.indexOf('\nsettings:'));
  const scopes = new Set([...botScopes.matchAll(/^\s+- ([a-z:.]+)\s*$/gm)].map((m) => m[1]));
  const code = sources('src')
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

  it.each(scopeOf)('grants the scope of %s where the bot calls it', (pattern, method, scope) => {
    if (pattern.test(code)) expect(scopes, `${method} needs ${scope}`).toContain(scope);
  });

  it('asks for the command, the history it reads back, the files and e-mails an import reads, and nothing it does not use', () => {
    expect([...scopes].sort()).toEqual([
      'channels:history',
      'chat:write',
      'commands',
      'files:read',
      'files:write',
      'groups:history',
      'im:history',
      'im:write',
      'users:read',
      'users:read.email',
    ]);
  });

  it('keeps the Messages tab read-only: nothing answers a message written to the bot', () => {
    expect(manifest).toMatch(/messages_tab_read_only_enabled: true/);
  });
});

describe('manifest.socket-mode.yml', () => {
  const http = readFileSync('manifest.yml', 'utf8');
  const socket = readFileSync('manifest.socket-mode.yml', 'utf8');
  const body = (text: string) => text.slice(text.indexOf('display_information:'));

  it('is the HTTP manifest without its URLs, in Socket Mode', () => {
    const withoutUrls = body(http)
      .split('\n')
      .filter((line) => !/^\s+(url|request_url): /.test(line))
      .join('\n')
      .replace('socket_mode_enabled: false', 'socket_mode_enabled: true');
    expect(body(socket)).toBe(withoutUrls);
    expect(socket).not.toContain('https://');
  });
});
