// The dispatcher's port: what it sends for a notice, and how it recognises that in a channel's
// history after an attempt with no clear answer. The Slack adapter renders notices into these
// (slack/deliveries/prepare-delivery.ts), so the outbox depends on nothing above it.
import type { WebClient } from '@slack/web-api';
import type { Database } from '../db/client.js';
import type { Notice } from '../domain/notices.js';
import type { Catalog } from '../i18n/index.js';

export interface Sent {
  ts?: string | undefined;
  /** The thread it replied in. */
  threadTs?: string | undefined;
  channel?: string | undefined;
  fileId?: string | undefined;
}

export interface HistoryMessage {
  metadata?: unknown;
  files?: Array<{ name?: string }>;
}

export interface Delivery {
  /** Sends it to the channel, as a reply in the thread of `threadTs` when one is given. */
  send(client: WebClient, channel: string, threadTs?: string): Promise<Sent>;
  /** Whether this message of the channel's history is this delivery. */
  isIn(message: HistoryMessage): boolean;
}

/** What a notice read when it is sent (a ledger) reads from. */
export interface RenderContext {
  db: Database;
  timezone: string;
  /** For what a rendering looks up in Slack (the names a ledger shows). */
  client: WebClient;
}

/** What a notice is sent as: the Slack adapter's prepareDelivery, given to the dispatcher at wiring. */
export type PrepareDelivery = (catalog: Catalog, key: string, notice: Notice, context: RenderContext) => Promise<Delivery>;
