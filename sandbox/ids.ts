// Deterministic ids, tokens and random numbers: derived from a counter in state (not Math.random),
// so a run is reproducible and survives snapshots. Reset bumps the generation, so strings never repeat.
import { createHash } from "node:crypto";
import type { SandboxState } from "./state";

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function nextDigestStream(state: SandboxState, label: string): (i: number) => Buffer {
  const n = ++state.seq.counter;
  return (i) =>
    createHash("sha256").update(`cadence-sandbox|${state.seq.generation}|${label}|${n}|${i}`).digest();
}

/** A string of `length` characters from `alphabet`, new on every call. */
export function deterministicString(
  state: SandboxState,
  label: string,
  length: number,
  alphabet = ALPHANUMERIC,
): string {
  const block = nextDigestStream(state, label);
  let out = "";
  for (let i = 0; out.length < length; i++) {
    for (const byte of block(i)) {
      if (out.length === length) break;
      out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

/**
 * LinkedIn tokens start with "AQ" and are ~500 characters long today (doc §3.3), which is why
 * clients must store at least 1000: the sandbox issues long ones so a short column fails here first.
 */
export function newOpaqueToken(state: SandboxState, label: "access" | "refresh" | "code"): string {
  const length = label === "code" ? 180 : label === "refresh" ? 340 : 480;
  return `AQ${deterministicString(state, label, length, BASE64URL)}`;
}

/**
 * A uniform number in [0, 1): fault probabilities and anything else that must look random but
 * replay identically. Its sequence restarts on reset (unlike token strings), so a test replays.
 */
export function nextRandom(state: SandboxState): number {
  const n = state.seq.random++;
  return createHash("sha256").update(`cadence-sandbox|random|${n}`).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * Bit 21 of an activity id's 22 low bits: set only in generated history posts (sandbox/history),
 * clear in every id newActivityId hands out, so the two can never collide even if the clock is
 * moved back into the history's months.
 */
export const HISTORY_ID_BIT = 1n << 21n;

/**
 * A 19-digit, time-ordered activity id like LinkedIn's (`id >> 22` is the creation time in ms),
 * from the sandbox clock plus the counter, so ids sort by creation and never collide.
 */
export function newActivityId(state: SandboxState): string {
  const n = BigInt(++state.seq.counter % Number(HISTORY_ID_BIT));
  return ((BigInt(state.clock.now()) << 22n) | n).toString();
}

/** A media-style alphanumeric id, e.g. `C4E10AQFoyyAjHPMQuQ` (19 chars). */
export function newMediaId(state: SandboxState, prefix: "C4E10AQ" | "C5F10AQ" | "D4D10AQ" | string): string {
  return prefix + deterministicString(state, `media:${prefix}`, 19 - prefix.length);
}
