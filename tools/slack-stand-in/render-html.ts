// HTML counterpart of render-blocks.ts and transcript.ts: what the bot showed people, drawn roughly as
// Slack draws it, for the offline demo's HTML transcript. Everything from a recorded call is escaped;
// only tags this file writes itself reach the page.
import { isRecord, list } from './block-kit-checks.js';
import { textOf } from './render-blocks.js';
import type { RecordedCall } from './types.js';

/** Display names by user or channel id, e.g. { U123: '王主任', C1: '#督办群' }. */
export type Names = Record<string, string>;

/** The bytes of a file the bot shared, by its id. */
export type FileLookup = (fileId: string) => { filename: string; data: Buffer } | undefined;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SLACK_UNESCAPES: Record<string, string> = { amp: '&', lt: '<', gt: '>' };
const LINKABLE = /^(https?:\/\/|mailto:)/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const IMAGE_SOURCE = /^(https?:\/\/|data:image\/(png|jpe?g|gif|webp|svg\+xml)[;,])/i;
const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
};
const ATTACHMENT_COLORS: Record<string, string> = { good: '#2eb886', warning: '#daa038', danger: '#a30200' };

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** The <style> sheet the cards and blocks need; the page embeds it once. */
export const transcriptCss = `
.card{font:15px/1.46 -apple-system,BlinkMacSystemFont,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;
  color:#1d1c1d;background:#fff;border:1px solid #e2e2e2;border-radius:8px;margin:12px 0;max-width:760px;overflow:hidden}
.card .to{background:#f8f8f8;border-bottom:1px solid #eee;padding:6px 12px;font-size:13px;font-weight:600}
.card .method{color:#999;font:11px ui-monospace,Menlo,Consolas,monospace;margin-left:6px}
.card .body{padding:10px 12px;display:flex;flex-direction:column;gap:8px}
.bk{display:flex;flex-direction:column;gap:8px}
.bk h4{margin:0;font-size:18px}
.bk hr{border:0;border-top:1px solid #ddd;margin:2px 0;width:100%}
.sec{display:flex;gap:12px;justify-content:space-between;align-items:flex-start}
.fields{display:grid;grid-template-columns:1fr 1fr;gap:4px 16px;margin-top:4px}
.ctx{color:#616061;font-size:12px;display:flex;flex-wrap:wrap;gap:4px;align-items:center}
.ctx img{width:16px;height:16px;border-radius:3px}
.actions{display:flex;flex-wrap:wrap;gap:8px}
.btn,.pill{display:inline-block;border:1px solid #bbb;border-radius:4px;padding:2px 12px;font-size:14px;white-space:nowrap}
.btn{font-weight:600;background:#fff}
.btn.primary{background:#007a5a;border-color:#007a5a;color:#fff}
.btn.danger{background:#e01e5a;border-color:#e01e5a;color:#fff}
.pill{background:#f4f4f4;color:#555}
.label{font-weight:700;margin-bottom:4px}
.opt{color:#888;font-weight:400}
.box{border:1px solid #bbb;border-radius:4px;padding:6px 8px;min-height:20px;color:#888}
.box.tall{min-height:60px}
.box .val{color:#1d1c1d}
.choice{margin:2px 0}
.mention{background:#e8f5fa;color:#1264a3;border-radius:3px;padding:0 2px}
.card a,.bk a{color:#1264a3;text-decoration:none}
.att{border-left:4px solid #ddd;padding-left:10px}
figure.img{margin:0}
img.pic{max-width:100%;border-radius:6px}
img.thumb{width:72px;height:72px;object-fit:cover;border-radius:6px}
.card pre,.bk pre{background:#f8f8f8;border:1px solid #e2e2e2;border-radius:4px;padding:8px;margin:4px 0;white-space:pre-wrap;
  font:12px/1.5 ui-monospace,Menlo,Consolas,monospace}
.card code,.bk code{color:#c01343;background:#f6f6f6;border:1px solid #e2e2e2;border-radius:3px;padding:0 3px;font-size:12px}
.card blockquote,.bk blockquote{border-left:4px solid #ddd;margin:4px 0;padding-left:10px}
.rl{margin:0;padding-left:1.5em}
.tbl{border-collapse:collapse}
.tbl th,.tbl td{border:1px solid #ddd;padding:4px 8px;text-align:left}
.tbl th{background:#f4f4f4}
.unsup,.note{color:#888;font-size:12px;font-style:italic}
.modal{border:1px solid #ddd;border-radius:8px;max-width:520px;box-shadow:0 2px 8px rgba(0,0,0,.12)}
.modal .mt{font-weight:700;font-size:18px;padding:10px 16px;border-bottom:1px solid #eee}
.modal .mb{padding:12px 16px}
.modal .mf{display:flex;justify-content:flex-end;gap:8px;padding:10px 16px;border-top:1px solid #eee}
.home{border:1px dashed #ccc;border-radius:8px;padding:12px}
.file:not(.box){display:inline-block;border:1px solid #ddd;border-radius:6px;padding:6px 10px}
`;

// ---------------------------------------------------------------------------------------------
// mrkdwn

// Private-use characters never survive into the text being formatted (they are stripped first), so
// they can mark spans already turned into HTML, where formatting markers must not fire.
const SLOT = /\uE000(\d+)\uE001/g;

class Slots {
  private readonly held: string[] = [];

  hold(html: string): string {
    this.held.push(html);
    return `\uE000${this.held.length - 1}\uE001`;
  }

  restore(text: string): string {
    return text.replace(SLOT, (_all, index: string) => this.restore(this.held[Number(index)] ?? ''));
  }
}

/** Slack mrkdwn (as in a section's text) as safe HTML. */
export function mrkdwnToHtml(text: string, names: Names): string {
  const slots = new Slots();
  const held = text
    .replace(/[\uE000\uE001]/g, '')
    .replace(/<([^<>\n]*)>/g, (raw, inner: string) => slots.hold(tokenHtml(inner, raw, names)))
    .replace(/```\n?([\s\S]*?)\n?```/g, (_all, code: string) => slots.hold(`<pre>${slackTextHtml(code)}</pre>`))
    .replace(/`([^`\n]+)`/g, (_all, code: string) => slots.hold(`<code>${slackTextHtml(code)}</code>`));
  const html = joinLines(slackTextHtml(held).split('\n').map(formatLine));
  // <pre> is a block already; a <br> beside it would add a blank line Slack does not show.
  return slots.restore(html).replace(/<br>(?=<pre>)|(?<=<\/pre>)<br>/g, '');
}

/** Slack text escapes only & < >; undoing that before escaping for HTML escapes everything exactly once. */
function slackTextHtml(text: string): string {
  return escapeHtml(decodeSlack(text));
}

function decodeSlack(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (entity, name: string) => SLACK_UNESCAPES[name] ?? entity);
}

function tokenHtml(inner: string, raw: string, names: Names): string {
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? undefined : decodeSlack(inner.slice(bar + 1));
  if (target.startsWith('@')) return mention(`@${userName(target.slice(1), names, label)}`);
  if (target.startsWith('#')) return mention(channelName(target.slice(1), names, label));
  if (target.startsWith('!')) return specialHtml(target.slice(1), label);
  // Raw < > that are not Slack tokens (a careless bot's "<b>") show as typed.
  return linkHtml(decodeSlack(target), label) ?? slackTextHtml(raw);
}

function specialHtml(command: string, label: string | undefined): string {
  // A date token's label is its fallback text, which reads as plain text, not as a mention.
  if (command.startsWith('date^')) return escapeHtml(label ?? command.split('^')[1] ?? '');
  if (command.startsWith('subteam^')) return mention(`@${(label ?? command.slice('subteam^'.length)).replace(/^@/, '')}`);
  return mention(`@${(label ?? command).replace(/^@/, '')}`);
}

/** A link for http(s)/mailto URLs; the words alone for other schemes; undefined when it is no URL at all. */
function linkHtml(url: string, label: string | undefined): string | undefined {
  const words = label ?? url.replace(/^mailto:/i, '');
  if (LINKABLE.test(url)) return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(words)}</a>`;
  return HAS_SCHEME.test(url) ? escapeHtml(words) : undefined;
}

function mention(text: string): string {
  return `<span class="mention">${escapeHtml(text)}</span>`;
}

function userName(id: string, names: Names, label?: string): string {
  return (names[id] ?? label ?? id).replace(/^@/, '');
}

function channelName(id: string, names: Names, label?: string): string {
  return `#${(names[id] ?? label ?? id).replace(/^#/, '')}`;
}

// Slack bolds `*加粗*` between CJK characters, so markers need no surrounding spaces; they only may
// not sit against whitespace on their inner side. Underscores inside ASCII words (snake_case) stay.
const BOLD = /\*(?=\S)([^*\n]+?)(?<=\S)\*/g;
const ITALIC = /(?<![A-Za-z0-9_])_(?=\S)([^_\n]+?)(?<=\S)_(?![A-Za-z0-9_])/g;
const STRIKE = /~(?=\S)([^~\n]+?)(?<=\S)~/g;

function formatLine(line: string): string {
  return line.replace(BOLD, '<b>$1</b>').replace(ITALIC, '<i>$1</i>').replace(STRIKE, '<s>$1</s>');
}

/** Joins escaped lines with <br>, gathering `>` lines (and everything after `>>>`) into blockquotes. */
function joinLines(lines: string[]): string {
  const parts: { html: string; block: boolean }[] = [];
  let quoted: string[] = [];
  const flushQuote = () => {
    if (quoted.length > 0) parts.push({ html: `<blockquote>${quoted.join('<br>')}</blockquote>`, block: true });
    quoted = [];
  };
  for (const [i, line] of lines.entries()) {
    const rest = /^&gt;&gt;&gt; ?/.exec(line);
    if (rest !== null) {
      quoted.push(line.slice(rest[0].length), ...lines.slice(i + 1));
      break;
    }
    const single = /^&gt; ?/.exec(line);
    if (single !== null) {
      quoted.push(line.slice(single[0].length));
      continue;
    }
    flushQuote();
    parts.push({ html: line, block: false });
  }
  flushQuote();
  return parts.map((part, i) => (i > 0 && !part.block && !parts[i - 1]?.block ? `<br>${part.html}` : part.html)).join('');
}

// ---------------------------------------------------------------------------------------------
// Block Kit

type BlockRenderer = (block: Record<string, unknown>, names: Names) => string;

const BLOCKS: Record<string, BlockRenderer> = {
  header: (block) => `<h4>${plainHtml(textOf(block.text))}</h4>`,
  section: sectionHtml,
  divider: () => '<hr>',
  context: contextHtml,
  actions: (block, names) =>
    `<div class="actions">${list(block.elements)
      .map((e) => elementHtml(e, names))
      .join('')}</div>`,
  input: inputHtml,
  image: imageBlockHtml,
  rich_text: (block, names) => `<div class="rt">${richTextHtml(block.elements, names)}</div>`,
  table: tableHtml,
  markdown: (block, names) => (typeof block.text === 'string' ? `<div class="md">${markdownHtml(block.text, names)}</div>` : ''),
};

/** Block Kit blocks (a message's or a view's) as HTML. */
export function blocksToHtml(blocks: unknown, names: Names): string {
  if (!Array.isArray(blocks)) return '';
  const parts = blocks.map((block) => blockHtml(block, names)).filter((part) => part !== '');
  return parts.length === 0 ? '' : `<div class="bk">${parts.join('\n')}</div>`;
}

function blockHtml(block: unknown, names: Names): string {
  if (!isRecord(block)) return '';
  const type = typeof block.type === 'string' ? block.type : '';
  const render = Object.hasOwn(BLOCKS, type) ? BLOCKS[type] : undefined;
  return render !== undefined ? render(block, names) : `<div class="unsup">(unsupported block: ${escapeHtml(String(block.type))})</div>`;
}

/** A composition text object: mrkdwn formatted, plain_text as typed. */
function textHtml(value: unknown, names: Names): string {
  if (!isRecord(value) || typeof value.text !== 'string') return '';
  return value.type === 'mrkdwn' ? mrkdwnToHtml(value.text, names) : plainHtml(value.text);
}

function plainHtml(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

function sectionHtml(block: Record<string, unknown>, names: Names): string {
  const text = block.text === undefined ? '' : `<div>${textHtml(block.text, names)}</div>`;
  const fields = list(block.fields).map((field) => `<div>${textHtml(field, names)}</div>`);
  const grid = fields.length === 0 ? '' : `<div class="fields">${fields.join('')}</div>`;
  const accessory = block.accessory === undefined ? '' : `<div class="acc">${elementHtml(block.accessory, names)}</div>`;
  return `<div class="sec"><div>${text}${grid}</div>${accessory}</div>`;
}

function contextHtml(block: Record<string, unknown>, names: Names): string {
  const parts = list(block.elements)
    .map((element) => (isRecord(element) && element.type === 'image' ? imageHtml(element, 'icon') : textHtml(element, names)))
    .filter((part) => part !== '');
  return parts.length === 0 ? '' : `<div class="ctx">${parts.join(' ')}</div>`;
}

function inputHtml(block: Record<string, unknown>, names: Names): string {
  const optional = block.optional === true ? ' <span class="opt">（可选）</span>' : '';
  const hint = block.hint === undefined ? '' : `<div class="ctx">${textHtml(block.hint, names)}</div>`;
  const label = `<div class="label">${textHtml(block.label, names)}${optional}</div>`;
  return `<div class="input">${label}${elementHtml(block.element, names)}${hint}</div>`;
}

function imageBlockHtml(block: Record<string, unknown>, names: Names): string {
  const title = block.title === undefined ? '' : `<div class="label">${textHtml(block.title, names)}</div>`;
  return `<figure class="img">${title}${imageHtml(block, 'pic')}</figure>`;
}

/** An image block or element; a URL an <img> should not load shows as its alt text instead. */
function imageHtml(image: Record<string, unknown>, kind: 'pic' | 'thumb' | 'icon'): string {
  const slackFile = isRecord(image.slack_file) ? image.slack_file.url : undefined;
  const url = typeof image.image_url === 'string' ? image.image_url : typeof slackFile === 'string' ? slackFile : '';
  const alt = typeof image.alt_text === 'string' ? image.alt_text : '';
  if (!IMAGE_SOURCE.test(url)) return `<span class="unsup">[${escapeHtml(alt !== '' ? alt : '图片')}]</span>`;
  return `<img class="${kind}" src="${escapeHtml(url)}" alt="${escapeHtml(alt)}" title="${escapeHtml(alt)}">`;
}

// ---------------------------------------------------------------------------------------------
// Interactive elements: drawn, not working, so a reader sees what the person could click.

function elementHtml(element: unknown, names: Names): string {
  if (!isRecord(element)) return '';
  switch (element.type) {
    case 'button':
      return buttonHtml(textOf(element.text), element.style);
    case 'image':
      return imageHtml(element, 'thumb');
    case 'overflow':
      return '<span class="btn">⋯</span>';
    case 'checkboxes':
    case 'radio_buttons':
      return choicesHtml(element, names);
    case 'plain_text_input':
    case 'number_input':
    case 'email_input':
    case 'url_input':
    case 'rich_text_input':
      return textBoxHtml(element);
    case 'file_input':
      return fileBoxHtml(element.filetypes);
    default:
      return `<span class="pill">${escapeHtml(chosenText(element, names) ?? pickerPrompt(element))} ▾</span>`;
  }
}

function buttonHtml(label: string, style: unknown): string {
  const kind = style === 'primary' || style === 'danger' ? ` ${style}` : '';
  return `<span class="btn${kind}">${escapeHtml(label)}</span>`;
}

function textBoxHtml(element: Record<string, unknown>): string {
  const tall = element.multiline === true ? ' tall' : '';
  const value = typeof element.initial_value === 'string' ? element.initial_value : '';
  const shown = value !== '' ? `<span class="val">${plainHtml(value)}</span>` : plainHtml(textOf(element.placeholder));
  return `<div class="box${tall}">${shown}</div>`;
}

function fileBoxHtml(filetypes: unknown): string {
  const types = list(filetypes).filter((t): t is string => typeof t === 'string');
  return `<div class="box file">选择文件${types.length === 0 ? '' : ` (${escapeHtml(types.join(', '))})`}</div>`;
}

function choicesHtml(element: Record<string, unknown>, names: Names): string {
  const radio = element.type === 'radio_buttons';
  const chosen = new Set([element.initial_option, ...list(element.initial_options)].filter(isRecord).map((o) => String(o.value)));
  const rows = list(element.options)
    .filter(isRecord)
    .map((option) => {
      const mark = chosen.has(String(option.value)) ? (radio ? '◉' : '☑') : radio ? '○' : '☐';
      const note = option.description === undefined ? '' : ` <span class="opt">${textHtml(option.description, names)}</span>`;
      return `<div class="choice">${mark} ${textHtml(option.text, names)}${note}</div>`;
    });
  return `<div class="choices">${rows.join('')}</div>`;
}

/** What a select or picker already shows, as plain text, when it starts with a value. */
function chosenText(element: Record<string, unknown>, names: Names): string | undefined {
  const options = [element.initial_option, ...list(element.initial_options)].filter(isRecord).map((o) => textOf(o.text));
  const users = [element.initial_user, ...list(element.initial_users)].filter(isText).map((id) => userName(id, names));
  const conversations = [
    element.initial_channel,
    element.initial_conversation,
    ...list(element.initial_channels),
    ...list(element.initial_conversations),
  ]
    .filter(isText)
    .map((id) => channelName(id, names));
  const moments = [element.initial_date, element.initial_time].filter(isText);
  const shown = [...options, ...users, ...conversations, ...moments].filter((text) => text !== '');
  return shown.length === 0 ? undefined : shown.join(', ');
}

function pickerPrompt(element: Record<string, unknown>): string {
  const placeholder = textOf(element.placeholder);
  if (placeholder !== '') return placeholder;
  if (element.type === 'datepicker') return '选择日期';
  if (element.type === 'timepicker') return '选择时间';
  return String(element.type ?? '请选择');
}

// ---------------------------------------------------------------------------------------------
// Rich text and tables

function richTextHtml(elements: unknown, names: Names): string {
  return list(elements)
    .map((element) => richElementHtml(element, names))
    .join('');
}

function richElementHtml(element: unknown, names: Names): string {
  if (!isRecord(element)) return '';
  switch (element.type) {
    case 'rich_text_section':
      return `<div>${lineHtml(element.elements, names) || '<br>'}</div>`;
    case 'rich_text_list':
      return richListHtml(element, names);
    case 'rich_text_preformatted':
      return `<pre>${list(element.elements)
        .map((e) => inlineHtml(e, names, true))
        .join('')}</pre>`;
    case 'rich_text_quote':
      return `<blockquote>${lineHtml(element.elements, names)}</blockquote>`;
    default:
      return '';
  }
}

/** Inline elements, less the trailing newline Slack ends a section with before the next block. */
function lineHtml(elements: unknown, names: Names): string {
  return list(elements)
    .map((e) => inlineHtml(e, names, false))
    .join('')
    .replace(/<br>$/, '');
}

const BULLETS = ['disc', 'circle', 'square'];
const NUMBERINGS = ['decimal', 'lower-alpha', 'lower-roman'];

function richListHtml(element: Record<string, unknown>, names: Names): string {
  const ordered = element.style === 'ordered';
  const tag = ordered ? 'ol' : 'ul';
  // Slack sends nesting as flat lists with an indent level, so indentation is drawn, not nested.
  const indent = Math.min(8, Math.max(0, Math.trunc(Number(element.indent ?? 0)) || 0));
  const marker = (ordered ? NUMBERINGS : BULLETS)[indent % 3] ?? 'disc';
  const offset = Math.max(0, Math.trunc(Number(element.offset ?? 0)) || 0);
  const start = ordered && offset > 0 ? ` start="${offset + 1}"` : '';
  const items = list(element.elements).map((item) => `<li>${isRecord(item) ? lineHtml(item.elements, names) : ''}</li>`);
  return `<${tag} class="rl"${start} style="margin-left:${indent * 1.5}em;list-style-type:${marker}">${items.join('')}</${tag}>`;
}

function inlineHtml(element: unknown, names: Names, preformatted: boolean): string {
  if (!isRecord(element)) return '';
  const text = typeof element.text === 'string' ? element.text : undefined;
  switch (element.type) {
    case 'text':
      return styled(preformatted ? escapeHtml(text ?? '') : plainHtml(text ?? ''), element.style);
    case 'link': {
      const url = typeof element.url === 'string' ? element.url : '';
      return styled(linkHtml(url, text) ?? escapeHtml(text ?? url), element.style);
    }
    case 'emoji':
      return `:${escapeHtml(String(element.name ?? ''))}:`;
    case 'user':
      return mention(`@${userName(String(element.user_id ?? ''), names)}`);
    case 'channel':
      return mention(channelName(String(element.channel_id ?? ''), names));
    case 'usergroup':
      return mention(`@${String(element.usergroup_id ?? '')}`);
    case 'broadcast':
      return mention(`@${String(element.range ?? 'here')}`);
    case 'date':
      return escapeHtml(String(element.fallback ?? element.timestamp ?? ''));
    case 'color':
      return escapeHtml(String(element.value ?? ''));
    default:
      return '';
  }
}

function styled(html: string, style: unknown): string {
  if (!isRecord(style)) return html;
  let out = html;
  if (style.code === true) out = `<code>${out}</code>`;
  if (style.bold === true) out = `<b>${out}</b>`;
  if (style.italic === true) out = `<i>${out}</i>`;
  if (style.strike === true) out = `<s>${out}</s>`;
  return out;
}

function tableHtml(block: Record<string, unknown>, names: Names): string {
  const rows = list(block.rows).map(list);
  if (rows.length === 0) return '';
  const aligns = list(block.column_settings).map((s) =>
    isRecord(s) && (s.align === 'center' || s.align === 'right') ? s.align : undefined,
  );
  const row = (cells: unknown[], tag: 'th' | 'td') =>
    `<tr>${cells.map((cell, i) => `<${tag}${aligns[i] === undefined ? '' : ` style="text-align:${aligns[i]}"`}>${cellHtml(cell, names)}</${tag}>`).join('')}</tr>`;
  return `<table class="tbl">${rows.map((cells, i) => row(cells, i === 0 ? 'th' : 'td')).join('')}</table>`;
}

function cellHtml(cell: unknown, names: Names): string {
  if (!isRecord(cell)) return '';
  return cell.type === 'rich_text' ? richTextHtml(cell.elements, names) : plainHtml(textOf(cell));
}

/**
 * A markdown block holds standard Markdown, not mrkdwn. Escaping it the way Slack escapes text and
 * turning the commonest Markdown forms into their mrkdwn twins lets the mrkdwn renderer draw it.
 */
function markdownHtml(text: string, names: Names): string {
  const asMrkdwn = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\[([^\]\n|]+)\]\(([^)\s|]+)\)/g, '<$2|$1>')
    .replace(/\*\*([^*\n]+)\*\*/g, '*$1*')
    .replace(/~~([^~\n]+)~~/g, '~$1~')
    .replace(/^#{1,6} +(.+)$/gm, '*$1*');
  return mrkdwnToHtml(asMrkdwn, names);
}

// ---------------------------------------------------------------------------------------------
// Recorded calls

type Card = { to: string; body: string };
type CardRenderer = (args: Record<string, unknown>, names: Names, files: FileLookup | undefined) => Card;

const CARDS: Record<string, CardRenderer> = {
  'chat.postMessage': (args, names) => ({
    to: `${destination(args.channel, names)}${args.thread_ts === undefined ? '' : '（话题中回复）'}`,
    body: messageHtml(args, names),
  }),
  'chat.postEphemeral': (args, names) => ({
    to: `${destination(args.channel, names)}（仅 ${userName(String(args.user ?? ''), names)} 可见）`,
    body: messageHtml(args, names),
  }),
  'chat.update': (args, names) => ({ to: `${destination(args.channel, names)}（已更新）`, body: messageHtml(args, names) }),
  'views.open': (args, names) => ({ to: '弹窗', body: viewHtml(args.view, names) }),
  'views.push': (args, names) => ({ to: '弹窗（叠加）', body: viewHtml(args.view, names) }),
  'views.update': (args, names) => ({ to: '弹窗（已更新）', body: viewHtml(args.view, names) }),
  'views.publish': (args, names) => ({ to: `${userName(String(args.user_id ?? ''), names)} 的主页`, body: viewHtml(args.view, names) }),
  response_url: (args, names) => ({
    to: responseAudience(args),
    body: args.delete_original === true ? '<div class="note">（原消息已删除）</div>' : messageHtml(args, names),
  }),
  'files.completeUploadExternal': (args, names, files) => ({
    to: args.channel_id === undefined ? '（未分享到频道）' : destination(args.channel_id, names),
    body: fileShareHtml(args, names, files),
  }),
};

/** One recorded Web API call as an HTML card (who it went to, what they saw), or '' for calls that show nothing (read-only or failed calls). */
export function callToHtml(call: RecordedCall, names: Names, files?: FileLookup): string {
  const render = call.ok && Object.hasOwn(CARDS, call.method) ? CARDS[call.method] : undefined;
  if (render === undefined) return '';
  const { to, body } = render(call.args, names, files);
  const head = `<div class="to">→ ${escapeHtml(to)} <span class="method">${escapeHtml(call.method)}</span></div>`;
  return `<div class="card">${head}${body === '' ? '' : `<div class="body">${body}</div>`}</div>`;
}

/** Where a message went, as people name it: a channel, or a DM with someone. */
function destination(id: unknown, names: Names): string {
  if (typeof id !== 'string' || id === '') return '（未知）';
  // The stand-in posts DMs to the user id itself, and its D ids mirror the user's U id.
  if (/^[UW]/.test(id)) return `私信 ${userName(id, names)}`;
  if (id.startsWith('D')) return `私信 ${names[`U${id.slice(1)}`] ?? names[id] ?? id}`;
  return channelName(id, names);
}

function responseAudience(args: Record<string, unknown>): string {
  if (args.delete_original === true) return '删除原消息';
  if (args.replace_original === true) return '替换原消息';
  return args.response_type === 'in_channel' ? '频道内所有人' : '只有你能看到';
}

/** Blocks when there are any, else the text; attachments follow as side-barred parts. */
function messageHtml(args: Record<string, unknown>, names: Names): string {
  const fromBlocks = blocksToHtml(args.blocks, names);
  const main = fromBlocks !== '' ? fromBlocks : typeof args.text === 'string' ? mrkdwnToHtml(args.text, names) : '';
  const attachments = list(args.attachments)
    .filter(isRecord)
    .map((a) => attachmentHtml(a, names));
  return [main, ...attachments].filter((part) => part !== '').join('\n');
}

function attachmentHtml(attachment: Record<string, unknown>, names: Names): string {
  const fromBlocks = blocksToHtml(attachment.blocks, names);
  const text = [attachment.text, attachment.fallback].find(isText) ?? '';
  const inner = fromBlocks !== '' ? fromBlocks : text === '' ? '' : mrkdwnToHtml(text, names);
  if (inner === '') return '';
  const color = typeof attachment.color === 'string' ? (ATTACHMENT_COLORS[attachment.color] ?? attachment.color) : '';
  const bar = /^#[0-9a-f]{3,8}$/i.test(color) ? ` style="border-left-color:${color}"` : '';
  return `<div class="att"${bar}>${inner}</div>`;
}

function viewHtml(view: unknown, names: Names): string {
  if (!isRecord(view)) return '';
  const blocks = blocksToHtml(view.blocks, names);
  if (view.type === 'home') return `<div class="home">${blocks}</div>`;
  const buttons = [textOf(view.close), textOf(view.submit)].flatMap((label, i) =>
    label === '' ? [] : [buttonHtml(label, i === 1 ? 'primary' : undefined)],
  );
  const foot = buttons.length === 0 ? '' : `<div class="mf">${buttons.join('')}</div>`;
  return `<div class="modal"><div class="mt">${plainHtml(textOf(view.title))}</div><div class="mb">${blocks}</div>${foot}</div>`;
}

function fileShareHtml(args: Record<string, unknown>, names: Names, files: FileLookup | undefined): string {
  const comment = typeof args.initial_comment === 'string' ? `<div>${mrkdwnToHtml(args.initial_comment, names)}</div>` : '';
  const entries = Array.isArray(args.uploadedFiles) ? args.uploadedFiles : list(args.files);
  return [comment, ...entries.filter(isRecord).map((file) => fileHtml(file, files))].filter((part) => part !== '').join('\n');
}

/** A shared picture is drawn inline, as Slack previews it; any other file is a named attachment. */
function fileHtml(file: Record<string, unknown>, files: FileLookup | undefined): string {
  const id = isText(file.id) ? file.id : undefined;
  const stored = id === undefined ? undefined : files?.(id);
  const name = [file.name, stored?.filename, file.title, id].find(isText) ?? '文件';
  const mime = stored === undefined ? undefined : IMAGE_TYPES[/\.([a-z]+)$/i.exec(stored.filename)?.[1]?.toLowerCase() ?? ''];
  if (stored !== undefined && mime !== undefined) {
    const title = isText(file.title) ? `<div class="label">${escapeHtml(file.title)}</div>` : '';
    return `<figure class="img">${title}<img class="pic" src="data:${mime};base64,${stored.data.toString('base64')}" alt="${escapeHtml(name)}"></figure>`;
  }
  const bytes = typeof file.size === 'number' ? file.size : stored?.data.length;
  return `<div class="file">📎 ${escapeHtml(name)}${bytes === undefined ? '' : ` (${Math.ceil(bytes / 1024)} KB)`}</div>`;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
