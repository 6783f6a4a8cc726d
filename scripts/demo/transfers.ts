// The demo's 申请调整 scene, inside the transfer window: one co-handling unit hands a suggestion
// back and the supervision office reassigns it; another asks and is refused.
import { actionIds, callbackIds, inputActionId, reassignModalBlocks } from '../../src/slack/ids.js';
import type { RecordedCall } from '../../tools/slack-stand-in/types.js';
import type { DemoDriver } from './demo-driver.js';
import { supervisor, unitNamed } from './office.js';
import { firstLine, renderedView } from './recorder.js';

type Buttons = Array<{ elements?: Array<{ action_id: string; value: string }> }>;
type ReassignView = {
  private_metadata?: string;
  blocks?: Array<{ block_id?: string; element?: { options?: Array<{ value: string; text: { text: string } }> } }>;
};

const buttonOf = (call: RecordedCall, actionId: string) =>
  (call.args.blocks as Buttons).flatMap((block) => block.elements ?? []).find((element) => element.action_id === actionId);

export async function playTransfers(driver: DemoDriver): Promise<void> {
  const { recorder } = driver;
  await driver.type(
    unitNamed('商务厅').liaison.id,
    'transfer 2026-0004 本厅不承担政务服务事项；向县域延伸的养老、救助事项网上办理由民政厅牵头，建议改由民政厅会办',
  );
  await driver.type(unitNamed('民政厅').liaison.id, '调整 2026-0008 门诊报销属医保职能，本厅无相关职责');
  const sent = (await driver.deliver(false)).filter((call) => call.method === 'chat.postMessage');
  recorder.sent(sent);
  // The two requests reach the office together, in one message: it decides each in turn.
  const requests = await driver.carried(sent);

  for (const request of requests) {
    const reassign = JSON.stringify(request.args.blocks).includes('2026-0004');
    if (!reassign) {
      const refuse = buttonOf(request, actionIds.refuseTransfer);
      if (!refuse) continue;
      const answer = await driver.click(supervisor.id, refuse.action_id, refuse.value, request);
      recorder.did(supervisor.id, '在 2026-0008 的调整申请上点击「不予同意」（医疗救助仍需民政会办）：', firstLine(answer));
      continue;
    }
    const button = buttonOf(request, actionIds.reassignTransfer);
    if (!button) continue;
    await driver.click(supervisor.id, button.action_id, button.value, request);
    const form = driver.openedView() as ReassignView | undefined;
    const civil = form?.blocks
      ?.find((block) => block.block_id === reassignModalBlocks.unit)
      ?.element?.options?.find((option) => option.text.text === unitNamed('民政厅').name);
    if (!form || !civil) throw new Error('the reassign form did not offer 民政厅');
    const done = await driver.submitView(
      supervisor.id,
      callbackIds.reassignModal,
      {
        [reassignModalBlocks.unit]: { [inputActionId]: { type: 'static_select', selected_option: { value: civil.value } } },
        [reassignModalBlocks.handler]: { [inputActionId]: { type: 'users_select', selected_user: null } },
      },
      form.private_metadata ?? '',
    );
    recorder.did(supervisor.id, '在 2026-0004 的调整申请上点击「改派」，在表单中选择「省民政厅」：', renderedView(done.view));
  }
  recorder.sent(await driver.deliver(false));
}
