// Cadence's notion of "now" for anything time-driven (token expiry, warnings, scheduling).
// Tests move it together with the sandbox's clock to play out days in seconds.
let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

export function nowMs(): number {
  return Date.now() + offsetMs;
}

/** Tests only: shift Cadence's clock by `ms` from the wall clock (0 restores it). */
export function setClockOffset(ms: number): void {
  offsetMs = ms;
}
