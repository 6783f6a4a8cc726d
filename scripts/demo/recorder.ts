// Writes the demo's transcript, as Markdown and as one self-contained HTML page: each scene's
// commands with the private answers they got, then what the bot sent while the scene's outbox
// drained, as the people saw it (Block Kit drawn roughly as Slack draws it).

import { keyOfMetadata } from '../../src/outbox/message-key.js';
import { renderBlocks } from '../../tools/slack-stand-in/render-blocks.js';
import {
  blocksToHtml,
  callToHtml,
  escapeHtml,
  type FileLookup,
  mrkdwnToHtml,
  transcriptCss,
} from '../../tools/slack-stand-in/render-html.js';
import { renderTranscript } from '../../tools/slack-stand-in/transcript.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';

export class Recorder {
  private readonly parts: string[] = [];
  private readonly pieces: string[] = [];

  constructor(
    private readonly names: Record<string, string>,
    /** The bytes of a file the bot shared, so the page can show a chart in place. */
    private readonly files?: FileLookup,
  ) {}

  private html(text: string): string {
    return mrkdwnToHtml(text, this.names);
  }

  private who(user: string): string {
    return this.names[user] ?? user;
  }

  scene(title: string, note: string): void {
    this.parts.push(`## ${title}\n\n${note}\n`);
    this.pieces.push(`<h2>${escapeHtml(title)}</h2><p class="scene">${this.html(note)}</p>`);
  }

  typed(user: string, text: string, answer: { text?: string; blocks?: unknown[]; response_action?: string }): void {
    const shown = answer.blocks ? renderBlocks(answer.blocks) : (answer.text ?? '');
    const reply = shown
      ? shown
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n')
      : '> （表单已打开）';
    this.parts.push(`**${this.who(user)}** \`${text}\`\n\n${reply}\n`);
    const answered = answer.blocks
      ? blocksToHtml(answer.blocks, this.names)
      : answer.text
        ? this.html(answer.text)
        : '<p class="quiet">（表单已打开）</p>';
    this.pieces.push(
      `<div class="typed"><span class="person">${escapeHtml(this.who(user))}</span> <code>${escapeHtml(this.named(text))}</code>` +
        `<div class="private"><div class="only">只有你能看到</div>${answered}</div></div>`,
    );
  }

  /** One line of a day that needs no more. */
  note(line: string): void {
    this.parts.push(`- ${line}\n`);
    this.pieces.push(`<p class="aside">${this.html(line)}</p>`);
  }

  /** A picture saved beside the transcript; the page carries it within. */
  image(file: string, caption: string, data: Buffer): void {
    this.parts.push(`![${caption}](${encodeURI(file)})\n`);
    const source = `data:image/png;base64,${data.toString('base64')}`;
    this.pieces.push(`<figure><img src="${source}" alt="${escapeHtml(caption)}"><figcaption>${escapeHtml(caption)}</figcaption></figure>`);
  }

  /** What someone did and what came of it: words, or the blocks the bot answered with. */
  did(user: string, what: string, outcome: string | { blocks: unknown }): void {
    const [text, shown] =
      typeof outcome === 'string'
        ? [outcome, this.html(outcome)]
        : [renderBlocks(outcome.blocks), blocksToHtml(outcome.blocks, this.names)];
    this.parts.push(
      `**${this.who(user)}** ${what}\n\n${text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')}\n`,
    );
    this.pieces.push(
      `<div class="typed"><span class="person">${escapeHtml(this.who(user))}</span> ${this.html(what)}<div class="private">${shown}</div></div>`,
    );
  }

  /** What the bot sent; of a day's many messages, the first two of each kind, the rest counted. */
  sent(calls: RecordedCall[]): void {
    const { shown: kept, left } = sample(calls);
    const shown = renderTranscript(kept, { names: this.names });
    if (shown) this.parts.push(`#### 机器人发出的消息\n\n${shown.replace(/^### /gm, '##### ')}`);
    if (left > 0) this.parts.push(`_（另有 ${left} 条同类消息未列出）_\n`);
    const cards = kept.map((call) => callToHtml(call, this.names, this.files)).join('');
    if (cards) this.pieces.push(`<div class="sent"><h4>机器人发出的消息</h4>${cards}</div>`);
    if (left > 0) this.pieces.push(`<p class="quiet">（另有 ${left} 条同类消息未列出）</p>`);
  }

  /** Slack's escaped mentions (as a command carries them) shown as the names people see. */
  private named(text: string): string {
    const name = (id: string) => this.names[id] ?? id;
    return text
      .replace(/<@([UW][A-Z0-9]+)(\|[^>]*)?>/g, (_all, id: string) => `@${name(id)}`)
      .replace(/<#([CG][A-Z0-9]+)(\|[^>]*)?>/g, (_all, id: string) => (name(id).startsWith('#') ? name(id) : `#${name(id)}`));
  }

  /** The transcript as Markdown, mentions shown as names. */
  markdown(header: string): string {
    return this.named(`${header}\n\n${this.parts.join('\n')}`);
  }

  /** The same as one HTML page that needs nothing beside it: styles and pictures within. */
  page(title: string, header: string): string {
    return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${transcriptCss}${pageCss}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p class="scene">${this.html(header)}</p>
${this.pieces.join('\n')}
</main></body></html>
`;
  }
}

const pageCss = `
body{margin:0;background:#f4f4f6;color:#1d1c1d;font:15px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
main{max-width:820px;margin:0 auto;padding:24px 16px 64px}
h1{font-size:24px}h2{font-size:19px;margin-top:40px;padding-top:16px;border-top:2px solid #ddd}h4{color:#616061;font-size:13px;margin:16px 0 4px}
.scene{color:#454245}.aside{margin:4px 0;color:#454245;font-size:14px}.quiet{color:#868686;font-size:13px}
.typed{background:#fff;border-left:4px solid #1264a3;border-radius:4px;padding:8px 12px;margin:12px 0}
.typed .person{font-weight:700}.typed code{background:#f0f0f0;border-radius:3px;padding:1px 4px}
.private{margin-top:6px;padding:6px 10px;background:#fbfbfb;border:1px dashed #d5d5d5;border-radius:6px}
.only{color:#868686;font-size:12px;margin-bottom:4px}
figure{margin:16px 0}figure img{max-width:100%;border:1px solid #ddd;border-radius:6px}figcaption{color:#616061;font-size:13px}
`;

const sampleFrom = 12;
const perKind = 2;

function sample(calls: RecordedCall[]): { shown: RecordedCall[]; left: number } {
  if (calls.length <= sampleFrom) return { shown: calls, left: 0 };
  // Of many, the answers to clicks (response_url) are left out: the transcript tells of the clicks.
  const visible = calls.filter((call) => call.method !== 'response_url');
  const seen = new Map<string, number>();
  const shown = visible.filter((call) => {
    const kind = kindOf(call) ?? call.method;
    const count = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, count);
    return count <= perKind;
  });
  return { shown, left: visible.length - shown.length };
}

/** What kind of message the bot sent (its key's first part); a chart is shared as a file, which carries no key. */
export const kindOf = (call: RecordedCall): string | undefined =>
  call.method === 'files.completeUploadExternal' ? 'weekly-chart' : keyOfMetadata(call.args.metadata)?.split(':')[0];

/** The suggestion a text is about: the first code set in bold, as every notice sets it. */
export const boldCode = (text: string): string => /\*(\S+?)\*/.exec(text)?.[1] ?? '';

/** The suggestion a notice is about. */
export const codeOfMessage = (call: RecordedCall): string => boldCode(JSON.stringify(call.args.blocks ?? ''));

/** The last context line of the bot's answer (what an in-place update says it did), or its text. */
export const firstLine = (answer: RecordedCall | undefined) => {
  const blocks = (answer?.args.blocks ?? []) as Array<{ type: string; text?: { text?: string }; elements?: Array<{ text?: string }> }>;
  const context = blocks.filter((b) => b.type === 'context').at(-1) as { elements?: Array<{ text?: string }> } | undefined;
  return context?.elements?.[0]?.text ?? String(answer?.args.text ?? '');
};

/** A form's sections as text. */
export const renderedView = (view: unknown) => {
  const blocks = (view as { blocks?: Array<{ text?: { text?: string } }> } | undefined)?.blocks ?? [];
  return blocks.map((b) => b.text?.text ?? '').join('\n');
};
