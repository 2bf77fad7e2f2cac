// The sandbox clock. Every expiry (codes, tokens, upload URLs), every daily quota and every
// statistic reads time from here, never from Date.now(), so tests can jump days or months.

export interface ClockSnapshot {
  frozen: boolean;
  /** Frozen: the current time. Running: unused. */
  base: number;
  /** Running: added to the wall clock. Frozen: unused. */
  offset: number;
}

export class SandboxClock {
  private frozen: boolean;
  private base: number;
  private offset: number;

  /** With `now`, the clock starts frozen at that instant (deterministic tests); without, it runs with the wall clock. */
  constructor(init?: { now?: number; frozen?: boolean } | ClockSnapshot) {
    if (init && "base" in init) {
      this.frozen = init.frozen;
      this.base = init.base;
      this.offset = init.offset;
      return;
    }
    this.frozen = init?.frozen ?? init?.now !== undefined;
    this.base = init?.now ?? Date.now();
    this.offset = init?.now !== undefined && !this.frozen ? init.now - Date.now() : 0;
  }

  now(): number {
    return this.frozen ? this.base : Date.now() + this.offset;
  }

  isFrozen(): boolean {
    return this.frozen;
  }

  set(ms: number): void {
    if (this.frozen) this.base = ms;
    else this.offset = ms - Date.now();
  }

  advance(ms: number): void {
    this.set(this.now() + ms);
  }

  /** Stops (true) or restarts (false) the clock at its current reading. */
  setFrozen(frozen: boolean): void {
    const current = this.now();
    this.frozen = frozen;
    this.set(current);
  }

  toJSON(): ClockSnapshot {
    return { frozen: this.frozen, base: this.base, offset: this.offset };
  }
}

export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of the UTC day containing `ms`: the key of LinkedIn's daily quota window. */
export function utcDayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The next 00:00 UTC strictly after `ms`, when daily quotas reset. */
export function nextUtcMidnight(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS + DAY_MS;
}
