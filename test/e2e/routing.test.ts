// One middleware routes every request (src/slack/listeners/route-requests.ts). What it was not
// built for is acknowledged at once and changes nothing: Slack shows an error for a request
// left unanswered for 3 seconds, and retries an event.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents, outbox, units } from '../../src/db/schema.js';
import { form, payloadForm, send, signRequest } from '../../tools/slack-stand-in/slack-requests.js';
import { rowCount } from '../support/fixtures.js';
import { type Harness, signingSecret, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ supervisors: ['USUP'] });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.standIn.reset();
});

const counts = () => Promise.all([units, outbox, auditEvents].map((table) => rowCount(h.db, table)));
const post = async (body: string) => {
  const started = Date.now();
  const answer = await send(h.eventsUrl, signRequest(body, { secret: signingSecret }));
  return { ...answer, ms: Date.now() - started };
};

describe('routing', () => {
  it('acknowledges a command it does not serve at once, with nothing to say and nothing changed', async () => {
    const before = await counts();
    const answer = await post(
      form({
        command: '/other',
        text: 'unit add 省水利厅',
        user_id: 'USUP',
        channel_id: 'C1',
        team_id: 'T0DEMO',
        response_url: h.standIn.responseUrl('other'),
        trigger_id: 't-other',
      }),
    );
    expect(answer).toMatchObject({ status: 200, text: '' });
    expect(answer.ms).toBeLessThan(2000);
    expect(await counts()).toEqual(before);
    expect(h.standIn.calls).toEqual([]);
  });

  it('acknowledges a closed form and a kind of interaction it never asked for', async () => {
    const before = await counts();
    for (const payload of [
      {
        type: 'view_closed',
        user: { id: 'USUP' },
        team: { id: 'T0DEMO' },
        view: { id: 'V1', callback_id: 'assign_modal' },
        is_cleared: false,
      },
      { type: 'shortcut', callback_id: 'anything', trigger_id: 't-shortcut', user: { id: 'USUP' }, team: { id: 'T0DEMO' } },
    ]) {
      const answer = await post(payloadForm(payload));
      expect(answer).toMatchObject({ status: 200, text: '' });
      expect(answer.ms).toBeLessThan(2000);
    }
    expect(await counts()).toEqual(before);
    expect(h.standIn.calls).toEqual([]);
  });
});
