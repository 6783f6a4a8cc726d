import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../listener-deps.js';
import { publishHome } from '../publish-home.js';
import { rowId } from './payload.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/** 上一页 / 下一页 in the Home tab (the value is the page to show). */
export const homePageButton =
  (deps: ListenerDeps) =>
  async ({ body, ack, client }: Args): Promise<void> => {
    await ack();
    const page = rowId.safeParse(body.actions[0]?.value);
    await publishHome(deps, client, body.user.id, { page: page.success ? page.data : 1 });
  };
