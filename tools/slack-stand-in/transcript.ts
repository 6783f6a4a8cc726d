import { isRecord } from './block-kit-checks.js';
import { renderBlocks, textOf } from './render-blocks.js';
import type { RecordedCall } from './types.js';

export interface TranscriptOptions {
  /** Display names by user or channel id, e.g. `{ U123: '王主任', C1: '督办群' }`. */
  names?: Record<string, string>;
}

type Label = (id: unknown) => string;
type Rendered = { target: string; body: string };
type CallRenderer = (args: Record<string, unknown>, label: Label, call: RecordedCall) => Rendered;

const RENDERERS: Record<string, CallRenderer> = {
  'chat.postMessage': (args, label) => ({
    target: `${label(args.channel)}${args.thread_ts === undefined ? '' : ` (in thread ${String(args.thread_ts)})`}`,
    body: messageBody(args),
  }),
  'chat.postEphemeral': (args, label) => ({
    target: `${label(args.channel)}, visible only to ${label(args.user)}`,
    body: messageBody(args),
  }),
  'chat.update': (args, label) => ({ target: `${label(args.channel)} (ts ${String(args.ts)})`, body: messageBody(args) }),
  'views.open': (args) => ({ target: 'modal', body: viewBody(args.view) }),
  'views.push': (args) => ({ target: 'modal (pushed)', body: viewBody(args.view) }),
  'views.update': (args) => ({ target: `view ${String(args.view_id ?? args.external_id)}`, body: viewBody(args.view) }),
  'views.publish': (args, label) => ({ target: `Home tab of ${label(args.user_id)}`, body: viewBody(args.view) }),
  response_url: (args, _label, call) => ({ target: responseTarget(args, call), body: responseBody(args) }),
  'files.completeUploadExternal': (args, label) => ({
    target: args.channel_id === undefined ? 'no channel' : label(args.channel_id),
    body: fileBody(args),
  }),
};

/** Markdown of everything the bot showed to people, in order; read-only calls and failed calls are left out. */
export function renderTranscript(calls: RecordedCall[], options: TranscriptOptions = {}): string {
  const label = labeller(options.names ?? {});
  const sections = calls.flatMap((call) => {
    const render = call.ok && Object.hasOwn(RENDERERS, call.method) ? RENDERERS[call.method] : undefined;
    if (render === undefined) return [];
    const { target, body } = render(call.args, label, call);
    return [`### ${call.method} → ${target}${body === '' ? '' : `\n\n${body}`}`];
  });
  return sections.length === 0 ? '' : `${sections.join('\n\n')}\n`;
}

function labeller(names: Record<string, string>): Label {
  return (id) => {
    if (typeof id !== 'string' || id === '') return '(unknown)';
    const name = names[id];
    if (name !== undefined) return `${name} (${id})`;
    // The stand-in's DM ids mirror the user id, so a named user also names their DM.
    const dmUser = id.startsWith('D') ? names[`U${id.slice(1)}`] : undefined;
    return dmUser === undefined ? id : `DM with ${dmUser} (${id})`;
  };
}

function messageBody(args: Record<string, unknown>): string {
  const fromBlocks = renderBlocks(args.blocks);
  const parts = [fromBlocks !== '' ? fromBlocks : typeof args.text === 'string' ? args.text : ''];
  if (Array.isArray(args.attachments)) {
    for (const attachment of args.attachments) {
      if (!isRecord(attachment)) continue;
      const inner = renderBlocks(attachment.blocks) || String(attachment.text ?? attachment.fallback ?? '');
      if (inner !== '')
        parts.push(
          inner
            .split('\n')
            .map((line) => `> ${line}`)
            .join('\n'),
        );
    }
  }
  return parts.filter((p) => p !== '').join('\n\n');
}

function viewBody(view: unknown): string {
  if (!isRecord(view)) return '';
  const title = textOf(view.title);
  const buttons = [view.submit, view.close]
    .map(textOf)
    .filter((t) => t !== '')
    .map((t) => `[${t}]`);
  return [title === '' ? '' : `#### ${title}`, renderBlocks(view.blocks), buttons.join(' ')].filter((p) => p !== '').join('\n\n');
}

function responseTarget(args: Record<string, unknown>, call: RecordedCall): string {
  const id = decodeURIComponent(call.path.replace(/^\/response\//, ''));
  const mode = [args.response_type, args.replace_original === true ? 'replaces original' : undefined]
    .filter((m): m is string => typeof m === 'string')
    .join(', ');
  return `response_url ${id}${mode === '' ? '' : ` (${mode})`}`;
}

function responseBody(args: Record<string, unknown>): string {
  return args.delete_original === true ? '_(deletes the original message)_' : messageBody(args);
}

function fileBody(args: Record<string, unknown>): string {
  const comment = typeof args.initial_comment === 'string' ? args.initial_comment : '';
  const files = Array.isArray(args.uploadedFiles) ? args.uploadedFiles : Array.isArray(args.files) ? args.files : [];
  const lines = files.filter(isRecord).map((file) => {
    const details = [file.name, file.size === undefined ? undefined : `${String(file.size)} bytes`].filter((d) => d !== undefined);
    return `Attached file: **${String(file.title ?? file.name ?? file.id)}**${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
  });
  return [comment, ...lines].filter((p) => p !== '').join('\n\n');
}
