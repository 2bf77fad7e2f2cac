// Optional persistence: the whole state as one JSON file, written (debounced, atomically) after
// requests and read at start, so a demo survives restarts. Buffers are stored as base64.
import { existsSync, readFileSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { SandboxClock } from "./clock";
import type { SandboxState } from "./state";

const FORMAT = "cadence-linkedin-sandbox";
const VERSION = 1;

type Persisted = Omit<SandboxState, "clock" | "listenUrl" | "publicUrl"> & {
  format: string;
  version: number;
  savedAt: number;
  clock: ReturnType<SandboxClock["toJSON"]>;
};

export function serializeState(state: SandboxState): string {
  const { listenUrl: _listenUrl, publicUrl: _publicUrl, clock, ...data } = state;
  const persisted: Persisted = {
    format: FORMAT,
    version: VERSION,
    savedAt: Date.now(),
    ...data,
    clock: clock.toJSON(),
  };
  return JSON.stringify(persisted, function replacer(this: Record<string, unknown>, key, value: unknown) {
    const original = this[key];
    if (original instanceof Uint8Array) return { $bytes: Buffer.from(original).toString("base64") };
    return value;
  });
}

function reviver(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && typeof record.$bytes === "string") return Buffer.from(record.$bytes, "base64");
  }
  return value;
}

/** Replaces `state`'s data with a snapshot's. Throws when the text is not a sandbox snapshot. */
export function restoreState(state: SandboxState, text: string): void {
  const persisted = JSON.parse(text, reviver) as Partial<Persisted>;
  if (persisted.format !== FORMAT || persisted.version !== VERSION || !persisted.clock) {
    throw new Error("Not a LinkedIn sandbox snapshot (format/version mismatch)");
  }
  const { format: _f, version: _v, savedAt: _s, clock, ...data } = persisted;
  const defaults = { config: state.config, initial: state.initial.config };
  Object.assign(state, data);
  // Snapshots written before a config section (or state.createdAt) existed keep today's defaults.
  state.config = { ...defaults.config, ...state.config };
  state.initial = { ...state.initial, config: { ...defaults.initial, ...state.initial.config } };
  state.clock = new SandboxClock(clock);
}

/** Loads `file` into `state` if it exists; a corrupt file is reported and ignored (the seeded world is used). */
export function loadSnapshot(state: SandboxState, file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    restoreState(state, readFileSync(file, "utf8"));
    return true;
  } catch (error) {
    console.error(`[sandbox] ignoring snapshot ${file}:`, error instanceof Error ? error.message : error);
    return false;
  }
}

export interface Snapshotter {
  /** Saves soon; repeated calls within the delay coalesce into one write. */
  schedule(): void;
  /** Writes now if a save is pending (used on close). */
  flush(): Promise<void>;
}

export function createSnapshotter(state: SandboxState, file: string, delayMs = 250): Snapshotter {
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const write = async () => {
    timer = undefined;
    const tmp = `${file}.${process.pid}.tmp`;
    const text = serializeState(state);
    writing = writing
      .then(() => writeFile(tmp, text))
      .then(() => rename(tmp, file))
      .catch((error: unknown) => console.error(`[sandbox] snapshot write failed:`, error));
    await writing;
  };
  return {
    schedule() {
      if (timer) return;
      timer = setTimeout(() => void write(), delayMs);
      timer.unref();
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        await write();
      }
      await writing;
    },
  };
}
