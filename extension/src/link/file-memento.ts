/**
 * A small key-value store in one JSON file, written through at every update. The link keeps its
 * pairing (peers, port) and the mirrored meeting's id here rather than in VS Code's Mementos:
 * those reach the disk on VS Code's own schedule, and a code-server stopped right after pairing
 * came back without them (seen in the two-host test), so the browser was no longer recognised.
 */
import * as vscode from 'vscode';

/** What the link needs of a store (a Memento fits too). */
export interface KeyValue {
  get<T>(key: string): T | undefined;
  get<T>(key: string, fallback: T): T;
  update(key: string, value: unknown): Thenable<void>;
}

export class FileMemento implements KeyValue {
  private chain: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: vscode.Uri,
    private data: Record<string, unknown>,
  ) {}

  /** Reads the file; a missing or unreadable one starts empty (the link then asks to pair again). */
  static async load(file: vscode.Uri): Promise<FileMemento> {
    try {
      const parsed: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      return new FileMemento(file, typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {});
    } catch {
      return new FileMemento(file, {});
    }
  }

  get<T>(key: string): T | undefined;
  get<T>(key: string, fallback: T): T;
  get<T>(key: string, fallback?: T): T | undefined {
    return key in this.data ? (this.data[key] as T) : fallback;
  }

  async update(key: string, value: unknown): Promise<void> {
    const next = { ...this.data };
    if (value === undefined) delete next[key];
    else next[key] = value;
    this.data = next;
    // One write at a time, in update order, so the file never ends on an older state.
    const write = async () => {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.file, '..'));
      await vscode.workspace.fs.writeFile(this.file, new TextEncoder().encode(JSON.stringify(next, null, 2)));
    };
    const done = this.chain.then(write);
    this.chain = done.catch(() => undefined);
    return done;
  }
}
