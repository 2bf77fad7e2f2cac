// The request pipeline. Order for api paths: faults → tunnelling → LinkedIn-Version →
// protocol header → bearer token → route (404/405) → X-RestLi-Method → quota → query → body →
// handler. Every thrown error becomes a LinkedIn-style answer; nothing escapes to crash the server.
import type { IncomingMessage, ServerResponse } from "node:http";
import { faultReply } from "../faults/fault-reply";
import { takeHttpFault } from "../faults/faults";
import { authenticateBearer, type AuthInfo } from "../rest/auth";
import { consumeQuota } from "../rest/quotas";
import { deriveOperation, missingRestliMethodError, readRestliMethod } from "../rest/restli-method";
import { checkVersion } from "../rest/version";
import { parseRestliQuery, RestliQueryError, type RestliValue } from "../restli/parse";
import type { SandboxState } from "../state";
import { parseFormBody, parseJsonBody, readBody } from "./body";
import type { RequestContext } from "./context";
import { ApiError, badRequest, internalError, linkedinError, linkedinErrorBody, OAuthError } from "./errors";
import { html, json, writeReply, type Reply } from "./reply";
import { areaOf, HTTP_METHODS, type HttpMethod, type RouteArea, type Router } from "./router";
import { untunnel } from "./tunnel";

export interface SandboxRuntime {
  state: SandboxState;
  router: Router;
  /** Called after every request (snapshot scheduling). */
  afterRequest(): void;
}

interface Trace {
  endpoint: string;
}

const DROPPED = Symbol("dropped");

export async function handleRequest(
  runtime: SandboxRuntime,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const trace: Trace = { endpoint: `${req.method ?? "GET"} (unmatched)` };
  let outcome: Reply | typeof DROPPED;
  const { path } = splitTarget(req.url ?? "/");
  try {
    outcome = await pipeline(runtime, req, trace);
  } catch (error) {
    outcome = errorReply(error, areaOf(path), req);
  }
  const status = outcome === DROPPED ? 0 : outcome.status;
  // The control API is the test's own voice, not traffic to LinkedIn: it is not counted.
  if (areaOf(path) !== "control") countCall(runtime.state, trace.endpoint, status);
  if (outcome === DROPPED) req.socket.destroy();
  else writeReply(res, outcome, req.method ?? "GET");
  runtime.afterRequest();
}

function splitTarget(target: string): { path: string; rawQuery: string } {
  let t = target;
  // Absolute-form targets (proxies) carry scheme and host.
  if (/^https?:\/\//i.test(t)) t = t.replace(/^https?:\/\/[^/]*/i, "") || "/";
  const hash = t.indexOf("#");
  if (hash !== -1) t = t.slice(0, hash);
  const q = t.indexOf("?");
  return q === -1 ? { path: t, rawQuery: "" } : { path: t.slice(0, q), rawQuery: t.slice(q + 1) };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function baseUrlOf(state: SandboxState, req: IncomingMessage): string {
  if (state.publicUrl) return state.publicUrl.replace(/\/$/, "");
  const host = header(req, "host");
  return host && /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? `http://${host}` : state.listenUrl;
}

async function pipeline(
  runtime: SandboxRuntime,
  req: IncomingMessage,
  trace: Trace,
): Promise<Reply | typeof DROPPED> {
  const { state, router } = runtime;
  const httpMethod = (req.method ?? "GET").toUpperCase();
  const { path, rawQuery: urlQuery } = splitTarget(req.url ?? "/");
  if (!path.startsWith("/")) throw badRequest("Invalid request target");
  const area = areaOf(path);
  // Name the endpoint early so faulted and rejected calls are counted under it too.
  const early = router.match(httpMethod, path);
  if (early.kind === "found") trace.endpoint = early.route.endpoint;

  if (area !== "control") {
    const fault = takeHttpFault(state, httpMethod, urlQuery ? `${path}?${urlQuery}` : path);
    if (fault) {
      if (fault.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault.status === 0) return DROPPED;
      if (fault.status !== null) {
        return faultReply(fault, { method: httpMethod, path, version: header(req, "linkedin-version") });
      }
    }
  }

  if (!HTTP_METHODS.includes(httpMethod as HttpMethod)) {
    throw linkedinError(405, `Method ${httpMethod} is not allowed`);
  }
  let method = httpMethod as HttpMethod;
  let rawQuery = urlQuery;
  let preRead: { buffer: Buffer | undefined; contentType: string | undefined } | undefined;
  const override = header(req, "x-http-method-override");
  const tunnelled = method === "POST" && override !== undefined && (area === "rest" || area === "v2");
  if (tunnelled) {
    const buffer = await readBody(req, state.config.maxBodyBytes);
    const untunnelled = untunnel(override, header(req, "content-type"), buffer, urlQuery);
    method = untunnelled.method;
    rawQuery = untunnelled.rawQuery;
    preRead = { buffer: untunnelled.body, contentType: untunnelled.contentType };
  }

  let version: string | null = null;
  let protocol: "2.0.0" | "1.0.0" = "2.0.0";
  if (area === "rest") {
    const versionError = checkVersion(
      header(req, "linkedin-version"),
      state.clock.now(),
      state.config.versionWindowMonths,
    );
    if (versionError) throw versionError;
    version = header(req, "linkedin-version")?.trim() ?? null;
    const protocolHeader = header(req, "x-restli-protocol-version")?.trim();
    if (protocolHeader !== "2.0.0") {
      if (state.config.protocolHeader === "require") {
        throw badRequest("The X-Restli-Protocol-Version header must be 2.0.0 for this API");
      }
      protocol = "1.0.0";
    }
  }

  // Authenticate before routing so an unknown path with a bad token still answers 401, as LinkedIn's gateway does.
  let auth: AuthInfo | null = null;
  if (area === "rest" || area === "v2") auth = authenticateBearer(state, header(req, "authorization"));

  const match = router.match(method, path);
  if (match.kind === "not-found") return notFoundReply(area, req);
  if (match.kind === "method-not-allowed") {
    trace.endpoint = `${method} (method not allowed) ${path}`;
    return {
      ...json(
        405,
        linkedinErrorBody(
          405,
          `Method ${method} is not allowed on this resource; allowed: ${match.allowed.join(", ")}`,
        ),
      ),
      headers: { Allow: match.allowed.join(", ") },
    };
  }
  const { route, params } = match;
  trace.endpoint = route.endpoint;

  if (auth === null && route.auth !== "none" && (route.auth === "required" || header(req, "authorization"))) {
    auth = authenticateBearer(state, header(req, "authorization"));
  }

  let restliMethod: string | null = null;
  if (route.area === "rest") {
    restliMethod = readRestliMethod(header(req, "x-restli-method"), method);
    if (
      route.requireRestliMethod.length > 0 &&
      (restliMethod === null || !route.requireRestliMethod.includes(restliMethod))
    ) {
      throw missingRestliMethodError(route.requireRestliMethod);
    }
  }

  if (route.quota && auth) consumeQuota(state, route.endpoint, auth.clientId, auth.record.memberId);

  let query: Record<string, RestliValue>;
  if (route.area === "rest") {
    try {
      query = parseRestliQuery(rawQuery, { protocol });
    } catch (error) {
      if (error instanceof RestliQueryError) throw badRequest(error.message);
      throw error;
    }
  } else {
    query = {};
    for (const [key, value] of new URLSearchParams(rawQuery)) if (!(key in query)) query[key] = value;
  }

  let body: unknown;
  let rawBody: Buffer | undefined;
  if (route.body !== "stream" && route.body !== "none") {
    const contentType = preRead ? preRead.contentType : header(req, "content-type");
    rawBody = preRead
      ? (preRead.buffer ?? Buffer.alloc(0))
      : await readBody(req, route.maxBodyBytes ?? state.config.maxBodyBytes);
    if (route.body === "json") body = parseJsonBody(rawBody, contentType);
    else if (route.body === "form") body = parseFormBody(rawBody);
  } else if (route.body === "none" && !preRead) {
    req.resume();
  }

  const ctx: RequestContext = {
    state,
    req,
    route,
    method,
    path,
    rawQuery,
    query,
    params,
    headers: req.headers,
    body,
    rawBody,
    auth,
    version,
    restliMethod,
    operation: deriveOperation(method, Object.keys(params).length > 0, query, restliMethod),
    baseUrl: baseUrlOf(state, req),
    tunnelled,
    now: () => state.clock.now(),
  };
  return await route.handler(ctx);
}

function notFoundReply(area: RouteArea, req: IncomingMessage): Reply {
  if (area === "page" && (header(req, "accept") ?? "").includes("text/html")) {
    return html(
      404,
      '<!doctype html><title>Not found</title><p>Nothing here. <a href="/">Sandbox home</a></p>',
    );
  }
  return json(404, linkedinErrorBody(404, "No virtual resource found", { code: "NOT_FOUND" }));
}

function errorReply(error: unknown, area: RouteArea, req: IncomingMessage): Reply {
  if (error instanceof ApiError) return json(error.status, error.body, error.headers);
  if (error instanceof OAuthError)
    return json(error.status, { error: error.error, error_description: error.description });
  console.error(`[sandbox] ${req.method} ${req.url} failed (${area}):`, error);
  return json(500, internalError().body);
}

function countCall(state: SandboxState, endpoint: string, status: number): void {
  const counter = (state.usage.calls[endpoint] ??= { total: 0, statuses: {} });
  counter.total++;
  counter.statuses[String(status)] = (counter.statuses[String(status)] ?? 0) + 1;
}
