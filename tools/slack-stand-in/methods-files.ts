import { isRecord } from './block-kit-checks.js';
import { fail, type MethodHandler, ok, str } from './method-kit.js';
import { BOT } from './workspace-state.js';

const getUploadUrl: MethodHandler = (args, ctx) => {
  const filename = str(args.filename);
  const length = Number(args.length);
  if (filename === undefined || !Number.isInteger(length) || length < 0) return fail('invalid_arguments');
  const fileId = ctx.state.nextId('F');
  ctx.state.uploads.set(fileId, { filename, length });
  return ok({ upload_url: `${ctx.origin}/upload/${fileId}`, file_id: fileId });
};

const completeUpload: MethodHandler = (args, ctx) => {
  const requested = Array.isArray(args.files) ? args.files : undefined;
  if (requested === undefined || requested.length === 0) return fail('invalid_arguments');
  const files: Record<string, unknown>[] = [];
  for (const entry of requested) {
    const id = isRecord(entry) ? str(entry.id) : undefined;
    const upload = id === undefined ? undefined : ctx.state.uploads.get(id);
    if (id === undefined || upload?.data === undefined) return fail('file_not_found');
    const title = isRecord(entry) && entry.title !== undefined ? entry.title : upload.filename;
    files.push({ id, title, name: upload.filename, size: upload.data.length });
  }
  const channelId = str(args.channel_id);
  // Slack takes a conversation's ID only (a person's must be opened as a DM first). Its pattern
  // also wants 8 characters or more, which the short IDs of tests do not have.
  if (channelId !== undefined && !/^[CGDZ][A-Z0-9]+$/.test(channelId)) {
    return fail('invalid_arguments', {
      response_metadata: { messages: ['[ERROR] input must match regex pattern: ^[CGDZ][A-Z0-9]{8,}$ [json-pointer:/channel_id]'] },
    });
  }
  if (channelId !== undefined && ctx.state.unknownChannels.has(channelId)) return fail('channel_not_found');
  if (channelId !== undefined) shareInChannel(channelId, args.initial_comment, files, ctx);
  const uploadedBytes = files.reduce((sum, f) => sum + Number(f.size), 0);
  return { ...ok({ files }), recordArgs: { uploadedBytes, uploadedFiles: files } };
};

// Slack posts the share as a message, so it shows up in conversations.history like any other.
function shareInChannel(channel: string, comment: unknown, files: unknown[], ctx: Parameters<MethodHandler>[1]): void {
  const history = ctx.state.messages.get(channel) ?? [];
  history.push({
    type: 'message',
    ts: ctx.state.nextTs(),
    text: comment ?? '',
    blocks: undefined,
    metadata: undefined,
    user: BOT.userId,
    bot_id: BOT.botId,
    files,
  });
  ctx.state.messages.set(channel, history);
}

/** A shared file as Slack describes it in files.info and in a form's file input. */
export interface SharedFile {
  id: string;
  name: string;
  title: string;
  filetype: string;
  mimetype: string;
  size: number;
  user: string;
  created: number;
  url_private: string;
  url_private_download: string;
}

const mimetypes: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function sharedFile(origin: string, id: string, user: string, filename: string, size: number, at: number): SharedFile {
  const filetype = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? 'binary';
  const path = `${origin}/files-pri/${BOT.teamId}-${id}/${encodeURIComponent(filename)}`;
  return {
    id,
    name: filename,
    title: filename,
    filetype,
    mimetype: mimetypes[filetype] ?? 'application/octet-stream',
    size,
    user,
    created: Math.floor(at / 1000),
    url_private: path,
    url_private_download: `${origin}/files-pri/${BOT.teamId}-${id}/download/${encodeURIComponent(filename)}`,
  };
}

const filesInfo: MethodHandler = (args, ctx) => {
  const id = str(args.file);
  const upload = id === undefined ? undefined : ctx.state.uploads.get(id);
  if (id === undefined || upload?.data === undefined) return fail('file_not_found');
  return ok({ file: sharedFile(ctx.origin, id, upload.sharedBy ?? BOT.userId, upload.filename, upload.data.length, ctx.now()) });
};

export const fileMethods: Record<string, MethodHandler> = {
  'files.getUploadURLExternal': getUploadUrl,
  'files.completeUploadExternal': completeUpload,
  'files.info': filesInfo,
};
