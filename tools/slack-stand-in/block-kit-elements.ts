import { checkArray, checkString, checkText, isRecord, type Violations } from './block-kit-checks.js';

const SELECTS_WITH_OPTIONS = new Set(['static_select', 'multi_static_select']);
// Slack caps these option lists well below the select limit.
const SMALL_OPTION_LISTS: Record<string, number> = { overflow: 5, checkboxes: 10, radio_buttons: 10 };

/** Checks an interactive element (button, select, input...) or an image element. */
export function checkElement(value: unknown, path: string, out: Violations): void {
  if (!isRecord(value)) {
    out.push(`${path}: must be an object`);
    return;
  }
  const { type } = value;
  if (typeof type !== 'string') {
    out.push(`${path}.type: is required`);
    return;
  }
  checkString(value.action_id, `${path}.action_id`, 255, out);
  if (type === 'button') {
    checkText(value.text, `${path}.text`, out, { max: 75, plainOnly: true });
    checkString(value.value, `${path}.value`, 2000, out);
    checkString(value.url, `${path}.url`, 3000, out);
  } else if (type === 'image') {
    checkImageElement(value, path, out);
  } else if (SELECTS_WITH_OPTIONS.has(type)) {
    checkSelect(value, path, out);
  } else if (type === 'file_input') {
    checkFileInput(value, path, out);
  } else if (type in SMALL_OPTION_LISTS) {
    const options = checkArray(value.options, `${path}.options`, SMALL_OPTION_LISTS[type] ?? 0, out, 'options');
    // Checkboxes and radio buttons are the only option holders that may use mrkdwn.
    const plainOnly = type === 'overflow';
    options?.forEach((option, i) => checkOption(option, `${path}.options[${i}]`, out, plainOnly));
  }
  if (value.placeholder !== undefined) {
    checkText(value.placeholder, `${path}.placeholder`, out, { max: 150, plainOnly: true });
  }
}

export function checkImageElement(value: Record<string, unknown>, path: string, out: Violations): void {
  checkString(value.alt_text, `${path}.alt_text`, 2000, out, true);
  if (value.image_url === undefined && value.slack_file === undefined) {
    out.push(`${path}: needs image_url or slack_file`);
  }
  checkString(value.image_url, `${path}.image_url`, 3000, out);
}

function checkFileInput(value: Record<string, unknown>, path: string, out: Violations): void {
  const maxFiles = value.max_files;
  if (maxFiles !== undefined && (!Number.isInteger(maxFiles) || (maxFiles as number) < 1 || (maxFiles as number) > 10)) {
    out.push(`${path}.max_files: must be an integer from 1 to 10`);
  }
  if (
    value.filetypes !== undefined &&
    (!Array.isArray(value.filetypes) || value.filetypes.some((t) => typeof t !== 'string' || t === ''))
  ) {
    out.push(`${path}.filetypes: must be an array of file extensions`);
  }
}

function checkSelect(value: Record<string, unknown>, path: string, out: Violations): void {
  if (value.options === undefined && value.option_groups === undefined) {
    out.push(`${path}: needs options or option_groups`);
    return;
  }
  if (value.options !== undefined) {
    const options = checkArray(value.options, `${path}.options`, 100, out, 'options');
    options?.forEach((option, i) => checkOption(option, `${path}.options[${i}]`, out, true));
  }
  if (value.option_groups !== undefined) {
    const groups = checkArray(value.option_groups, `${path}.option_groups`, 100, out, 'option groups');
    groups?.forEach((group, g) => {
      const groupPath = `${path}.option_groups[${g}]`;
      if (!isRecord(group)) {
        out.push(`${groupPath}: must be an object`);
        return;
      }
      checkText(group.label, `${groupPath}.label`, out, { max: 75, plainOnly: true });
      const options = checkArray(group.options, `${groupPath}.options`, 100, out, 'options');
      options?.forEach((option, i) => checkOption(option, `${groupPath}.options[${i}]`, out, true));
    });
  }
}

function checkOption(value: unknown, path: string, out: Violations, plainOnly: boolean): void {
  if (!isRecord(value)) {
    out.push(`${path}: must be an object`);
    return;
  }
  checkText(value.text, `${path}.text`, out, { max: 75, plainOnly });
  checkString(value.value, `${path}.value`, 150, out, true);
  if (value.description !== undefined) {
    checkText(value.description, `${path}.description`, out, { max: 75, plainOnly });
  }
}
