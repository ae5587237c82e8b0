// A minimal LSP client over stdio for tests: Content-Length framing, requests with ids, and waiting for
// notifications by method. It starts the built server exactly as a non-VS Code editor would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';

type Handler = (params: unknown) => void;

export const SERVER_BUNDLE = path.resolve(__dirname, '..', '..', '..', '..', 'server', 'out', 'server.js');

export class RpcClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly waiters: { method: string; test: (p: unknown) => boolean; resolve: Handler }[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  stderr = '';

  constructor(serverPath = SERVER_BUNDLE) {
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification of this method (already received or future) that passes test. */
  waitForNotification<T>(method: string, test: (p: T) => boolean = () => true): Promise<T> {
    const seen = this.notifications.find((n) => n.method === method && test(n.params as T));
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise<T>((resolve) => this.waiters.push({ method, test: test as (p: unknown) => boolean, resolve: resolve as Handler }));
  }

  async initialize(initializationOptions?: unknown): Promise<Record<string, unknown>> {
    const result = await this.request<Record<string, unknown>>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { hover: { contentFormat: ['markdown'] }, semanticTokens: { requests: { full: { delta: true }, range: true } } } },
      initializationOptions,
    });
    this.notify('initialized', {});
    return result;
  }

  async shutdown(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await this.request('shutdown', null);
    this.notify('exit', null);
    await exited;
  }

  kill(): void {
    this.child.kill();
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (true) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const match = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'));
      if (!match) throw new Error('LSP message without Content-Length');
      const length = Number(match[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body));
    }
  }

  private dispatch(message: { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } }): void {
    if (message.method && message.id !== undefined) {
      // server -> client request (configuration, refresh): answer with nothing useful
      this.send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? [null] : null });
      return;
    }
    if (message.method) {
      this.notifications.push({ method: message.method, params: message.params });
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const w = this.waiters[i];
        if (w.method === message.method && w.test(message.params)) {
          this.waiters.splice(i, 1);
          w.resolve(message.params);
        }
      }
      return;
    }
    const pending = message.id !== undefined ? this.pending.get(message.id) : undefined;
    if (!pending) return;
    this.pending.delete(message.id as number);
    if (message.error) pending.reject(new Error(message.error.message));
    else pending.resolve(message.result);
  }
}

/** Decodes LSP's relative semantic token encoding into absolute spans. */
export function decodeSemanticTokens(data: number[], types: string[]): { line: number; char: number; length: number; type: string; modifiers: number }[] {
  const out = [];
  let line = 0, char = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push({ line, char, length: data[i + 2], type: types[data[i + 3]], modifiers: data[i + 4] });
  }
  return out;
}
