// How a server connection is set up: as fast as the bot can (prepared statements, the session
// settings sent as it connects), or as a transaction pooler such as PgBouncer requires.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { databaseOptionsFrom, serverClientOptions, serverSessionSettings } from '../../../src/db/client.js';

const env = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-0123456789', DATABASE_URL: 'postgres://duban@db:5432/duban' };

describe('a server connection', () => {
  it('prepares statements and sends the session settings when connecting, by default', () => {
    const options = databaseOptionsFrom(loadConfig(env));
    expect(options.server).toEqual({ prepare: true, sessionSettings: 'startup' });
    expect(serverClientOptions(options.server)).toMatchObject({ prepare: true, connection: serverSessionSettings });
  });

  it('behind PgBouncer in transaction mode, prepares nothing and sends no startup parameter', () => {
    const options = databaseOptionsFrom(loadConfig({ ...env, DATABASE_PREPARE: 'false', DATABASE_SESSION_SETTINGS: 'role' }));
    expect(options.server).toEqual({ prepare: false, sessionSettings: 'role' });
    const client = serverClientOptions(options.server);
    expect(client.prepare).toBe(false);
    expect(client).not.toHaveProperty('connection');
  });

  it('refuses a value it does not know, naming the variable', () => {
    expect(() => loadConfig({ ...env, DATABASE_PREPARE: 'no' })).toThrow(/DATABASE_PREPARE is malformed/);
    expect(() => loadConfig({ ...env, DATABASE_SESSION_SETTINGS: 'connect' })).toThrow(/DATABASE_SESSION_SETTINGS is malformed/);
  });
});
