import type { IncomingHttpHeaders } from 'node:http';
import { findBlockKitViolations } from './block-kit-limits.js';
import { fail, type MethodContext, type MethodResult, ok } from './method-kit.js';
import { methodHandler } from './methods.js';
import { parseArgs, takeToken, uploadedBytes } from './parse-request.js';

export interface IncomingRequest {
  path: string;
  query: URLSearchParams;
  body: Buffer;
  headers: IncomingHttpHeaders;
}

/** What a request is (its recorded method and args) and how to answer it when no failure is injected. */
export interface Route {
  method: string;
  args: Record<string, unknown>;
  run: () => MethodResult;
}

const API_PATH = /^\/api\/([\w.]+)$/;
const RESPONSE_PATH = /^\/response\/([^/]+)$/;
const UPLOAD_PATH = /^\/upload\/([\w-]+)$/;
const FILE_PATH = /^\/files-pri\/\w+-(\w+)\/(?:download\/)?[^/]+$/;

export function routeRequest(request: IncomingRequest, ctx: MethodContext): Route {
  const api = API_PATH.exec(request.path)?.[1];
  if (api !== undefined) return apiRoute(api, request, ctx);
  const responseId = RESPONSE_PATH.exec(request.path)?.[1];
  if (responseId !== undefined) return responseUrlRoute(decodeURIComponent(responseId), request);
  const fileId = UPLOAD_PATH.exec(request.path)?.[1];
  if (fileId !== undefined) return uploadRoute(fileId, request, ctx);
  const sharedId = FILE_PATH.exec(request.path)?.[1];
  if (sharedId !== undefined) return downloadRoute(sharedId, request, ctx);
  return { method: 'not_found', args: { path: request.path }, run: () => ({ status: 404, body: 'Not Found' }) };
}

function apiRoute(method: string, request: IncomingRequest, ctx: MethodContext): Route {
  let args: Record<string, unknown>;
  try {
    args = parseArgs(request.body, request.headers['content-type'], request.query);
  } catch {
    return { method, args: {}, run: () => fail('invalid_json') };
  }
  const token = takeToken(request.headers.authorization, args);
  return { method, args, run: () => (token === undefined ? fail('not_authed') : methodHandler(method)(args, ctx)) };
}

function responseUrlRoute(id: string, request: IncomingRequest): Route {
  let args: Record<string, unknown>;
  try {
    args = parseArgs(request.body, request.headers['content-type'], request.query);
  } catch {
    return { method: 'response_url', args: { response_url_id: id }, run: () => ({ status: 400, body: 'invalid_payload' }) };
  }
  const run = (): MethodResult => {
    const violations = findBlockKitViolations('message', { blocks: args.blocks, text: args.text });
    // Slack answers a bad response_url payload with a client error, not with ok:false on 200.
    if (violations.length > 0) return { status: 400, body: { ok: false, error: 'invalid_blocks', errors: violations } };
    return ok();
  };
  return { method: 'response_url', args, run };
}

function uploadRoute(fileId: string, request: IncomingRequest, ctx: MethodContext): Route {
  const data = uploadedBytes(request.body, request.headers['content-type']);
  const upload = ctx.state.uploads.get(fileId);
  const args = { file_id: fileId, filename: upload?.filename, uploadedBytes: data.length };
  const run = (): MethodResult => {
    if (upload === undefined) return { status: 404, body: 'file_not_found' };
    upload.data = Buffer.from(data);
    return { status: 200, body: `OK - ${data.length}` };
  };
  return { method: 'file_upload', args, run };
}

// Slack serves a private file only to a request carrying a token in the Authorization header
// (the stand-in, like its API, takes any token); without one it answers 200 with its sign-in
// page, which a careless client reads as the file.
function downloadRoute(fileId: string, request: IncomingRequest, ctx: MethodContext): Route {
  const token = request.headers.authorization?.match(/^Bearer\s+(\S+)/i)?.[1];
  const run = (): MethodResult => {
    if (token === undefined)
      return { status: 200, body: '<!DOCTYPE html><html><body>Sign in to Slack</body></html>', headers: { 'Content-Type': 'text/html' } };
    const upload = ctx.state.uploads.get(fileId);
    if (upload?.data === undefined) return { status: 404, body: 'file_not_found' };
    return { status: 200, body: upload.data };
  };
  return { method: 'file_download', args: { file_id: fileId, authorized: token !== undefined }, run };
}
