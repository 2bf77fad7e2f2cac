// The request context every handler receives: the effective request after query tunnelling,
// the parsed Rest.li query, the authenticated token and the shared sandbox state.
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import type { AuthInfo } from "../rest/auth";
import type { RestliValue } from "../restli/parse";
import type { SandboxState } from "../state";
import type { HttpMethod, ResolvedRoute } from "./router";

export interface RequestContext {
  state: SandboxState;
  req: IncomingMessage;
  route: ResolvedRoute;
  /** Effective method: the X-HTTP-Method-Override of a tunnelled request, else the HTTP method. */
  method: HttpMethod;
  /** Raw (still percent-encoded) path. */
  path: string;
  /** Raw query string without "?" (for tunnelled requests: the one from the body). */
  rawQuery: string;
  /** Query parameters: Rest.li 2.0 values under /rest, plain strings elsewhere. `projection` and `fields` stay strings. */
  query: Record<string, RestliValue>;
  /** Raw path parameters from `{name}` segments; decode with pathKey()/decodePathParam(). */
  params: Record<string, string>;
  /** Lower-cased header names (node's IncomingHttpHeaders), so lookups are case-insensitive. */
  headers: IncomingHttpHeaders;
  /** Parsed JSON (body "json"), Record<string, string> (body "form"), or undefined. */
  body: unknown;
  /** The bytes behind `body` (json/form/raw); for "stream" routes read ctx.req yourself. */
  rawBody: Buffer | undefined;
  /** The caller's token; null on routes with auth "none" (or "optional" without a token). */
  auth: AuthInfo | null;
  /** LinkedIn-Version as sent, null when absent (only /rest requires it). */
  version: string | null;
  /** X-RestLi-Method, upper-cased; null when not sent. */
  restliMethod: string | null;
  /** Rest.li operation label for ACCESS_DENIED messages, e.g. GET, BATCH_GET, FINDER-roleAssignee, ACTION-initializeUpload. */
  operation: string;
  /** The base URL the caller reached the sandbox at (or the configured public URL): build absolute links from it. */
  baseUrl: string;
  tunnelled: boolean;
  /** Sandbox clock reading (epoch ms). */
  now(): number;
}
