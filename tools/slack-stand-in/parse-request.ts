import type { IncomingMessage } from 'node:http';

// WebClient sends object-valued arguments as JSON strings inside the form; tests want them as objects.
const JSON_FIELDS = ['blocks', 'view', 'attachments', 'metadata', 'files'];

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Parses a form-encoded or JSON body (plus query string) into arguments; the token is not an argument. */
export function parseArgs(body: Buffer, contentType: string | undefined, query: URLSearchParams): Record<string, unknown> {
  const args: Record<string, unknown> = Object.fromEntries(query);
  const text = body.toString('utf8');
  if (isJson(contentType)) {
    const parsed: unknown = text.trim() === '' ? {} : JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) Object.assign(args, parsed);
  } else {
    Object.assign(args, Object.fromEntries(new URLSearchParams(text)));
  }
  for (const field of JSON_FIELDS) {
    const value = args[field];
    if (typeof value === 'string') args[field] = parseJsonOrKeep(value);
  }
  return args;
}

/** Token from the Authorization header or the `token` argument, which is then removed from `args`. */
export function takeToken(authorization: string | undefined, args: Record<string, unknown>): string | undefined {
  const fromArgs = typeof args.token === 'string' && args.token !== '' ? args.token : undefined;
  delete args.token;
  const fromHeader = authorization?.match(/^Bearer\s+(\S+)/i)?.[1];
  return fromHeader ?? fromArgs;
}

/** File bytes of an upload: the file part of a multipart body, otherwise the raw body. */
export function uploadedBytes(body: Buffer, contentType: string | undefined): Buffer {
  const boundary = contentType?.match(/boundary=(?:"([^"]+)"|([^;\s]+))/i);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (marker === undefined) return body;
  const parts = splitMultipart(body, marker);
  return (parts.find((p) => /filename=/i.test(p.headers)) ?? parts[0])?.data ?? Buffer.alloc(0);
}

function splitMultipart(body: Buffer, marker: string): { headers: string; data: Buffer }[] {
  const delimiter = Buffer.from(`--${marker}`);
  const parts: { headers: string; data: Buffer }[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    // Each part is framed as CRLF headers CRLF CRLF data CRLF before the next delimiter.
    const part = body.subarray(partStart + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      parts.push({ headers: part.subarray(0, headerEnd).toString('utf8'), data: part.subarray(headerEnd + 4) });
    }
    start = next;
  }
  return parts;
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.toLowerCase().includes('application/json') ?? false;
}

function parseJsonOrKeep(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    // Left as a string so the Block Kit check reports it as malformed, as Slack would.
    return value;
  }
}
