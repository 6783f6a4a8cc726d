// Socket Mode as Slack speaks it: apps.connections.open hands out a WebSocket URL, the server
// says hello, then pushes envelopes (slash commands, interactions, events) and waits for each
// envelope's ack.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

export interface SocketModeEndpoint {
  /** Resolves once an app is connected and has been greeted. */
  connected(timeoutMs?: number): Promise<void>;
  /** Pushes an envelope to the connected app; resolves with the payload of its ack. */
  push(type: EnvelopeType, payload: unknown, timeoutMs?: number): Promise<unknown>;
  close(): void;
}

export const socketPath = '/socket';

export function attachSocketMode(server: Server): SocketModeEndpoint {
  const wss = new WebSocketServer({ noServer: true });
  const acks = new Map<string, (payload: unknown) => void>();
  let current: WebSocket | undefined;
  const waiting: Array<() => void> = [];

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!(req.url ?? '').startsWith(socketPath)) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      current = ws;
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (message.envelope_id) acks.get(message.envelope_id)?.(message.payload ?? {});
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0DUBAN' } }));
      for (const resolve of waiting.splice(0)) resolve();
    });
  });

  const within = <T>(promise: Promise<T>, ms: number, what: string) =>
    Promise.race([
      promise,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`socket mode: no ${what} within ${ms} ms`)), ms)),
    ]);

  return {
    connected(timeoutMs = 10_000) {
      if (current) return Promise.resolve();
      return within(new Promise<void>((resolve) => waiting.push(resolve)), timeoutMs, 'connection');
    },
    push(type, payload, timeoutMs = 5000) {
      if (!current) return Promise.reject(new Error('socket mode: no app connected'));
      const envelopeId = randomUUID();
      const acked = new Promise<unknown>((resolve) => acks.set(envelopeId, resolve));
      current.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api' }));
      return within(acked, timeoutMs, 'ack').finally(() => acks.delete(envelopeId));
    },
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
