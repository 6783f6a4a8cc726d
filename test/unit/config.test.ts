import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const valid = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('the configuration was accepted');
};

describe('loadConfig', () => {
  it('applies the defaults of the operating contract', () => {
    expect(loadConfig(valid)).toEqual({
      ...valid,
      PORT: 3000,
      DATA_DIR: './data',
      EMBEDDED_SHARED_BUFFERS: '16MB',
      DATABASE_PREPARE: true,
      DATABASE_SESSION_SETTINGS: 'startup',
      SUPERVISORS: [],
      BOT_TIMEZONE: 'Asia/Shanghai',
      BOT_LOCALE: 'zh-CN',
      NOTICE_WINDOW_SECONDS: 120,
      LOG_LEVEL: 'info',
    });
  });

  it('takes the embedded page cache as a PostgreSQL size, and refuses anything else', () => {
    expect(loadConfig({ ...valid, EMBEDDED_SHARED_BUFFERS: '128MB' }).EMBEDDED_SHARED_BUFFERS).toBe('128MB');
    for (const given of ['16', '16 MB', '1TB', 'lots'])
      expect(() => loadConfig({ ...valid, EMBEDDED_SHARED_BUFFERS: given })).toThrow(/EMBEDDED_SHARED_BUFFERS/);
  });

  it('refuses a notice window that is not whole seconds up to an hour', () => {
    for (const given of ['-1', '1.5', '3601', 'soon'])
      expect(() => loadConfig({ ...valid, NOTICE_WINDOW_SECONDS: given })).toThrow(/NOTICE_WINDOW_SECONDS/);
    expect(loadConfig({ ...valid, NOTICE_WINDOW_SECONDS: '0' }).NOTICE_WINDOW_SECONDS).toBe(0);
  });

  it('reads every variable, treating blank ones as unset', () => {
    const config = loadConfig({
      ...valid,
      SLACK_APP_TOKEN: 'xapp-1-A-1-x',
      SLACK_API_URL: 'http://127.0.0.1:9999/api/',
      PORT: '8080',
      DATABASE_URL: 'postgresql://duban@db:5432/duban',
      DATA_DIR: '/var/lib/duban',
      SUPERVISORS: ' U01AB2CD3 , W04EF5GH6 ,',
      BOT_TIMEZONE: 'Asia/Urumqi',
      BOT_LOCALE: 'en',
      SLACK_API_URL_UNUSED: 'x',
    });
    expect(config).toMatchObject({ PORT: 8080, SUPERVISORS: ['U01AB2CD3', 'W04EF5GH6'], BOT_LOCALE: 'en', BOT_TIMEZONE: 'Asia/Urumqi' });
    expect(loadConfig({ ...valid, SLACK_APP_TOKEN: '  ', DATABASE_URL: '' })).not.toHaveProperty('DATABASE_URL');
  });

  it('names each missing variable and where to find it', () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^SLACK_BOT_TOKEN is missing\. Where to find it: .*OAuth & Permissions/);
    expect(problems[1]).toMatch(/^SLACK_SIGNING_SECRET is missing\. Where to find it: .*Signing Secret/);
  });

  it.each([
    ['SLACK_BOT_TOKEN', 'xoxp-user-token', /must start with xoxb-/],
    ['SLACK_APP_TOKEN', 'xoxb-wrong-kind', /must start with xapp-/],
    ['SLACK_API_URL', 'not a url', /SLACK_API_URL is malformed/],
    ['PORT', '70000', /PORT is malformed/],
    ['DATABASE_URL', 'mysql://db/duban', /must start with postgres/],
    ['SUPERVISORS', 'U01AB2CD3,alice', /must be Slack user IDs/],
    ['BOT_TIMEZONE', 'Mars/Olympus', /not a known time zone/],
    ['BOT_LOCALE', 'fr', /BOT_LOCALE is malformed/],
  ])('refuses a malformed %s without echoing its value', (name, value, says) => {
    const problems = problemsOf({ ...valid, [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(says);
    expect(problems[0]).toContain(`${name} is malformed`);
    expect(problems[0]).not.toContain(value);
  });
});
