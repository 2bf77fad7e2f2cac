// Where uploaded media bytes live: files on disk, never whole uploads in memory. By default a
// fresh folder under os.tmpdir()/cadence-linkedin-sandbox/, emptied on reset and removed on close;
// with a configured directory (snapshot demos) the files survive restarts alongside the snapshot.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { onClose, onReset } from "../lifecycle";
import type { SandboxState } from "../state";

/** Which file of a media asset: its bytes, or a video's captions / thumbnail. */
export type BlobSlot = "main" | "captions" | "thumbnail";

export interface BlobStore {
  readonly dir: string;
  /** Whether the folder outlives the server (configured directory) or is a temp folder. */
  readonly persistent: boolean;
  pathFor(mediaId: string, slot: BlobSlot): string;
  remove(mediaId: string): void;
  /** Deletes every stored file. */
  clear(): void;
}

const stores = new WeakMap<SandboxState, BlobStore>();
export const TEMP_ROOT = path.join(tmpdir(), "cadence-linkedin-sandbox");

/** Uses `dir` (created if needed) for this sandbox's media instead of a temp folder. Call before any upload. */
export function configureBlobStore(state: SandboxState, dir: string): BlobStore {
  mkdirSync(dir, { recursive: true });
  return register(state, dir, true);
}

/** The sandbox's store, creating its temp folder on first use. */
export function blobStore(state: SandboxState): BlobStore {
  const existing = stores.get(state);
  if (existing) return existing;
  mkdirSync(TEMP_ROOT, { recursive: true });
  return register(state, mkdtempSync(path.join(TEMP_ROOT, `${process.pid}-`)), false);
}

function register(state: SandboxState, dir: string, persistent: boolean): BlobStore {
  const fileName = (mediaId: string, slot: BlobSlot) => {
    // Media ids are alphanumeric (plus - and _), so they are safe file names; anything else is a bug.
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(mediaId)) throw new Error(`Unsafe media id: ${mediaId}`);
    return path.join(dir, `${mediaId}.${slot}`);
  };
  const store: BlobStore = {
    dir,
    persistent,
    pathFor: fileName,
    remove(mediaId) {
      for (const slot of ["main", "captions", "thumbnail"] as const)
        rmSync(fileName(mediaId, slot), { force: true });
    },
    clear() {
      for (const entry of safeList(dir)) rmSync(path.join(dir, entry), { force: true, recursive: true });
    },
  };
  stores.set(state, store);
  onReset(state, () => store.clear());
  onClose(state, () => {
    stores.delete(state);
    if (!persistent) rmSync(dir, { recursive: true, force: true });
  });
  return store;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
