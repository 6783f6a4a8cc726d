import { findBlockKitViolations, messageBlocksChars, textCharacters } from './block-kit-limits.js';
import { fail, invalidBlocks, type MethodContext, type MethodHandler, type MethodResult, ok, rateLimited, str } from './method-kit.js';
import { BOT, isTopLevel, noteReply, resolveChannel, type StoredMessage } from './workspace-state.js';

/** Common checks of a message-posting call; returns the resolved channel or the error to answer. */
function checkPost(args: Record<string, unknown>, ctx: MethodContext): { channel: string } | { error: MethodResult } {
  const requested = str(args.channel);
  if (requested === undefined || ctx.state.unknownChannels.has(requested)) return { error: fail('channel_not_found') };
  if (ctx.state.channelsWithoutBot.has(requested)) return { error: fail('not_in_channel') };
  if (str(args.text) === undefined && args.blocks === undefined && args.attachments === undefined) {
    return { error: fail('no_text') };
  }
  // Slack names this refusal apart from an invalid block, and the dispatcher splits on it.
  if (textCharacters(args.blocks) > messageBlocksChars) return { error: fail('msg_blocks_too_long') };
  const violations = findBlockKitViolations('message', { blocks: args.blocks, text: args.text });
  if (violations.length > 0) return { error: invalidBlocks(violations) };
  const channel = resolveChannel(requested);
  if (isOverWorkspaceBurst(ctx) || isPacedOut(channel, ctx)) return { error: rateLimited(1) };
  return { channel };
}

// Beyond the per-channel pace, a workspace posts at most so many messages in any one second.
function isOverWorkspaceBurst(ctx: MethodContext): boolean {
  const { state } = ctx;
  const perSecond = state.workspaceRatePerSecond;
  if (perSecond === null || perSecond <= 0) return false;
  const now = ctx.now();
  while (state.workspacePosts.length > 0 && now - state.workspacePosts[0]! >= 1000) state.workspacePosts.shift();
  if (state.workspacePosts.length >= perSecond) return true;
  state.workspacePosts.push(now);
  return false;
}

// Slack allows roughly one message per second per channel; bursts beyond that get 429.
function isPacedOut(channel: string, ctx: MethodContext): boolean {
  const { state } = ctx;
  const perSecond = state.channelRatePerSecond;
  if (perSecond === null || perSecond <= 0) return false;
  const last = state.lastPostAt.get(channel);
  const now = ctx.now();
  if (last !== undefined && now - last < 1000 / perSecond) return true;
  state.lastPostAt.set(channel, now);
  return false;
}

const postMessage: MethodHandler = (args, ctx) => {
  const checked = checkPost(args, ctx);
  if ('error' in checked) return checked.error;
  const history = ctx.state.messages.get(checked.channel) ?? [];
  const parent = threadParent(history, str(args.thread_ts));
  if ('error' in parent) return parent.error;
  const message: StoredMessage = {
    type: 'message',
    ts: ctx.state.nextTs(),
    text: args.text ?? '',
    blocks: args.blocks,
    metadata: args.metadata,
    user: BOT.userId,
    bot_id: BOT.botId,
    ...(parent.message === undefined ? {} : { thread_ts: parent.message.ts, parent_user_id: parent.message.user }),
  };
  if (parent.message !== undefined) noteReply(parent.message, message);
  history.push(message);
  ctx.state.messages.set(checked.channel, history);
  return ok({ channel: checked.channel, ts: message.ts, message });
};

/**
 * The message a reply goes under. Slack answers thread_not_found for a ts the channel does not
 * hold, and invalid_thread_ts for a reply's ts: a thread hangs under a top-level message only.
 */
function threadParent(history: StoredMessage[], threadTs: string | undefined): { message?: StoredMessage } | { error: MethodResult } {
  if (threadTs === undefined) return {};
  const message = history.find((m) => m.ts === threadTs);
  if (message === undefined) return { error: fail('thread_not_found') };
  return isTopLevel(message) ? { message } : { error: fail('invalid_thread_ts') };
}

const postEphemeral: MethodHandler = (args, ctx) => {
  if (str(args.user) === undefined) return fail(str(args.channel) === undefined ? 'channel_not_found' : 'user_not_found');
  const checked = checkPost(args, ctx);
  if ('error' in checked) return checked.error;
  return ok({ message_ts: ctx.state.nextTs() });
};

const update: MethodHandler = (args, ctx) => {
  const requested = str(args.channel);
  if (requested === undefined || ctx.state.unknownChannels.has(requested)) return fail('channel_not_found');
  const ts = str(args.ts);
  if (ts === undefined) return fail('message_not_found');
  const violations = findBlockKitViolations('message', { blocks: args.blocks, text: args.text });
  if (violations.length > 0) return invalidBlocks(violations);
  const channel = resolveChannel(requested);
  // Lenient on unknown ts: tests often update messages they fabricated in interaction payloads.
  const stored = ctx.state.messages.get(channel)?.find((m) => m.ts === ts);
  if (stored !== undefined) {
    if (args.text !== undefined) stored.text = args.text;
    if (args.blocks !== undefined) stored.blocks = args.blocks;
    if (args.metadata !== undefined) stored.metadata = args.metadata;
  }
  return ok({ channel, ts, text: args.text ?? '', message: { text: args.text ?? '', blocks: args.blocks } });
};

export const chatMethods: Record<string, MethodHandler> = {
  'chat.postMessage': postMessage,
  'chat.postEphemeral': postEphemeral,
  'chat.update': update,
};
