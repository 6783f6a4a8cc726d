// The one reader of process.env. Every variable is validated here, and a bad one stops the start
// with a message that names it and says where its value comes from.
import { z } from 'zod';
import { locales } from './i18n/locale.js';

const slackUserId = /^[UW][A-Z0-9]{2,}$/;

const where = {
  SLACK_BOT_TOKEN: 'Slack app settings → OAuth & Permissions → Bot User OAuth Token (starts with xoxb-)',
  SLACK_SIGNING_SECRET: 'Slack app settings → Basic Information → App Credentials → Signing Secret',
  SLACK_APP_TOKEN:
    'Slack app settings → Basic Information → App-Level Tokens, scope connections:write (starts with xapp-); leave unset for HTTP mode',
  SLACK_API_URL: 'leave unset for Slack itself; a base URL ending in /api/ for a stand-in',
  PORT: 'a TCP port number (0 picks a free one); default 3000',
  DATABASE_URL: 'postgres://user:password@host:5432/dbname; leave unset for the embedded database',
  DATA_DIR: 'a writable folder for the embedded database; default ./data',
  EMBEDDED_SHARED_BUFFERS: "the embedded database's page cache, such as 16MB (the default) or 128MB",
  SUPERVISORS: 'comma-separated Slack user IDs (profile → ⋮ → Copy member ID), e.g. U01AB2CD3,U04EF5GH6',
  BOT_TIMEZONE: 'an IANA time zone such as Asia/Shanghai',
  BOT_LOCALE: 'zh-CN or en',
  NOTICE_WINDOW_SECONDS: 'whole seconds from 0 to 3600; default 120 (0 sends each notice at once)',
  DATABASE_PREPARE: 'true (default) or false: prepared statements on the server; false behind a transaction pooler (PgBouncer)',
  DATABASE_SESSION_SETTINGS: 'startup (default: sent when connecting) or role (set with ALTER ROLE; behind PgBouncer)',
  LOG_LEVEL: 'debug, info, warn or error; default info',
  LOG_FORMAT: 'json (one JSON object a line) or pretty (a line a person reads); default json, pretty in a terminal',
} as const;

type Variable = keyof typeof where;

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const schema = z.object({
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'must start with xoxb-'),
  SLACK_SIGNING_SECRET: z.string().min(8, 'is too short to be a signing secret'),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, 'must start with xapp-')
    .optional(),
  SLACK_API_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000), // 0: any free port
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  // The embedded database's page cache (docs/deploy.md, Memory): PostgreSQL's size units.
  EMBEDDED_SHARED_BUFFERS: z
    .string()
    .regex(/^\d+(kB|MB|GB)$/, 'must be a size such as 16MB')
    .default('16MB'),
  SUPERVISORS: z
    .string()
    .default('')
    .transform((raw) =>
      raw
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .refine((ids) => ids.every((id) => slackUserId.test(id)), 'must be Slack user IDs such as U01AB2CD3'),
  BOT_TIMEZONE: z.string().default('Asia/Shanghai').refine(isTimeZone, 'is not a known time zone'),
  BOT_LOCALE: z.enum(locales).default('zh-CN'),
  NOTICE_WINDOW_SECONDS: z.coerce.number().int().min(0).max(3600).default(120),
  DATABASE_PREPARE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  DATABASE_SESSION_SETTINGS: z.enum(['startup', 'role']).default('startup'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`duban cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; empty strings count as unset. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => parseEnvironment(schema, env);

/**
 * What an operator's tool needs (`npm run export`, `npm run import`): the database, the zone, the
 * language; the bot token only if set (an import asks Slack for handlers' e-mails with it).
 */
export const loadOfflineConfig = (env: NodeJS.ProcessEnv = process.env) =>
  parseEnvironment(
    schema
      .pick({
        DATABASE_URL: true,
        DATA_DIR: true,
        EMBEDDED_SHARED_BUFFERS: true,
        DATABASE_PREPARE: true,
        DATABASE_SESSION_SETTINGS: true,
        BOT_TIMEZONE: true,
        BOT_LOCALE: true,
        SLACK_API_URL: true,
      })
      .extend({ SLACK_BOT_TOKEN: schema.shape.SLACK_BOT_TOKEN.optional() }),
    env,
  );

function parseEnvironment<S extends z.ZodType>(shape: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const present = Object.fromEntries(
    Object.keys(where).flatMap((name) => {
      const value = env[name]?.trim();
      return value ? [[name, value]] : [];
    }),
  );
  const parsed = shape.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]) as Variable;
    const state = present[name] === undefined ? 'is missing' : `is malformed (${issue.message})`;
    return `${name} ${state}. Where to find it: ${where[name]}.`;
  });
  throw new ConfigError(problems);
}
