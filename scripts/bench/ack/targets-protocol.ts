// What the parent and the targets process say to each other over the fork's IPC channel.
export interface TargetsConfig {
  databaseUrl: string;
  signingSecret: string;
  supervisors: string[];
  timezone: string;
  locale: 'zh-CN' | 'en';
}

export interface TargetUrls {
  bare: string;
  bot: string;
  /** The same bot keeping no answers: every one is read from the database. */
  botAfresh: string;
  /** The Slack stand-in's Web API base, whose /response/ paths serve as response_url. */
  standIn: string;
}

export type TargetsMessage = { kind: 'ready'; urls: TargetUrls } | { kind: 'failed'; error: string };

/** The parent passes TargetsConfig as JSON in this environment variable. */
export const configVariable = 'DUBAN_BENCH_TARGETS';

export const stopMessage = 'stop';
