// What the dispatcher sends for a notice: a message, or (for a chart, a ledger or a template) a file shared
// with a comment through Slack's upload flow (files.getUploadURLExternal, the upload,
// files.completeUploadExternal). Each knows how to recognise itself in a channel's history, for
// the retry after an attempt with no clear answer.

import type { WebClient } from '@slack/web-api';
import { renderChart } from '../../charts/render-chart.js';
import type { Notice, PostedNotice } from '../../domain/notices.js';
import { rankingChartOf } from '../../domain/ranking-chart-of.js';
import type { Catalog } from '../../i18n/index.js';
import { conversationOf } from '../../outbox/conversation-of.js';
import type { Delivery, RenderContext } from '../../outbox/delivery.js';
import { slackErrorOf } from '../../outbox/delivery-failure.js';
import { keyMetadata, keyOfMetadata } from '../../outbox/message-key.js';
import { makeHandlingReport } from '../../services/figures/make-handling-report.js';
import { makeImportTemplate } from '../../services/imports/make-import-template.js';
import { exportLedger } from '../../services/reports/export-ledger.js';
import { ServiceError } from '../../services/shared/service-error.js';
import { lookUpPersonWith, rememberingPeople } from '../look-up-person.js';
import { plainMessage, type SlackMessage } from '../views/format.js';
import { handlingReportUpload } from '../views/handling-report-file.js';
import { importTemplateUpload } from '../views/import-template-file.js';
import { ledgerUpload } from '../views/ledger-file.js';
import { noticeMessage } from '../views/notice.js';
import { describeServiceProblem } from '../views/problem.js';
import { rankingChartUpload } from '../views/ranking-chart.js';
import { statisticsChartUpload } from '../views/statistics-chart.js';

/** A file shared with a comment, recognised in the channel by its name, which no other file has. */
function fileDelivery(file: { bytes: Buffer; filename: string; title: string; comment: string; altText?: string }): Delivery {
  return {
    async send(client, to) {
      const channel = await conversationOf(client, to);
      if (!channel) throw new Error(`no conversation with ${to} could be opened`);
      const response = await client.filesUploadV2({
        channel_id: channel,
        file: file.bytes,
        filename: file.filename,
        title: file.title,
        ...(file.altText ? { alt_text: file.altText } : {}),
        initial_comment: file.comment,
      });
      const shared = (response.files as Array<{ files?: Array<{ id?: string }> }> | undefined)?.[0]?.files?.[0];
      return { channel, fileId: shared?.id };
    },
    // A shared file carries no metadata: its name is what tells it apart.
    isIn: (message) => message.files?.some((shared) => shared.name === file.filename) ?? false,
  };
}

/** Renders the notice for Slack; throws when this version cannot (the dispatcher then waits for one that can). */
export async function prepareDelivery(catalog: Catalog, key: string, notice: Notice, context: RenderContext): Promise<Delivery> {
  try {
    const file = await fileDeliveryOf(catalog, notice, context);
    if (file) return file;
  } catch (error) {
    // The one who asked may no longer have the right by the time the file is made: they are told
    // so, rather than waiting for a file that never comes.
    if (!(error instanceof ServiceError)) throw error;
    const why = describeServiceProblem(catalog, error.problem);
    return messageDelivery(key, plainMessage(catalog.problem.fileRefused(why)));
  }
  return messageDelivery(key, noticeMessage(catalog, notice as PostedNotice));
}

/** A notice shared as a file, made now; undefined for one posted as a message. */
async function fileDeliveryOf(catalog: Catalog, notice: Notice, context: RenderContext): Promise<Delivery | undefined> {
  if (notice.type === 'ledger_export') {
    const asker = { db: context.db, actor: notice.requestedBy, now: new Date(), timezone: context.timezone };
    const lookUpPerson = rememberingPeople(lookUpPersonWith(context.client), context.db, () => new Date());
    const file = await exportLedger(asker, { catalog, request: notice }, lookUpPerson);
    return fileDelivery({ bytes: file.bytes, ...ledgerUpload(catalog, notice, file) });
  }
  if (notice.type === 'import_template') {
    const asker = { db: context.db, actor: notice.requestedBy, now: new Date(), timezone: context.timezone };
    const file = await makeImportTemplate(asker, { catalog, request: notice });
    // The file's name holds the minute it was asked for, and one request a minute is one message.
    return fileDelivery({ bytes: file.bytes, ...importTemplateUpload(catalog, notice, file) });
  }
  if (notice.type === 'ranking_chart') {
    const upload = rankingChartUpload(catalog, notice);
    const { png } = await renderChart(upload.chart);
    // The chart's name holds the week, and one chart a week goes to a channel.
    return fileDelivery({ bytes: png, filename: upload.filename, title: upload.title, comment: upload.comment, altText: upload.altText });
  }
  if (notice.type === 'handling_report') {
    const asker = { db: context.db, actor: notice.requestedBy, now: new Date(), timezone: context.timezone };
    const report = await makeHandlingReport(asker, { catalog, period: notice.period }, async (period, ranking) => {
      const { chart } = rankingChartUpload(catalog, rankingChartOf(period, ranking));
      return { png: (await renderChart(chart)).png, width: chart.width, height: chart.height };
    });
    return fileDelivery({ bytes: report.bytes, ...handlingReportUpload(catalog, notice, report) });
  }
  if (notice.type === 'statistics_chart') {
    const upload = statisticsChartUpload(catalog, notice);
    const { png } = await renderChart(upload.chart);
    return fileDelivery({ bytes: png, filename: upload.filename, title: upload.title, comment: upload.comment, altText: upload.altText });
  }
  return undefined;
}

/** A message posted under its key (kept in its metadata, so that a delivery can be recognised later). */
function messageDelivery(key: string, message: SlackMessage): Delivery {
  const post = (client: WebClient, channel: string, threadTs: string | undefined) =>
    client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      // The key travels with the message so a delivery can be recognised in the channel later.
      metadata: keyMetadata(key),
    });
  return {
    async send(client, channel, threadTs) {
      try {
        const response = await post(client, channel, threadTs);
        return { ts: response.ts, channel: response.channel, ...(threadTs ? { threadTs } : {}) };
      } catch (error) {
        // The post it followed is gone (deleted, or the channel's history cut): the news still
        // belongs in the channel, at the top level. A refused post was not posted, so this sends once.
        if (!threadTs || !threadRefusals.has(slackErrorOf(error) ?? '')) throw error;
        const response = await post(client, channel, undefined);
        return { ts: response.ts, channel: response.channel };
      }
    },
    isIn: (posted) => keyOfMetadata(posted.metadata) === key,
  };
}

/** Slack's refusals of a reply whose thread cannot take it. */
const threadRefusals = new Set(['thread_not_found', 'invalid_thread_ts', 'cannot_reply_to_message']);
