import { describe, expect, it } from 'vitest';
import {
  blocksToHtml,
  callToHtml,
  escapeHtml,
  mrkdwnToHtml,
  type Names,
  transcriptCss,
} from '../../../tools/slack-stand-in/render-html.js';
import { call, mrkdwn, outcomeModal, plain } from '../../support/block-kit.js';

const names: Names = { U1: '王主任', U7: '李经办', C1: '#督办群', C2: '省水利厅' };
const md = (text: string) => mrkdwnToHtml(text, names);
const blocks = (...list: unknown[]) => blocksToHtml(list, names);

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('mrkdwnToHtml', () => {
  it('bolds, italicises and strikes', () => {
    expect(md('*粗* _斜_ ~删~')).toBe('<b>粗</b> <i>斜</i> <s>删</s>');
  });

  it('bolds between CJK characters without spaces, as Slack does', () => {
    expect(md('第12号建议*已逾期*请尽快办理')).toBe('第12号建议<b>已逾期</b>请尽快办理');
    expect(md('办理中_待答复_件')).toBe('办理中<i>待答复</i>件');
  });

  it('matches markers minimally on one line only', () => {
    expect(md('*一* 和 *二*')).toBe('<b>一</b> 和 <b>二</b>');
    expect(md('*跨\n行*')).toBe('*跨<br>行*');
    expect(md('5 * 3 * 2')).toBe('5 * 3 * 2');
  });

  it('leaves underscores inside ASCII words alone', () => {
    expect(md('see snake_case_name here')).toBe('see snake_case_name here');
  });

  it('nests bold and italic', () => {
    expect(md('*_重要_*')).toBe('<b><i>重要</i></b>');
  });

  it('renders inline code and preformatted blocks without formatting inside', () => {
    expect(md('运行 `*not_bold*` 命令')).toBe('运行 <code>*not_bold*</code> 命令');
    expect(md('前\n```\n*a* &lt;b&gt;\nline2\n```\n后')).toBe('前<pre>*a* &lt;b&gt;\nline2</pre>后');
  });

  it('turns newlines into <br> and > lines into blockquotes', () => {
    expect(md('一\n二')).toBe('一<br>二');
    expect(md('说明：\n&gt; 引用一\n> 引用二\n结束')).toBe('说明：<blockquote>引用一<br>引用二</blockquote>结束');
    expect(md('开头\n&gt;&gt;&gt; 全部\n引用')).toBe('开头<blockquote>全部<br>引用</blockquote>');
  });

  it('decodes Slack escapes and escapes for HTML exactly once', () => {
    expect(md('A &amp; B &lt;tag&gt; "q" \'s\'')).toBe('A &amp; B &lt;tag&gt; &quot;q&quot; &#39;s&#39;');
    expect(md('&amp;lt;')).toBe('&amp;lt;');
  });

  it('escapes a raw <script> rather than passing it through', () => {
    const html = md('<script>alert(1)</script> &lt;script&gt;');
    expect(html).not.toContain('<script');
    expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &lt;script&gt;');
  });

  it('renders user mentions by known name, else label, else id', () => {
    expect(md('请 <@U1> 办理')).toBe('请 <span class="mention">@王主任</span> 办理');
    expect(md('<@U9|zhang>')).toBe('<span class="mention">@zhang</span>');
    expect(md('<@U9>')).toBe('<span class="mention">@U9</span>');
    expect(md('<@U1|ignored>')).toBe('<span class="mention">@王主任</span>');
  });

  it('renders channel mentions with exactly one #', () => {
    expect(md('<#C1>')).toBe('<span class="mention">#督办群</span>');
    expect(md('<#C2>')).toBe('<span class="mention">#省水利厅</span>');
    expect(md('<#C9|general>')).toBe('<span class="mention">#general</span>');
    expect(md('<#C9>')).toBe('<span class="mention">#C9</span>');
  });

  it('renders special mentions', () => {
    expect(md('<!here> <!channel>')).toBe('<span class="mention">@here</span> <span class="mention">@channel</span>');
    expect(md('<!subteam^S1|@督办组>')).toBe('<span class="mention">@督办组</span>');
  });

  it('escapes names taken from the names map', () => {
    expect(mrkdwnToHtml('<@U5>', { U5: '<img onerror=x>' })).toBe('<span class="mention">@&lt;img onerror=x&gt;</span>');
  });

  it('renders http, https and mailto links, with or without a label', () => {
    expect(md('<https://example.com/a?x=1&amp;y=2|详情>')).toBe(
      '<a href="https://example.com/a?x=1&amp;y=2" target="_blank" rel="noopener noreferrer">详情</a>',
    );
    expect(md('<http://example.com>')).toBe(
      '<a href="http://example.com" target="_blank" rel="noopener noreferrer">http://example.com</a>',
    );
    expect(md('<mailto:a@b.cn>')).toContain('<a href="mailto:a@b.cn"');
    expect(md('<mailto:a@b.cn>')).toContain('>a@b.cn</a>');
  });

  it('does not fire formatting inside URLs, labels or mentions', () => {
    expect(md('<https://x.cn/a_b_c|a_b_c *x*>')).toBe(
      '<a href="https://x.cn/a_b_c" target="_blank" rel="noopener noreferrer">a_b_c *x*</a>',
    );
    expect(mrkdwnToHtml('_<@U5>_', { U5: '_x_' })).toBe('<i><span class="mention">@_x_</span></i>');
  });

  it('never makes a javascript: URL a link', () => {
    const html = md('<javascript:alert(1)|点我> <javascript:alert(2)>');
    expect(html).not.toContain('<a');
    expect(html).not.toContain('href');
    expect(html).toBe('点我 javascript:alert(2)');
  });

  it('escapes quotes in link URLs so they cannot break out of the attribute', () => {
    expect(md('<https://x.cn/"onmouseover="y|z>')).toContain('href="https://x.cn/&quot;onmouseover=&quot;y"');
  });
});

describe('blocksToHtml', () => {
  it('returns nothing for non-arrays and empty lists', () => {
    expect(blocksToHtml(undefined, names)).toBe('');
    expect(blocksToHtml([], names)).toBe('');
  });

  it('renders a header and a divider', () => {
    expect(blocks({ type: 'header', text: plain('逾期<提醒>') }, { type: 'divider' })).toBe(
      '<div class="bk"><h4>逾期&lt;提醒&gt;</h4>\n<hr></div>',
    );
  });

  it('renders a section with text, two-column fields and a button accessory', () => {
    const html = blocks({
      type: 'section',
      text: mrkdwn('*第12号建议* 已逾期 <@U1>'),
      fields: [mrkdwn('*承办单位*\n交通局'), mrkdwn('*期限* 5月1日')],
      accessory: { type: 'button', text: plain('查看'), style: 'primary' },
    });
    expect(html).toContain('<b>第12号建议</b> 已逾期 <span class="mention">@王主任</span>');
    expect(html).toContain('<div class="fields"><div><b>承办单位</b><br>交通局</div><div><b>期限</b> 5月1日</div></div>');
    expect(html).toContain('<div class="acc"><span class="btn primary">查看</span></div>');
  });

  it('renders section accessories that are images and selects', () => {
    expect(
      blocks({ type: 'section', text: plain('图'), accessory: { type: 'image', image_url: 'https://x/i.png', alt_text: 'logo' } }),
    ).toContain('<img class="thumb" src="https://x/i.png" alt="logo" title="logo">');
    expect(blocks({ type: 'section', text: plain('选'), accessory: { type: 'users_select', initial_user: 'U7' } })).toContain(
      '<span class="pill">李经办 ▾</span>',
    );
  });

  it('renders a context line with small images', () => {
    const html = blocks({
      type: 'context',
      elements: [mrkdwn('督办系统'), { type: 'image', image_url: 'https://x/i.png', alt_text: 'logo' }, plain('自动发送')],
    });
    expect(html).toBe(
      '<div class="bk"><div class="ctx">督办系统 <img class="icon" src="https://x/i.png" alt="logo" title="logo"> 自动发送</div></div>',
    );
  });

  it('renders actions: primary, danger and plain buttons, selects and date pickers', () => {
    const html = blocks({
      type: 'actions',
      elements: [
        { type: 'button', text: plain('已办结'), style: 'primary' },
        { type: 'button', text: plain('退回'), style: 'danger' },
        { type: 'button', text: plain('详情') },
        { type: 'static_select', placeholder: plain('改派'), options: [] },
        { type: 'datepicker', initial_date: '2026-05-01' },
        { type: 'datepicker' },
      ],
    });
    expect(html).toBe(
      '<div class="bk"><div class="actions">' +
        '<span class="btn primary">已办结</span><span class="btn danger">退回</span><span class="btn">详情</span>' +
        '<span class="pill">改派 ▾</span><span class="pill">2026-05-01 ▾</span><span class="pill">选择日期 ▾</span>' +
        '</div></div>',
    );
  });

  it('escapes a <script> in a button label', () => {
    const html = blocks({ type: 'actions', elements: [{ type: 'button', text: plain('<script>alert(1)</script>') }] });
    expect(html).not.toContain('<script>');
    expect(html).toContain('<span class="btn">&lt;script&gt;alert(1)&lt;/script&gt;</span>');
  });

  it('does not let a button style inject a class', () => {
    expect(blocks({ type: 'actions', elements: [{ type: 'button', text: plain('x'), style: '"><b>' }] })).toContain(
      '<span class="btn">x</span>',
    );
  });

  it('renders inputs: text box, file box with filetypes, select pill, optional mark and hint', () => {
    const html = blocks(
      { type: 'input', label: plain('办理结果'), element: { type: 'plain_text_input', multiline: true }, hint: plain('不超过500字') },
      { type: 'input', label: plain('附件'), optional: true, element: { type: 'file_input', filetypes: ['csv', 'xlsx'] } },
      { type: 'input', label: plain('承办单位'), element: { type: 'static_select', placeholder: plain('请选择单位') } },
    );
    expect(html).toContain(
      '<div class="input"><div class="label">办理结果</div><div class="box tall"></div><div class="ctx">不超过500字</div></div>',
    );
    expect(html).toContain(
      '<div class="label">附件 <span class="opt">（可选）</span></div><div class="box file">选择文件 (csv, xlsx)</div>',
    );
    expect(html).toContain('<div class="label">承办单位</div><span class="pill">请选择单位 ▾</span>');
  });

  it('renders checkboxes and radio buttons with their initial choice', () => {
    const option = (value: string, text: string) => ({ value, text: plain(text) });
    const html = blocks({
      type: 'input',
      label: plain('状态'),
      element: { type: 'radio_buttons', options: [option('a', '办理中'), option('b', '已办结')], initial_option: option('b', '已办结') },
    });
    expect(html).toContain('<div class="choice">○ 办理中</div><div class="choice">◉ 已办结</div>');
  });

  it('renders an image block with alt text and title', () => {
    expect(blocks({ type: 'image', image_url: 'https://x/chart.png', alt_text: '办理进度', title: plain('进度图') })).toBe(
      '<div class="bk"><figure class="img"><div class="label">进度图</div>' +
        '<img class="pic" src="https://x/chart.png" alt="办理进度" title="办理进度"></figure></div>',
    );
  });

  it('does not load images from javascript: URLs', () => {
    const html = blocks({ type: 'image', image_url: 'javascript:alert(1)', alt_text: 'x' });
    expect(html).not.toContain('<img');
    expect(html).toContain('[x]');
  });

  it('renders rich text: sections, styled text, links, mentions and emoji', () => {
    const html = blocks({
      type: 'rich_text',
      elements: [
        {
          type: 'rich_text_section',
          elements: [
            { type: 'text', text: '请 ' },
            { type: 'user', user_id: 'U1' },
            { type: 'text', text: ' 查看 ' },
            { type: 'channel', channel_id: 'C1' },
            { type: 'text', text: ' 粗', style: { bold: true } },
            { type: 'text', text: '斜', style: { italic: true } },
            { type: 'text', text: '删', style: { strike: true } },
            { type: 'text', text: 'code', style: { code: true } },
            { type: 'link', url: 'https://x.cn', text: '链接' },
            { type: 'link', url: 'javascript:alert(1)', text: '坏链接' },
            { type: 'emoji', name: 'white_check_mark' },
            { type: 'text', text: '\n' },
          ],
        },
      ],
    });
    expect(html).toBe(
      '<div class="bk"><div class="rt"><div>请 <span class="mention">@王主任</span> 查看 <span class="mention">#督办群</span>' +
        '<b> 粗</b><i>斜</i><s>删</s><code>code</code>' +
        '<a href="https://x.cn" target="_blank" rel="noopener noreferrer">链接</a>坏链接:white_check_mark:</div></div></div>',
    );
  });

  it('renders rich text lists with indent, preformatted text and quotes', () => {
    const item = (text: string) => ({ type: 'rich_text_section', elements: [{ type: 'text', text }] });
    const html = blocks({
      type: 'rich_text',
      elements: [
        { type: 'rich_text_list', style: 'ordered', elements: [item('一'), item('二')] },
        { type: 'rich_text_list', style: 'bullet', indent: 1, elements: [item('子项')] },
        { type: 'rich_text_preformatted', elements: [{ type: 'text', text: 'a\n<b>' }] },
        { type: 'rich_text_quote', elements: [{ type: 'text', text: '引用\n第二行' }] },
      ],
    });
    expect(html).toContain('<ol class="rl" style="margin-left:0em;list-style-type:decimal"><li>一</li><li>二</li></ol>');
    expect(html).toContain('<ul class="rl" style="margin-left:1.5em;list-style-type:circle"><li>子项</li></ul>');
    expect(html).toContain('<pre>a\n&lt;b&gt;</pre>');
    expect(html).toContain('<blockquote>引用<br>第二行</blockquote>');
  });

  it('renders a table with a header row of raw_text and rich_text cells', () => {
    const richCell = {
      type: 'rich_text',
      elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: '逾期', style: { bold: true } }] }],
    };
    const html = blocks({
      type: 'table',
      rows: [
        [
          { type: 'raw_text', text: '编号' },
          { type: 'raw_text', text: '状态' },
        ],
        [{ type: 'raw_text', text: 'A<1>' }, richCell],
      ],
    });
    expect(html).toBe(
      '<div class="bk"><table class="tbl"><tr><th>编号</th><th>状态</th></tr>' +
        '<tr><td>A&lt;1&gt;</td><td><div><b>逾期</b></div></td></tr></table></div>',
    );
  });

  it('renders a markdown block through mrkdwn, escaping raw HTML', () => {
    expect(blocks({ type: 'markdown', text: '**重点** 见 [文件](https://x.cn/f) <script>' })).toBe(
      '<div class="bk"><div class="md"><b>重点</b> 见 <a href="https://x.cn/f" target="_blank" rel="noopener noreferrer">文件</a> &lt;script&gt;</div></div>',
    );
  });

  it('marks unknown block types as unsupported, escaped', () => {
    expect(blocks({ type: 'video' }, { type: '<x>' })).toBe(
      '<div class="bk"><div class="unsup">(unsupported block: video)</div>\n<div class="unsup">(unsupported block: &lt;x&gt;)</div></div>',
    );
  });
});

describe('callToHtml', () => {
  it('renders a channel post as a card labelled with its method', () => {
    expect(callToHtml(call('chat.postMessage', { channel: 'C2', text: '*逾期* 提醒' }), names)).toBe(
      '<div class="card"><div class="to">→ #省水利厅 <span class="method">chat.postMessage</span></div>' +
        '<div class="body"><b>逾期</b> 提醒</div></div>',
    );
  });

  it('prefers blocks to text and adds attachments as a side-barred part', () => {
    const html = callToHtml(
      call('chat.postMessage', {
        channel: 'C1',
        text: 'fallback',
        blocks: [{ type: 'section', text: mrkdwn('正文') }],
        attachments: [
          { color: 'danger', text: '附注' },
          { color: '"><script>', blocks: [{ type: 'divider' }] },
        ],
      }),
      names,
    );
    expect(html).not.toContain('fallback');
    expect(html).toContain('正文');
    expect(html).toContain('<div class="att" style="border-left-color:#a30200">附注</div>');
    expect(html).toContain('<div class="att"><div class="bk"><hr></div></div>');
  });

  it('names DMs by the user, whether sent to the U id or the mirroring D id', () => {
    expect(callToHtml(call('chat.postMessage', { channel: 'U7', text: 'hi' }), names)).toContain('→ 私信 李经办 ');
    expect(callToHtml(call('chat.postMessage', { channel: 'D7', text: 'hi' }), names)).toContain('→ 私信 李经办 ');
    expect(callToHtml(call('chat.postMessage', { channel: 'D9', text: 'hi' }), names)).toContain('→ 私信 D9 ');
  });

  it('marks thread replies, ephemeral posts and updates', () => {
    expect(callToHtml(call('chat.postMessage', { channel: 'C1', thread_ts: '1.2', text: 'x' }), names)).toContain(
      '→ #督办群（话题中回复）',
    );
    expect(callToHtml(call('chat.postEphemeral', { channel: 'C1', user: 'U1', text: 'x' }), names)).toContain(
      '→ #督办群（仅 王主任 可见）',
    );
    expect(callToHtml(call('chat.update', { channel: 'C1', ts: '1.2', text: 'x' }), names)).toContain(
      '→ #督办群（已更新） <span class="method">chat.update</span>',
    );
  });

  it('renders views.update as a modal with title, blocks and buttons', () => {
    const view = outcomeModal;
    expect(callToHtml(call('views.update', { view_id: 'V1', view }), names)).toBe(
      '<div class="card"><div class="to">→ 弹窗（已更新） <span class="method">views.update</span></div><div class="body">' +
        '<div class="modal"><div class="mt">填写办理情况</div><div class="mb"><div class="bk"><div class="input">' +
        '<div class="label">办理结果</div><div class="box"></div></div></div></div>' +
        '<div class="mf"><span class="btn">取消</span><span class="btn primary">提交</span></div></div></div></div>',
    );
  });

  it('renders views.open, views.push and the Home tab', () => {
    const view = { type: 'modal', title: plain('新建'), blocks: [] };
    expect(callToHtml(call('views.open', { trigger_id: 't', view }), names)).toContain('→ 弹窗 <span');
    expect(callToHtml(call('views.push', { trigger_id: 't', view }), names)).toContain('→ 弹窗（叠加）');
    const home = callToHtml(
      call('views.publish', { user_id: 'U1', view: { type: 'home', blocks: [{ type: 'section', text: mrkdwn('我的督办') }] } }),
      names,
    );
    expect(home).toContain('→ 王主任 的主页');
    expect(home).toContain('<div class="home"><div class="bk"><div class="sec"><div><div>我的督办</div></div></div></div></div>');
  });

  it('renders response_url answers by who sees them', () => {
    const answer = (args: Record<string, unknown>) => callToHtml(call('response_url', args, { path: '/response/cmd-1' }), names);
    expect(answer({ response_type: 'ephemeral', text: '已收到' })).toBe(
      '<div class="card"><div class="to">→ 只有你能看到 <span class="method">response_url</span></div><div class="body">已收到</div></div>',
    );
    expect(answer({ text: '已收到' })).toContain('→ 只有你能看到');
    expect(answer({ replace_original: true, text: '已办结' })).toContain('→ 替换原消息');
    expect(answer({ response_type: 'in_channel', text: '公告' })).toContain('→ 频道内所有人');
    expect(answer({ delete_original: true })).toContain('<div class="note">（原消息已删除）</div>');
  });

  it('embeds a shared PNG as a data URI and lists other files by name and size', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const stored: Record<string, { filename: string; data: Buffer }> = {
      F1: { filename: 'chart.png', data: png },
      F2: { filename: 'list.csv', data: Buffer.alloc(3000) },
    };
    const html = callToHtml(
      call('files.completeUploadExternal', {
        channel_id: 'C1',
        initial_comment: '本周*督办*情况',
        files: [{ id: 'F1' }, { id: 'F2' }],
        uploadedFiles: [
          { id: 'F1', title: '进度图', name: 'chart.png', size: png.length },
          { id: 'F2', title: '清单', name: 'list.csv', size: 3000 },
        ],
      }),
      names,
      (id) => stored[id],
    );
    expect(html).toContain('→ #督办群 <span class="method">files.completeUploadExternal</span>');
    expect(html).toContain('<div>本周<b>督办</b>情况</div>');
    expect(html).toContain(`<img class="pic" src="data:image/png;base64,${png.toString('base64')}" alt="chart.png">`);
    expect(html).toContain('<div class="file">📎 list.csv (3 KB)</div>');
  });

  it('falls back to args.files and to a file chip when no data is available', () => {
    const html = callToHtml(call('files.completeUploadExternal', { files: [{ id: 'F1', title: '周报' }] }), names);
    expect(html).toContain('→ （未分享到频道）');
    expect(html).toContain('<div class="file">📎 周报</div>');
  });

  it('skips failed calls and calls that show nothing', () => {
    expect(callToHtml(call('chat.postMessage', { channel: 'C1', text: 'x' }, { ok: false, error: 'invalid_blocks' }), names)).toBe('');
    expect(callToHtml(call('conversations.history', { channel: 'C1' }), names)).toBe('');
    expect(callToHtml(call('files.getUploadURLExternal', { filename: 'a.csv' }), names)).toBe('');
    expect(callToHtml(call('toString', {}), names)).toBe('');
  });

  it('escapes the method label and destination', () => {
    const html = callToHtml(call('chat.postMessage', { channel: 'C3', text: 'x' }), { C3: '<b>坏</b>' });
    expect(html).toContain('→ #&lt;b&gt;坏&lt;/b&gt;');
  });
});

describe('transcriptCss', () => {
  it('is a small sheet with a CJK font stack and the classes the cards use', () => {
    expect(transcriptCss.split('\n').length).toBeLessThanOrEqual(80);
    for (const needle of [
      '"PingFang SC"',
      '"Microsoft YaHei"',
      '.card',
      '.mention',
      '.btn.primary',
      '.btn.danger',
      '.ctx',
      '.modal',
      '.fields',
    ]) {
      expect(transcriptCss).toContain(needle);
    }
  });
});
