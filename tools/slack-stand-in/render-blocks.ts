import { isRecord, list } from './block-kit-checks.js';

/** Renders Block Kit as readable Markdown, keeping Slack mrkdwn inside text as the user would type it. */
export function renderBlocks(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  return (
    blocks
      .map(renderBlock)
      .filter((part) => part !== '')
      // Blank lines keep `---` from turning the previous line into a setext heading.
      .join('\n\n')
  );
}

/** Text of a composition text object, or '' when it is not one. */
export function textOf(value: unknown): string {
  return isRecord(value) && typeof value.text === 'string' ? value.text : '';
}

function renderBlock(block: unknown): string {
  if (!isRecord(block)) return '';
  switch (block.type) {
    case 'header':
      return `**${textOf(block.text)}**`;
    case 'section':
      return renderSection(block);
    case 'divider':
      return '---';
    case 'context':
      return renderContext(block);
    case 'actions':
      return list(block.elements).map(renderElement).join(' ');
    case 'input':
      return `${textOf(block.label)}: ____`;
    case 'image':
      return `![${String(block.alt_text ?? '')}](${String(block.image_url ?? '')})`;
    case 'rich_text':
      return renderRichText(block.elements);
    case 'table':
      return renderTable(block.rows);
    case 'markdown':
      return typeof block.text === 'string' ? block.text : '';
    default:
      return `_(unsupported block: ${String(block.type)})_`;
  }
}

function renderSection(block: Record<string, unknown>): string {
  const parts: string[] = [];
  if (block.text !== undefined) parts.push(textOf(block.text));
  const fields = list(block.fields).map((field) => `- ${textOf(field).replace(/\n/g, '\n  ')}`);
  if (fields.length > 0) parts.push(fields.join('\n'));
  if (block.accessory !== undefined) parts.push(renderElement(block.accessory));
  return parts.filter((p) => p !== '').join('\n');
}

function renderContext(block: Record<string, unknown>): string {
  const parts = list(block.elements)
    .map((element) => (isRecord(element) && element.type === 'image' ? String(element.alt_text ?? '') : textOf(element)))
    .filter((text) => text !== '')
    .map((text) => text.replace(/\s*\n\s*/g, ' '));
  return parts.length === 0 ? '' : `_${parts.join(' · ')}_`;
}

function renderElement(element: unknown): string {
  if (!isRecord(element)) return '';
  if (element.type === 'button') return `[${textOf(element.text)}]`;
  if (element.type === 'image') return `![${String(element.alt_text ?? '')}](${String(element.image_url ?? '')})`;
  const placeholder = textOf(element.placeholder);
  return `[${placeholder !== '' ? placeholder : String(element.type)} ▾]`;
}

function renderTable(rows: unknown): string {
  const cells = list(rows).map((row) => list(row).map(renderCell));
  const width = Math.max(0, ...cells.map((row) => row.length));
  if (width === 0) return '';
  const line = (row: string[]) => `| ${Array.from({ length: width }, (_, i) => row[i] ?? '').join(' | ')} |`;
  const [head = [], ...body] = cells;
  return [line(head), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
}

function renderCell(cell: unknown): string {
  if (!isRecord(cell)) return '';
  const text = cell.type === 'rich_text' ? renderRichText(cell.elements) : textOf(cell);
  return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

function renderRichText(elements: unknown): string {
  return list(elements)
    .map(renderRichElement)
    .filter((p) => p !== '')
    .join('\n');
}

function renderRichElement(element: unknown): string {
  if (!isRecord(element)) return '';
  const inline = list(element.elements).map(renderInline).join('');
  switch (element.type) {
    case 'rich_text_list': {
      const indent = '  '.repeat(Number(element.indent ?? 0));
      return list(element.elements)
        .map((item, i) => `${indent}${element.style === 'ordered' ? `${i + 1}.` : '-'} ${renderRichElement(item)}`)
        .join('\n');
    }
    case 'rich_text_preformatted':
      return `\`\`\`\n${inline}\n\`\`\``;
    case 'rich_text_quote':
      return inline
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    default:
      return inline;
  }
}

function renderInline(element: unknown): string {
  if (!isRecord(element)) return '';
  switch (element.type) {
    case 'text':
      return styled(String(element.text ?? ''), element.style);
    case 'link':
      return `<${String(element.url ?? '')}${element.text === undefined ? '' : `|${String(element.text)}`}>`;
    case 'emoji':
      return `:${String(element.name ?? '')}:`;
    case 'user':
      return `<@${String(element.user_id ?? '')}>`;
    case 'channel':
      return `<#${String(element.channel_id ?? '')}>`;
    case 'usergroup':
      return `<!subteam^${String(element.usergroup_id ?? '')}>`;
    case 'broadcast':
      return `<!${String(element.range ?? 'here')}>`;
    case 'date':
      return String(element.fallback ?? element.timestamp ?? '');
    default:
      return '';
  }
}

// Slack mrkdwn markers, so rich text reads the same as section text in the transcript.
function styled(text: string, style: unknown): string {
  if (!isRecord(style) || text.trim() === '') return text;
  let out = text;
  if (style.code === true) out = `\`${out}\``;
  if (style.bold === true) out = `*${out}*`;
  if (style.italic === true) out = `_${out}_`;
  if (style.strike === true) out = `~${out}~`;
  return out;
}
