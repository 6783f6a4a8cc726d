import type { AckFn, Logger, RespondFn } from '@slack/bolt';
import { errorMessage } from '../../log.js';

/** What a listener acknowledges with: nothing, a message (a command's answer), or a form's response_action. */
type AckBody = Parameters<AckFn<unknown>>[0];

const isMessage = (body: AckBody): body is Parameters<RespondFn>[0] & object =>
  typeof body === 'object' && body !== null && !('response_action' in body) && ('text' in body || 'blocks' in body);

/**
 * ack, for listeners that store their change before they acknowledge it. Slack waits 3 seconds
 * (Bolt then answers 404 itself), and an ack after that throws. The change is stored all the same,
 * so the person must still hear of it: a message goes to them through response_url instead, which
 * stays valid for half an hour. A form's answer cannot be given any more; Slack has told the
 * person it failed, and the log says it did not.
 */
export function ackEvenLate(ack: AckFn<unknown>, respond: RespondFn | undefined, logger: Logger): AckFn<unknown> {
  return async (body?: AckBody) => {
    try {
      await ack(body);
    } catch (error) {
      logger.warn(
        `acknowledged after Slack stopped waiting (${errorMessage(error)}); ${isMessage(body) && respond ? 'the answer goes by response_url' : 'the change is stored'}`,
      );
      if (isMessage(body) && respond)
        await respond(body).catch((failure: unknown) => logger.warn(`the late answer could not be sent: ${errorMessage(failure)}`));
    }
  };
}
