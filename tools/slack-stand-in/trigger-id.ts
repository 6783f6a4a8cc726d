import { randomBytes } from 'node:crypto';

/** Slack lets a trigger_id open a modal only within 3 seconds of the user's action. */
export const TRIGGER_TTL_MS = 3000;

/** A trigger id that carries its issue time, so the stand-in can refuse it once it has expired. */
export function makeTriggerId(nowMs: number): string {
  return `trig.${Math.floor(nowMs)}.${randomBytes(6).toString('hex')}`;
}

/** Issue time encoded by {@link makeTriggerId}, or undefined for ids from elsewhere (those never expire). */
export function triggerIssuedAt(triggerId: string): number | undefined {
  const match = /^trig\.(\d+)\./.exec(triggerId);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
