import type { FetchFunction } from '@slack/web-api';

/**
 * The fetch Bolt's Web API clients call Slack with, reporting each call Slack refused (`ok: false`,
 * by its error) or that failed over HTTP: the listeners' clients are Bolt's own, made from the
 * options it is given, so this is where their calls can be seen. The body is read from a copy;
 * the client reads the answer as it would have.
 */
export function observedFetch(report: (method: string, error: string) => void, inner: FetchFunction = fetch): FetchFunction {
  return async (url, init) => {
    const response = await inner(url, init);
    const method = new URL(String(url)).pathname.split('/').pop() ?? '';
    if (!response.ok) report(method, `http_${response.status}`);
    else if (response.headers.get('content-type')?.includes('json')) {
      // Slack's client reads FetchResponse's subset; the answer is a whole Response, which copies.
      const body = (await (response as unknown as Response)
        .clone()
        .json()
        .catch(() => undefined)) as { ok?: unknown; error?: unknown } | undefined;
      if (body?.ok === false) report(method, String(body.error ?? 'failed'));
    }
    return response;
  };
}
