// Writes the demo's transcript: each scene's commands with the private answers they got, then
// everything the bot sent while the scene's outbox drained, as the people saw it.
import { renderBlocks } from '../slack-stand-in/render-blocks.js';
import { renderTranscript } from '../slack-stand-in/transcript.js';
import type { RecordedCall } from '../slack-stand-in/types.js';

export class Recorder {
  private readonly parts: string[] = [];

  constructor(private readonly names: Record<string, string>) {}

  scene(title: string, note: string): void {
    this.parts.push(`## ${title}\n\n${note}\n`);
  }

  typed(user: string, text: string, answer: { text?: string; blocks?: unknown[]; response_action?: string }): void {
    const who = this.names[user] ?? user;
    const shown = answer.blocks ? renderBlocks(answer.blocks) : (answer.text ?? '');
    const reply = shown ? shown.split('\n').map((line) => `> ${line}`).join('\n') : '> （表单已打开）';
    this.parts.push(`**${who}** \`${text}\`\n\n${reply}\n`);
  }

  /** One line of a day that needs no more. */
  note(line: string): void {
    this.parts.push(`- ${line}`);
  }

  /** A picture saved beside the transcript. */
  image(file: string, caption: string): void {
    this.parts.push(`![${caption}](${encodeURI(file)})\n`);
  }

  did(user: string, what: string, outcome: string): void {
    this.parts.push(`**${this.names[user] ?? user}** ${what}\n\n${outcome.split('\n').map((line) => `> ${line}`).join('\n')}\n`);
  }

  sent(calls: RecordedCall[]): void {
    const shown = renderTranscript(calls, { names: this.names });
    if (shown) this.parts.push(`#### 机器人发出的消息\n\n${shown.replace(/^### /gm, '##### ')}`);
  }

  /** The transcript, with Slack's escaped mentions shown as the names people see. */
  markdown(header: string): string {
    const name = (id: string) => this.names[id] ?? id;
    return `${header}\n\n${this.parts.join('\n')}`
      .replace(/<@([UW][A-Z0-9]+)(\|[^>]*)?>/g, (_all, id: string) => `@${name(id)}`)
      .replace(/<#([CG][A-Z0-9]+)(\|[^>]*)?>/g, (_all, id: string) => name(id).startsWith('#') ? name(id) : `#${name(id)}`);
  }
}

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
