/** Violations are collected into a shared list so one pass reports every problem, like Slack's `errors` array. */
export type Violations = string[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An array, or none when the value is not one. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export interface TextRule {
  max?: number;
  plainOnly?: boolean;
}

/** Checks a composition text object (`{ type: 'plain_text' | 'mrkdwn', text }`). */
export function checkText(value: unknown, path: string, out: Violations, rule: TextRule = {}): void {
  if (!isRecord(value)) {
    out.push(`${path}: must be a text object`);
    return;
  }
  const { type, text } = value;
  if (type === undefined) {
    out.push(`${path}: text object has no type`);
    return;
  }
  if (type !== 'plain_text' && type !== 'mrkdwn') {
    out.push(`${path}.type: unknown text type ${JSON.stringify(type)}`);
    return;
  }
  if (rule.plainOnly && type !== 'plain_text') {
    out.push(`${path}.type: must be plain_text, got ${type}`);
  }
  if (typeof text !== 'string') {
    out.push(`${path}.text: must be a string`);
    return;
  }
  if (rule.max !== undefined) checkLength(text, `${path}.text`, rule.max, out);
}

/** Checks an optional string field; `undefined` passes unless `required`. */
export function checkString(value: unknown, path: string, max: number, out: Violations, required = false): void {
  if (value === undefined) {
    if (required) out.push(`${path}: is required`);
    return;
  }
  if (typeof value !== 'string') {
    out.push(`${path}: must be a string`);
    return;
  }
  checkLength(value, path, max, out);
}

// UTF-16 length is never below Slack's own character count, so the stand-in errs on the strict side.
function checkLength(text: string, path: string, max: number, out: Violations): void {
  if (text.length > max) out.push(`${path}: ${text.length} characters exceeds the limit of ${max}`);
}

/** Checks that `value` is an array of at most `max` items; returns it for further checks, or undefined. */
export function checkArray(value: unknown, path: string, max: number, out: Violations, what = 'items'): unknown[] | undefined {
  if (!Array.isArray(value)) {
    out.push(`${path}: must be an array`);
    return undefined;
  }
  if (value.length > max) out.push(`${path}: ${value.length} ${what} exceeds the limit of ${max}`);
  return value;
}
