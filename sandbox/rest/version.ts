// LinkedIn-Version handling (doc §2.3): monthly versions, each active ~12 months. The window ends
// at the sandbox clock's current month, so advancing the clock sunsets a pinned version (426).
import { badRequest, linkedinError, type ApiError } from "../http/errors";

/** `YYYYMM` of a UTC instant. */
export function monthVersion(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The active monthly versions, oldest first: `months` versions ending at the month of `nowMs`. */
export function activeVersionWindow(nowMs: number, months = 12): string[] {
  const d = new Date(nowMs);
  const versions: string[] = [];
  for (let i = months - 1; i >= 0; i--) {
    versions.push(monthVersion(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1)));
  }
  return versions;
}

/**
 * The 8-digit form LinkedIn echoes in its 426 message: a `YYYYMM` header comes back as
 * `YYYYMM01` (`202409` → `20240901`); 8-digit headers are echoed as sent. Also used in
 * ACCESS_DENIED messages (`…FINDER-roleAssignee.20260101`).
 */
export function normalizeVersion(header: string): string {
  const match = /^(\d{6})(?:\.(\d{2}))?$/.exec(header);
  if (!match) return header;
  return `${match[1]}01${match[2] ? `.${match[2]}` : ""}`;
}

export const versionMissingError = () =>
  badRequest(
    "A version must be present. Please specify a version by adding the LinkedIn-Version header.",
    "VERSION_MISSING",
  );

export const nonexistentVersionError = (header: string) =>
  linkedinError(426, `Requested version ${normalizeVersion(header)} is not active`, {
    code: "NONEXISTENT_VERSION",
  });

/**
 * Accepts `YYYYMM`, `YYYYMM.RR` (patch) and `YYYYMMDD` with DD = 01, when the month is in the window.
 * Returns null when fine, else the error to send (400 missing, 426 otherwise — unparseable values included).
 */
export function checkVersion(header: string | undefined, nowMs: number, months: number): ApiError | null {
  const value = header?.trim();
  if (!value) return versionMissingError();
  const match = /^(\d{6})(?:\.\d{2}|01)?$/.exec(value);
  if (!match?.[1]) return nonexistentVersionError(value);
  return activeVersionWindow(nowMs, months).includes(match[1]) ? null : nonexistentVersionError(value);
}
