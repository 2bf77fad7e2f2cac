// LinkedIn's two error shapes, read leniently (doc §13.1): REST `{status, code?, serviceErrorCode?,
// message}` and OAuth `{error, error_description}`. Any field may be missing or mistyped; a body
// that is not JSON at all (a proxy's HTML page) still yields a message.
import { z } from "zod";

export interface LinkedInErrorBody {
  code: string | null;
  serviceErrorCode: number | null;
  message: string | null;
  /** OAuth endpoints: `error` (e.g. invalid_grant). */
  oauthError: string | null;
}

const looseBody = z.looseObject({
  status: z.unknown().optional(),
  code: z.unknown().optional(),
  serviceErrorCode: z.unknown().optional(),
  message: z.unknown().optional(),
  error: z.unknown().optional(),
  error_description: z.unknown().optional(),
});

const asString = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

const asInteger = (value: unknown) =>
  typeof value === "number" && Number.isInteger(value)
    ? value
    : typeof value === "string" && /^\d+$/.test(value)
      ? Number(value)
      : null;

/** `body` is the parsed JSON (or undefined), `text` the raw body for non-JSON answers. */
export function readErrorBody(body: unknown, text: string): LinkedInErrorBody {
  const parsed = looseBody.safeParse(body);
  if (!parsed.success) {
    const snippet = text.replace(/\s+/g, " ").trim().slice(0, 200);
    return { code: null, serviceErrorCode: null, message: snippet || null, oauthError: null };
  }
  const b = parsed.data;
  const oauthError = asString(b.error);
  return {
    code: asString(b.code),
    serviceErrorCode: asInteger(b.serviceErrorCode),
    message: asString(b.message) ?? asString(b.error_description) ?? oauthError,
    oauthError,
  };
}
