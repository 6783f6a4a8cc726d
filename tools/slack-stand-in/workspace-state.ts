/** A message as kept for `conversations.history` and `conversations.replies`. */
export interface StoredMessage {
  type: 'message';
  ts: string;
  text: unknown;
  blocks: unknown;
  metadata: unknown;
  user: string;
  bot_id: string;
  /** On a reply: its parent's ts. On a parent: its own ts, once the first reply is in. */
  thread_ts?: string;
  /** On a reply: who wrote the parent. */
  parent_user_id?: string;
  // On a parent, the summary of its replies Slack shows in history and replies alike.
  reply_count?: number;
  reply_users_count?: number;
  reply_users?: string[];
  latest_reply?: string;
  files?: unknown;
}

export interface Upload {
  filename: string;
  length: number;
  data?: Buffer;
  /** Set for a file a person shared (a form's file input), not one the bot uploaded. */
  sharedBy?: string;
}

export interface UserProfile {
  name?: string;
  realName?: string;
  displayName?: string;
  tz?: string;
  /** What users.lookupByEmail finds this user by. */
  email?: string;
  /** A deactivated account: users.info still answers, with deleted: true. */
  deleted?: boolean;
  isBot?: boolean;
  /** Not of this workspace at all: users.info answers user_not_found. */
  missing?: boolean;
}

export const BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T0DEMO', team: 'Demo', name: 'duban' } as const;

/** Everything the fake workspace remembers between calls; `reset()` returns it to empty. */
export class WorkspaceState {
  messages = new Map<string, StoredMessage[]>();
  uploads = new Map<string, Upload>();
  unknownChannels = new Set<string>();
  /** Channels the bot has not been invited to. */
  channelsWithoutBot = new Set<string>();
  users = new Map<string, UserProfile>();
  lastPostAt = new Map<string, number>();
  channelRatePerSecond: number | null = null;
  /** Posts the whole workspace may make a second, across channels; null: no limit. */
  workspaceRatePerSecond: number | null = null;
  /** When each of the last posts within the workspace's second happened. */
  workspacePosts: number[] = [];
  private lastTsMicros = 0;
  private idCounter = 0;

  constructor(private readonly now: () => number) {}

  /** Slack-style ts: unique and increasing even when the clock stands still. */
  nextTs(): string {
    const micros = Math.max(Math.floor(this.now() * 1000), this.lastTsMicros + 1);
    this.lastTsMicros = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  }

  nextId(prefix: string): string {
    this.idCounter += 1;
    return `${prefix}${String(this.idCounter).padStart(10, '0')}`;
  }

  reset(): void {
    this.messages.clear();
    this.uploads.clear();
    this.unknownChannels.clear();
    this.channelsWithoutBot.clear();
    this.users.clear();
    this.lastPostAt.clear();
    this.channelRatePerSecond = null;
    this.workspaceRatePerSecond = null;
    this.workspacePosts = [];
    this.lastTsMicros = 0;
    this.idCounter = 0;
  }
}

/** Slack's channel history holds top-level messages and thread parents; a thread's replies stay in the thread. */
export function isTopLevel(message: StoredMessage): boolean {
  return message.thread_ts === undefined || message.thread_ts === message.ts;
}

/** Marks `parent` as the thread `reply` went into, as Slack does on each reply. */
export function noteReply(parent: StoredMessage, reply: StoredMessage): void {
  const users = [...new Set([...(parent.reply_users ?? []), reply.user])];
  parent.thread_ts = parent.ts;
  parent.reply_count = (parent.reply_count ?? 0) + 1;
  parent.reply_users = users;
  parent.reply_users_count = users.length;
  parent.latest_reply = reply.ts;
}

/** Posting to a user id lands in the DM with that user; its id is stable so tests can predict it. */
export function resolveChannel(channel: string): string {
  return /^[UW]/.test(channel) ? `D${channel.slice(1)}` : channel;
}

/** Orders Slack ts strings exactly; parsing them as floats loses the microseconds. */
export function compareTs(a: string, b: string): number {
  const [aSec, aMicros] = tsParts(a);
  const [bSec, bMicros] = tsParts(b);
  return aSec - bSec || aMicros - bMicros;
}

function tsParts(ts: string): [number, number] {
  const [seconds = '0', fraction = ''] = ts.split('.');
  return [Number(seconds), Number(fraction.padEnd(6, '0').slice(0, 6))];
}
