import { checkArray, checkString, checkText, isRecord, type Violations } from './block-kit-checks.js';
import { checkElement, checkImageElement } from './block-kit-elements.js';

export type Surface = 'message' | 'modal' | 'home';

const MAX_BLOCKS: Record<Surface, number> = { message: 50, modal: 100, home: 100 };
const MAX_MESSAGE_TEXT = 40_000;

/**
 * Slack refuses a message whose blocks come to about 13,000 characters in all, though each block
 * is within its own limit: the characters of every text the blocks hold (a table of 100 rows,
 * which Slack takes, would be far over if its JSON counted).
 */
export const messageBlocksChars = 13_000;

export function textCharacters(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + textCharacters(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  return Object.entries(value).reduce<number>(
    (sum, [key, item]) => sum + (key === 'text' && typeof item === 'string' ? item.length : textCharacters(item)),
    0,
  );
}

type BlockChecker = (block: Record<string, unknown>, path: string, out: Violations) => void;

const BLOCK_CHECKERS: Record<string, BlockChecker> = {
  section: checkSection,
  header: (block, path, out) => checkText(block.text, `${path}.text`, out, { max: 150, plainOnly: true }),
  divider: () => {},
  context: checkContext,
  actions: checkActions,
  input: checkInput,
  image: (block, path, out) => {
    checkImageElement(block, path, out);
    if (block.title !== undefined) checkText(block.title, `${path}.title`, out, { max: 2000, plainOnly: true });
  },
  rich_text: (block, path, out) => void checkArray(block.elements, `${path}.elements`, Infinity, out),
  table: checkTable,
  markdown: (block, path, out) => checkString(block.text, `${path}.text`, 12_000, out, true),
};

/**
 * Lists every way `input` breaks Slack's documented Block Kit limits for `surface`; empty when Slack would accept it.
 * For modals and home tabs pass `view`; for messages pass `blocks` and/or `text`.
 */
export function findBlockKitViolations(surface: Surface, input: { blocks?: unknown; text?: unknown; view?: unknown }): string[] {
  const out: Violations = [];
  if (surface === 'message') {
    checkString(input.text, 'text', MAX_MESSAGE_TEXT, out);
    if (input.blocks !== undefined) checkBlocks(input.blocks, 'blocks', surface, out);
    const chars = textCharacters(input.blocks);
    if (chars > messageBlocksChars)
      out.push(`blocks: ${chars} characters of text exceeds about ${messageBlocksChars} (msg_blocks_too_long)`);
  } else if (input.view !== undefined) {
    checkView(surface, input.view, out);
  } else if (input.blocks !== undefined) {
    checkBlocks(input.blocks, 'blocks', surface, out);
  } else {
    out.push('view: is required');
  }
  return out;
}

function checkView(surface: 'modal' | 'home', view: unknown, out: Violations): void {
  if (!isRecord(view)) {
    out.push('view: must be an object');
    return;
  }
  if (view.type !== surface) out.push(`view.type: must be ${JSON.stringify(surface)}`);
  checkString(view.callback_id, 'view.callback_id', 255, out);
  checkString(view.private_metadata, 'view.private_metadata', 3000, out);
  checkString(view.external_id, 'view.external_id', 255, out);
  if (surface === 'modal') {
    checkText(view.title, 'view.title', out, { max: 24, plainOnly: true });
    for (const key of ['submit', 'close'] as const) {
      if (view[key] !== undefined) checkText(view[key], `view.${key}`, out, { max: 24, plainOnly: true });
    }
    // Slack refuses a modal that collects input but offers no way to submit it.
    const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isRecord(b) && b.type === 'input');
    if (hasInput && view.submit === undefined) out.push('view.submit: is required when the modal has input blocks');
  }
  checkBlocks(view.blocks, 'view.blocks', surface, out);
}

function checkBlocks(blocks: unknown, path: string, surface: Surface, out: Violations): void {
  if (!Array.isArray(blocks)) {
    out.push(`${path}: must be an array`);
    return;
  }
  const max = MAX_BLOCKS[surface];
  if (blocks.length > max) out.push(`${path}: ${blocks.length} blocks exceeds the ${surface} limit of ${max}`);
  const blockIds = new Set<string>();
  blocks.forEach((block, i) => checkBlock(block, `${path}[${i}]`, blockIds, out));
  // Slack answers only_one_table_allowed to a second table in one message.
  const tables = blocks.filter((block) => isRecord(block) && block.type === 'table').length;
  if (tables > 1) out.push(`${path}: only_one_table_allowed (${tables} table blocks)`);
  fileInputsOutsideInputs(blocks, path, out);
  if (surface !== 'modal') {
    blocks.forEach((block, i) => {
      if (isRecord(block) && isRecord(block.element) && block.element.type === 'file_input')
        out.push(`${path}[${i}]: file_input is allowed only in a modal`);
    });
  }
}

function checkBlock(block: unknown, path: string, blockIds: Set<string>, out: Violations): void {
  if (!isRecord(block)) {
    out.push(`${path}: must be an object`);
    return;
  }
  const checker = typeof block.type === 'string' ? BLOCK_CHECKERS[block.type] : undefined;
  if (checker === undefined) {
    out.push(`${path}.type: unknown block type ${JSON.stringify(block.type)}`);
    return;
  }
  if (block.block_id !== undefined) {
    checkString(block.block_id, `${path}.block_id`, 255, out);
    if (typeof block.block_id === 'string') {
      if (blockIds.has(block.block_id)) out.push(`${path}.block_id: duplicate block_id ${JSON.stringify(block.block_id)}`);
      blockIds.add(block.block_id);
    }
  }
  checker(block, path, out);
}

function checkSection(block: Record<string, unknown>, path: string, out: Violations): void {
  if (block.text === undefined && block.fields === undefined) out.push(`${path}: needs text or fields`);
  if (block.text !== undefined) checkText(block.text, `${path}.text`, out, { max: 3000 });
  if (block.fields !== undefined) {
    const fields = checkArray(block.fields, `${path}.fields`, 10, out, 'fields');
    fields?.forEach((field, i) => checkText(field, `${path}.fields[${i}]`, out, { max: 2000 }));
  }
  if (block.accessory !== undefined) checkElement(block.accessory, `${path}.accessory`, out);
}

function checkContext(block: Record<string, unknown>, path: string, out: Violations): void {
  const elements = checkArray(block.elements, `${path}.elements`, 10, out, 'elements');
  elements?.forEach((element, i) => {
    const elementPath = `${path}.elements[${i}]`;
    if (isRecord(element) && element.type === 'image') checkImageElement(element, elementPath, out);
    else checkText(element, elementPath, out);
  });
}

function checkActions(block: Record<string, unknown>, path: string, out: Violations): void {
  const elements = checkArray(block.elements, `${path}.elements`, 25, out, 'elements');
  const actionIds = new Set<string>();
  elements?.forEach((element, i) => {
    const elementPath = `${path}.elements[${i}]`;
    checkElement(element, elementPath, out);
    if (!isRecord(element) || typeof element.action_id !== 'string') return;
    if (actionIds.has(element.action_id)) {
      out.push(`${elementPath}.action_id: duplicate action_id ${JSON.stringify(element.action_id)} in this actions block`);
    }
    actionIds.add(element.action_id);
  });
}

function checkInput(block: Record<string, unknown>, path: string, out: Violations): void {
  if (block.label === undefined) out.push(`${path}.label: is required`);
  else checkText(block.label, `${path}.label`, out, { max: 2000, plainOnly: true });
  if (block.hint !== undefined) checkText(block.hint, `${path}.hint`, out, { max: 2000, plainOnly: true });
  if (block.element === undefined) out.push(`${path}.element: is required`);
  else checkElement(block.element, `${path}.element`, out);
}

/** A file input collects files only in a modal's input block; anywhere else Slack refuses it. */
function fileInputsOutsideInputs(blocks: unknown[], path: string, out: Violations): void {
  blocks.forEach((block, i) => {
    if (!isRecord(block) || block.type === 'input') return;
    const elements = [block.accessory, ...(Array.isArray(block.elements) ? block.elements : [])];
    if (elements.some((element) => isRecord(element) && element.type === 'file_input'))
      out.push(`${path}[${i}]: file_input is allowed only in an input block`);
  });
}

function checkTable(block: Record<string, unknown>, path: string, out: Violations): void {
  const rows = checkArray(block.rows, `${path}.rows`, 100, out, 'rows');
  // One column violation per table is enough; repeating it for every row drowns the other errors.
  let columnsReported = false;
  rows?.forEach((row, r) => {
    const rowPath = `${path}.rows[${r}]`;
    const cells = checkArray(row, rowPath, columnsReported ? Infinity : 20, out, 'columns');
    if (cells !== undefined && cells.length > 20) columnsReported = true;
    cells?.forEach((cell, c) => {
      const cellPath = `${rowPath}[${c}]`;
      if (!isRecord(cell)) out.push(`${cellPath}: must be an object`);
      else if (cell.type === 'raw_text') checkString(cell.text, `${cellPath}.text`, Infinity, out, true);
      else if (cell.type !== 'rich_text') out.push(`${cellPath}.type: must be raw_text or rich_text`);
    });
  });
}
