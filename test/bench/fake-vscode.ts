/**
 * The slice of the `vscode` API that extension/src/live-record.ts uses, over node:fs, so the
 * benchmark times the real LiveRecord outside an extension host. The node extension host serves
 * `file:` URIs of workspace.fs from the local disk too, so this is what its writes cost, less
 * the host's own bookkeeping.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class Uri {
  readonly scheme = 'file';
  private constructor(readonly fsPath: string) {}
  static file(p: string): Uri {
    return new Uri(p);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(path.join(base.fsPath, ...parts));
  }
  toString(): string {
    return `file://${this.fsPath}`;
  }
}

export const workspace = {
  fs: {
    readFile: async (u: Uri) => new Uint8Array(await readFile(u.fsPath)),
    writeFile: (u: Uri, bytes: Uint8Array) => writeFile(u.fsPath, bytes),
    createDirectory: async (u: Uri) => void (await mkdir(u.fsPath, { recursive: true })),
    delete: (u: Uri) => rm(u.fsPath),
    rename: (a: Uri, b: Uri) => rename(a.fsPath, b.fsPath),
  },
};
