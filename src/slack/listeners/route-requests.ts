// Every request Slack sends goes through this one middleware, which routes it. Bolt runs the
// middleware of every registered listener on every request (a command passes the matchers of the
// buttons', the forms' and the events' listeners too): measured on a bare app, 18 listeners more
// cut it from about 8,600 acks a second to 4,900 (docs/PERFORMANCE.md). So the bot registers no
// listener at all and routes here, by the kind of request and then by a map.
import type { AckFn, AllMiddlewareArgs, AnyMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../listener-deps.js';
import { ackEvenLate } from './ack-even-late.js';
import { type ButtonArgs, buttonRoute } from './actions/index.js';
import { commandRoutes } from './commands/index.js';
import { eventRoutes } from './events/index.js';
import { type FormArgs, formRoute } from './views/index.js';

export type RequestArgs = AnyMiddlewareArgs & AllMiddlewareArgs;

export function routeRequests(deps: ListenerDeps): (args: RequestArgs) => Promise<void> {
  const commands = commandRoutes(deps);
  const events = eventRoutes(deps);
  const buttons = buttonRoute(deps);
  const forms = formRoute(deps);
  return async (received) => {
    const args =
      'ack' in received
        ? {
            ...received,
            ack: ackEvenLate(received.ack as AckFn<unknown>, 'respond' in received ? received.respond : undefined, deps.logger),
          }
        : received;
    if ('command' in args) {
      const command = commands.get(args.command.command);
      return command ? command(args) : args.ack();
    }
    // Bolt has acknowledged an event already.
    if ('event' in args) return events.get(args.event.type)?.(args as AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>);
    if (args.body.type === 'block_actions') return buttons(args as ButtonArgs);
    if (args.body.type === 'view_submission') return forms(args as FormArgs);
    // Anything else this app never asked for (a closed form, a shortcut): acknowledged, nothing to do.
    if ('ack' in args) await (args.ack as () => Promise<void>)();
  };
}
