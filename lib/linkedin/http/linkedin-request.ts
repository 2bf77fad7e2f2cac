// The shape of one call to LinkedIn, shared by the transport and every operation.
import type { z } from "zod";
import type { RestliQuery } from "../restli/build-restli-query";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** Rest.li operations (doc §2.1); sent upper-case in X-RestLi-Method as LinkedIn's docs show. */
export type RestliMethod =
  | "GET"
  | "BATCH_GET"
  | "GET_ALL"
  | "FINDER"
  | "BATCH_FINDER"
  | "CREATE"
  | "BATCH_CREATE"
  | "UPDATE"
  | "BATCH_UPDATE"
  | "PARTIAL_UPDATE"
  | "BATCH_PARTIAL_UPDATE"
  | "DELETE"
  | "BATCH_DELETE"
  | "ACTION";

/** `rest`: {apiBaseUrl}/rest (versioned); `v2`: {apiBaseUrl}/v2 (OIDC userinfo only); `oauth`: {oauthBaseUrl}. */
export type LinkedInApi = "rest" | "v2" | "oauth";

export interface LinkedInRequest<T> {
  api: LinkedInApi;
  method: HttpMethod;
  /** Path under the API base with keys already Rest.li-encoded, e.g. `/posts/${encodeRestliKey(urn)}`. */
  path: string;
  query?: RestliQuery;
  restliMethod?: RestliMethod;
  json?: unknown;
  /** application/x-www-form-urlencoded body (OAuth endpoints). */
  form?: Readonly<Record<string, string>>;
  accessToken?: string;
  /** Validates the response body; an empty body is `undefined` (use z.undefined() for 201/204). */
  schema: z.ZodType<T>;
  /**
   * Whether a transient failure may be retried here. Default: true for GET, false otherwise —
   * LinkedIn has no idempotency key, so a create is never repeated blindly (architecture.md).
   */
  idempotent?: boolean;
  /** Any one of these scopes allows the call; with `grantedScopes`, a 403 says scope vs Page role. */
  requiredScopes?: readonly string[];
  grantedScopes?: readonly string[];
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface LinkedInResponse<T> {
  status: number;
  data: T;
  /** The created entity's key from `x-restli-id` (doc §2.2), reduced-encoding undone; null when absent. */
  restliId: string | null;
  headers: Headers;
}
