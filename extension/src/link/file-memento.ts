/**
 * A small key-value store in one JSON file, written through at every update. The link keeps its
 * pairing (peers, port) and the mirrored meeting's id here rather than in VS Code's Mementos:
 * those reach the disk on VS Code's own schedule, and a code-server stopped right after pairing
 * came back without them (seen in the two-host test), so the browser was no longer recognised.
 * The file's bytes come in through `FileIo` (vscode.workspace.fs in the extension), so tests use
 * this very store over node:fs.
 */
/** What the link needs of a store (a Memento fits too). */
export interface KeyValue {
  get<T>(key: string): T | undefined;
  get<T>(key: string, fallback: T): T;
  update(key: string, value: unknown): Thenable<void>;
  /** Reads the store again: another window of the user may have written it since (the pairing is per user). */
  reload?(): Thenable<void>;
}

/** One file's bytes: read (throws when missing) and written (its folder created). */
export interface FileIo {
  read(): Thenable<Uint8Array>;
  write(bytes: Uint8Array): Thenable<void>;
}

/** The object in the file; undefined when it is missing or unreadable. */
async function readObject(io: FileIo): Promise<Record<string, unknown> | undefined> {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(await io.read()));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return undefined;
  }
}

export class FileMemento implements KeyValue {
  private chain: Promise<void> = Promise.resolve();

  private constructor(
    private readonly io: FileIo,
    private data: Record<string, unknown>,
  ) {}

  /** A missing or unreadable file starts empty (the link then asks to pair again). */
  static async load(io: FileIo): Promise<FileMemento> {
    return new FileMemento(io, (await readObject(io)) ?? {});
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
    const done = this.chain.then(() => this.io.write(new TextEncoder().encode(JSON.stringify(next, null, 2))));
    this.chain = done.catch(() => undefined);
    return done;
  }

  /**
   * After this window's own pending writes, the file as it is now (e.g. a browser another window
   * paired). A file that cannot be read keeps what this window holds: forgetting a pairing here
   * would write the loss back at the next update.
   */
  async reload(): Promise<void> {
    await this.chain;
    this.data = (await readObject(this.io)) ?? this.data;
  }
}
