import { describe, expect, it } from 'vitest';
import { renderTranscript } from '../../../tools/slack-stand-in/transcript.js';
import { call, mrkdwn, outcomeModal, plain } from '../../support/block-kit.js';

describe('renderTranscript', () => {
  it('renders each Block Kit block type as readable Markdown', () => {
    const blocks = [
      { type: 'header', text: plain('逾期提醒') },
      { type: 'section', text: mrkdwn('*第12号建议* 已逾期 <@U1>'), accessory: { type: 'button', text: plain('查看') } },
      { type: 'section', fields: [mrkdwn('*承办单位*\n交通局'), mrkdwn('*期限* 5月1日')] },
      {
        type: 'context',
        elements: [mrkdwn('督办系统'), { type: 'image', image_url: 'https://x/i.png', alt_text: 'logo' }, plain('自动发送')],
      },
      { type: 'divider' },
      {
        type: 'actions',
        elements: [
          { type: 'button', text: plain('已办结'), action_id: 'done' },
          { type: 'static_select', action_id: 'pick', placeholder: plain('改派'), options: [] },
        ],
      },
      { type: 'input', label: plain('说明'), element: { type: 'plain_text_input' } },
      { type: 'image', image_url: 'https://x/chart.png', alt_text: 'chart' },
      { type: 'markdown', text: '**Markdown** block' },
    ];
    const transcript = renderTranscript([call('chat.postMessage', { channel: 'C1', text: 'fallback', blocks })]);
    expect(transcript).toBe(
      [
        '### chat.postMessage → C1',
        '',
        '**逾期提醒**',
        '',
        '*第12号建议* 已逾期 <@U1>\n[查看]',
        '',
        '- *承办单位*\n  交通局\n- *期限* 5月1日',
        '',
        '_督办系统 · logo · 自动发送_',
        '',
        '---',
        '',
        '[已办结] [改派 ▾]',
        '',
        '说明: ____',
        '',
        '![chart](https://x/chart.png)',
        '',
        '**Markdown** block',
        '',
      ].join('\n'),
    );
  });

  it('renders a table block with raw_text and rich_text cells', () => {
    const richCell = {
      type: 'rich_text',
      elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: '逾期', style: { bold: true } }] }],
    };
    const table = {
      type: 'table',
      rows: [
        [
          { type: 'raw_text', text: '编号' },
          { type: 'raw_text', text: '状态' },
        ],
        [{ type: 'raw_text', text: 'A|1' }, richCell],
      ],
    };
    expect(renderTranscript([call('chat.postMessage', { channel: 'C1', blocks: [table] })])).toBe(
      '### chat.postMessage → C1\n\n| 编号 | 状态 |\n| --- | --- |\n| A\\|1 | *逾期* |\n',
    );
  });

  it('renders rich_text sections, lists, quotes and code', () => {
    const block = {
      type: 'rich_text',
      elements: [
        {
          type: 'rich_text_section',
          elements: [
            { type: 'text', text: 'Hi ' },
            { type: 'user', user_id: 'U1' },
          ],
        },
        {
          type: 'rich_text_list',
          style: 'ordered',
          elements: [
            { type: 'rich_text_section', elements: [{ type: 'text', text: 'one' }] },
            { type: 'rich_text_section', elements: [{ type: 'link', url: 'https://x', text: 'two' }] },
          ],
        },
        { type: 'rich_text_quote', elements: [{ type: 'text', text: 'quoted' }] },
        { type: 'rich_text_preformatted', elements: [{ type: 'text', text: 'code' }] },
      ],
    };
    expect(renderTranscript([call('chat.postMessage', { channel: 'C1', blocks: [block] })])).toBe(
      '### chat.postMessage → C1\n\nHi <@U1>\n1. one\n2. <https://x|two>\n> quoted\n```\ncode\n```\n',
    );
  });

  it('uses plain text when there are no blocks, and display names for targets', () => {
    const names = { C1: '督办群', U7: '王主任' };
    const transcript = renderTranscript(
      [
        call('chat.postMessage', { channel: 'C1', text: '大家好' }),
        call('chat.postMessage', { channel: 'D7', text: '私信' }),
        call('chat.postEphemeral', { channel: 'C1', user: 'U7', text: '仅你可见' }),
        call('chat.update', { channel: 'C9', ts: '1.000001', text: '已更新' }),
      ],
      { names },
    );
    expect(transcript).toBe(
      [
        '### chat.postMessage → 督办群 (C1)\n\n大家好',
        '### chat.postMessage → DM with 王主任 (D7)\n\n私信',
        '### chat.postEphemeral → 督办群 (C1), visible only to 王主任 (U7)\n\n仅你可见',
        '### chat.update → C9 (ts 1.000001)\n\n已更新\n',
      ].join('\n\n'),
    );
  });

  it('leaves out read-only calls, upload plumbing and calls that failed', () => {
    const transcript = renderTranscript([
      call('auth.test', {}),
      call('conversations.history', { channel: 'C1' }),
      call('users.info', { user: 'U1' }),
      call('files.getUploadURLExternal', { filename: 'a.csv', length: '3' }),
      call('file_upload', { file_id: 'F1', uploadedBytes: 3 }),
      call('chat.postMessage', { channel: 'C1', text: 'refused' }, { ok: false, error: 'invalid_blocks' }),
    ]);
    expect(transcript).toBe('');
  });

  it('renders modals with their title as a heading and home tabs with their owner', () => {
    const view = outcomeModal;
    const home = { type: 'home', blocks: [{ type: 'section', text: mrkdwn('我的督办') }] };
    const transcript = renderTranscript(
      [call('views.open', { trigger_id: 't', view }), call('views.publish', { user_id: 'U7', view: home })],
      { names: { U7: '王主任' } },
    );
    expect(transcript).toBe(
      [
        '### views.open → modal\n\n#### 填写办理情况\n\n办理结果: ____\n\n[提交] [取消]',
        '### views.publish → Home tab of 王主任 (U7)\n\n我的督办\n',
      ].join('\n\n'),
    );
  });

  it('renders response_url posts with their id and mode', () => {
    const transcript = renderTranscript([
      call('response_url', { response_type: 'ephemeral', text: '已收到' }, { path: '/response/cmd-1' }),
      call('response_url', { delete_original: true }, { path: '/response/act%202' }),
    ]);
    expect(transcript).toBe(
      [
        '### response_url → response_url cmd-1 (ephemeral)\n\n已收到',
        '### response_url → response_url act 2\n\n_(deletes the original message)_\n',
      ].join('\n\n'),
    );
  });

  it('renders file uploads with comment, title, name and size', () => {
    const args = {
      channel_id: 'C1',
      initial_comment: '本周督办情况',
      files: [{ id: 'F1', title: '周报' }],
      uploadedBytes: 120,
      uploadedFiles: [{ id: 'F1', title: '周报', name: 'report.csv', size: 120 }],
    };
    expect(renderTranscript([call('files.completeUploadExternal', args)], { names: { C1: '督办群' } })).toBe(
      '### files.completeUploadExternal → 督办群 (C1)\n\n本周督办情况\n\nAttached file: **周报** (report.csv, 120 bytes)\n',
    );
  });
});
