// Small builders for tests that hand Block Kit or recorded Web API calls to the stand-in's renderers and checks.
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';

export const plain = (text: string) => ({ type: 'plain_text', text });
export const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });

/** A Web API call as the stand-in records it: answered ok. */
export function call(method: string, args: Record<string, unknown>, extra: Partial<RecordedCall> = {}): RecordedCall {
  return { method, args, at: 0, ok: true, status: 200, path: `/api/${method}`, ...extra };
}

/** A modal with one input, a submit and a close button: what the renderers are shown as a form. */
export const outcomeModal = {
  type: 'modal',
  title: plain('填写办理情况'),
  submit: plain('提交'),
  close: plain('取消'),
  blocks: [{ type: 'input', label: plain('办理结果'), element: { type: 'plain_text_input' } }],
};
