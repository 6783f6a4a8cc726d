// What the dispatcher sends for a notice: a message, or (for a chart) a file shared with a
// comment through Slack's upload flow (files.getUploadURLExternal, the upload,
// files.completeUploadExternal). Each knows how to recognise itself in a channel's history, for
// the retry after an attempt with no clear answer.
import type { WebClient } from '@slack/web-api';
import { renderChart } from '../charts/render-chart.js';
import type { Notice } from '../domain/notices.js';
import type { Catalog } from '../slack/i18n/index.js';
import { noticeMessage } from '../slack/views/notice.js';
import { rankingChartUpload } from '../slack/views/ranking-chart.js';
import { keyMetadata, keyOfMetadata } from './message-key.js';

export interface Sent {
  ts?: string | undefined;
  channel?: string | undefined;
  fileId?: string | undefined;
}

export interface HistoryMessage {
  metadata?: unknown;
  files?: Array<{ name?: string }>;
}

export interface Delivery {
  send(client: WebClient, channel: string): Promise<Sent>;
  /** Whether this message of the channel's history is this delivery. */
  isIn(message: HistoryMessage): boolean;
}

/** Renders the notice; throws when this version cannot (the dispatcher then waits for one that can). */
export async function prepareDelivery(catalog: Catalog, key: string, notice: Notice): Promise<Delivery> {
  if (notice.type === 'ranking_chart') {
    const upload = rankingChartUpload(catalog, notice);
    const { png } = await renderChart(upload.chart);
    return {
      async send(client, channel) {
        const response = await client.filesUploadV2({
          channel_id: channel,
          file: png,
          filename: upload.filename,
          title: upload.title,
          alt_text: upload.altText,
          initial_comment: upload.comment,
        });
        const shared = (response.files as Array<{ files?: Array<{ id?: string }> }> | undefined)?.[0]?.files?.[0];
        return { channel, fileId: shared?.id };
      },
      // A shared file carries no metadata; its name holds the week, and one chart a week goes to a channel.
      isIn: (message) => message.files?.some((file) => file.name === upload.filename) ?? false,
    };
  }
  const message = noticeMessage(catalog, notice);
  return {
    async send(client, channel) {
      const response = await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        // The key travels with the message so a delivery can be recognised in the channel later.
        metadata: keyMetadata(key),
      });
      return { ts: response.ts, channel: response.channel };
    },
    isIn: (posted) => keyOfMetadata(posted.metadata) === key,
  };
}
