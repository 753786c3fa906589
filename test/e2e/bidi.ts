// A minimal WebDriver BiDi client (commands, results, events) over the `ws` package, enough to drive Firefox.
import WebSocket from 'ws';

type Json = Record<string, unknown>;

interface Pending {
  resolve(result: Json): void;
  reject(error: Error): void;
  method: string;
}

export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(method: string, params: Json) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(JSON.parse(String(data)) as Json));
    socket.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error(`BiDi connection closed during ${p.method}`));
      this.pending.clear();
    });
  }

  /** Connects to a "ws://host:port" BiDi endpoint (the /session path is added). */
  static async connect(endpoint: string): Promise<BidiClient> {
    const socket = new WebSocket(`${endpoint.replace(/\/$/, '')}/session`);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new BidiClient(socket);
  }

  send<T = Json>(method: string, params: Json = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: Json) => void, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `listener` for every event until the returned function is called. */
  on(listener: (method: string, params: Json) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Evaluates an expression in a browsing context and returns its primitive value (awaiting promises). */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const reply = await this.send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>(
      'script.evaluate',
      { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' },
    );
    if (reply.type === 'exception') throw new Error(`evaluation failed: ${reply.exceptionDetails?.text}`);
    return reply.result?.value as T;
  }

  close(): void {
    this.socket.close();
  }

  private receive(message: Json): void {
    if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.type === 'error') pending.reject(new Error(`${pending.method}: ${message.error}: ${message.message}`));
      else pending.resolve(message.result as Json);
    } else if (typeof message.method === 'string') {
      for (const listener of this.listeners) listener(message.method, (message.params ?? {}) as Json);
    }
  }
}
