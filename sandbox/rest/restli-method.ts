// X-RestLi-Method handling (doc §2.1): matched case-insensitively, checked against the HTTP
// method, required for PARTIAL_UPDATE and BATCH_* writes. Also names the Rest.li operation of a
// request for LinkedIn's ACCESS_DENIED messages.
import { badRequest } from "../http/errors";
import type { HttpMethod } from "../http/router";
import type { RestliValue } from "../restli/parse";

export const RESTLI_METHOD_HTTP: Record<string, HttpMethod> = {
  GET: "GET",
  BATCH_GET: "GET",
  GET_ALL: "GET",
  FINDER: "GET",
  BATCH_FINDER: "GET",
  CREATE: "POST",
  BATCH_CREATE: "POST",
  PARTIAL_UPDATE: "POST",
  BATCH_PARTIAL_UPDATE: "POST",
  ACTION: "POST",
  UPDATE: "PUT",
  BATCH_UPDATE: "PUT",
  DELETE: "DELETE",
  BATCH_DELETE: "DELETE",
};

/** Upper-cases and validates an X-RestLi-Method header; throws 400 for unknown values or a mismatched HTTP method. */
export function readRestliMethod(header: string | undefined, httpMethod: HttpMethod): string | null {
  if (header === undefined || header.trim() === "") return null;
  const value = header.trim().toUpperCase();
  const expected = RESTLI_METHOD_HTTP[value];
  if (!expected) throw badRequest(`Unknown X-RestLi-Method: ${header.trim()}`);
  if (expected !== httpMethod) {
    throw badRequest(
      `X-RestLi-Method ${value} cannot be used with HTTP ${httpMethod}; it requires ${expected}`,
    );
  }
  return value;
}

export function missingRestliMethodError(required: readonly string[]) {
  return badRequest(
    `The X-RestLi-Method header is required for this request: expected ${required.join(" or ")}`,
  );
}

/** Throws 400 unless the request declared one of `required` in X-RestLi-Method. */
export function requireRestliMethod(ctx: { restliMethod: string | null }, ...required: string[]): void {
  if (ctx.restliMethod === null || !required.includes(ctx.restliMethod))
    throw missingRestliMethodError(required);
}

/** The Rest.li operation a request performs, e.g. `GET`, `BATCH_GET`, `FINDER-roleAssignee`, `ACTION-initializeUpload`. */
export function deriveOperation(
  method: HttpMethod,
  hasKey: boolean,
  query: Record<string, RestliValue>,
  header: string | null,
): string {
  const q = typeof query.q === "string" ? query.q : undefined;
  const action = typeof query.action === "string" ? query.action : undefined;
  if (header === "FINDER" && q) return `FINDER-${q}`;
  if (header === "ACTION" && action) return `ACTION-${action}`;
  if (header) return header;
  const hasIds = query.ids !== undefined;
  switch (method) {
    case "GET":
    case "HEAD":
      if (hasKey) return "GET";
      if (q) return `FINDER-${q}`;
      return hasIds ? "BATCH_GET" : "GET_ALL";
    case "POST":
      if (action) return `ACTION-${action}`;
      return hasKey ? "PARTIAL_UPDATE" : "CREATE";
    case "PUT":
      return hasIds ? "BATCH_UPDATE" : "UPDATE";
    case "DELETE":
      return hasIds ? "BATCH_DELETE" : "DELETE";
    default:
      return method;
  }
}
