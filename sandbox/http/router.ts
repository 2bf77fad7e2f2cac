// The route table. Every endpoint — OAuth, REST, control API, pages — is one registered RouteSpec;
// extension modules add theirs with router.register() (see sandbox/routes.ts and README).
import type { RequestContext } from "./context";
import type { Reply } from "./reply";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";
export const HTTP_METHODS: readonly HttpMethod[] = [
  "GET",
  "POST",
  "PUT",
  "DELETE",
  "PATCH",
  "HEAD",
  "OPTIONS",
];

/** Which pipeline a path runs through, decided by its prefix. */
export type RouteArea = "rest" | "v2" | "oauth" | "control" | "page";

/** How the pipeline reads the request body before calling the handler. */
export type BodyMode = "json" | "form" | "raw" | "stream" | "none";

export type RouteHandler = (ctx: RequestContext) => Reply | Promise<Reply>;

export interface RouteSpec {
  method: HttpMethod;
  /** Literal segments, `{name}` for one segment, `{name*}` (last) for the rest of the path. Matched on the raw, still-encoded path. */
  path: string;
  handler: RouteHandler;
  /** Key of call counters and quotas; default `${method} ${path}`. */
  endpoint?: string;
  /** Rest.li resource name used in ACCESS_DENIED messages; default: first segment after /rest/. */
  resource?: string;
  /** Default: "none" for GET/DELETE/HEAD/OPTIONS, "form" for POST under /oauth, else "json". */
  body?: BodyMode;
  /** Body size limit for this route; default config.maxBodyBytes. */
  maxBodyBytes?: number;
  /** X-RestLi-Method values that must be sent (any case) to reach this handler, e.g. ["PARTIAL_UPDATE"]. */
  requireRestliMethod?: readonly string[];
  /** Bearer token: "required" by default under /rest and /v2, else "none". "optional" validates a token only when one is sent. */
  auth?: "required" | "optional" | "none";
  /** Counts toward the daily quotas; default true under /rest and /v2. */
  quota?: boolean;
  /** One line for GET /_sandbox/routes and the README. */
  description?: string;
}

export interface ResolvedRoute extends Required<
  Omit<RouteSpec, "maxBodyBytes" | "requireRestliMethod" | "description">
> {
  area: RouteArea;
  maxBodyBytes: number | undefined;
  requireRestliMethod: readonly string[];
  description: string;
}

export type MatchResult =
  | { kind: "found"; route: ResolvedRoute; params: Record<string, string> }
  | { kind: "method-not-allowed"; allowed: HttpMethod[] }
  | { kind: "not-found" };

type Segment = { literal: string } | { param: string } | { rest: string };

interface CompiledRoute {
  route: ResolvedRoute;
  segments: Segment[];
  literals: number;
}

export function areaOf(path: string): RouteArea {
  if (path === "/rest" || path.startsWith("/rest/")) return "rest";
  if (path.startsWith("/v2/")) return "v2";
  if (path.startsWith("/oauth/")) return "oauth";
  if (path === "/_sandbox" || path.startsWith("/_sandbox/")) return "control";
  return "page";
}

function compile(path: string): Segment[] {
  if (!path.startsWith("/")) throw new Error(`Route path must start with "/": ${path}`);
  const parts = path.split("/").slice(1);
  return parts.map((part, i) => {
    const param = /^\{([A-Za-z_][A-Za-z0-9_]*)(\*?)\}$/.exec(part);
    if (!param) return { literal: part };
    const name = param[1] as string;
    if (param[2]) {
      if (i !== parts.length - 1) throw new Error(`{${name}*} must be the last segment: ${path}`);
      return { rest: name };
    }
    return { param: name };
  });
}

function matchSegments(segments: Segment[], parts: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    if ("rest" in segment) {
      const rest = parts.slice(i).join("/");
      if (rest === "") return null;
      params[segment.rest] = rest;
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    if ("literal" in segment) {
      if (segment.literal !== part) return null;
    } else {
      if (part === "") return null;
      params[segment.param] = part;
    }
  }
  return segments.length === parts.length ? params : null;
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  register(spec: RouteSpec): void {
    const area = areaOf(spec.path);
    const endpoint = spec.endpoint ?? `${spec.method} ${spec.path}`;
    if (this.routes.some((r) => r.route.method === spec.method && r.route.path === spec.path)) {
      throw new Error(`Route already registered: ${spec.method} ${spec.path}`);
    }
    const readsBody = !["GET", "DELETE", "HEAD", "OPTIONS"].includes(spec.method);
    const segments = compile(spec.path);
    const route: ResolvedRoute = {
      method: spec.method,
      path: spec.path,
      handler: spec.handler,
      endpoint,
      resource: spec.resource ?? (area === "rest" ? (spec.path.split("/")[2] ?? "") : spec.path),
      body: spec.body ?? (readsBody ? (area === "oauth" ? "form" : "json") : "none"),
      maxBodyBytes: spec.maxBodyBytes,
      requireRestliMethod: (spec.requireRestliMethod ?? []).map((m) => m.toUpperCase()),
      auth: spec.auth ?? (area === "rest" || area === "v2" ? "required" : "none"),
      quota: spec.quota ?? (area === "rest" || area === "v2"),
      area,
      description: spec.description ?? "",
    };
    this.routes.push({ route, segments, literals: segments.filter((s) => "literal" in s).length });
  }

  /** Matches a raw path. HEAD falls back to GET routes. Literal segments beat parameters. */
  match(method: string, path: string): MatchResult {
    const parts = path.split("/").slice(1);
    const candidates = this.routes
      .map((r) => ({ compiled: r, params: matchSegments(r.segments, parts) }))
      .filter((c): c is { compiled: CompiledRoute; params: Record<string, string> } => c.params !== null);
    if (candidates.length === 0) return { kind: "not-found" };
    const wanted =
      method === "HEAD" && !candidates.some((c) => c.compiled.route.method === "HEAD") ? "GET" : method;
    const sameMethod = candidates
      .filter((c) => c.compiled.route.method === wanted)
      .sort((a, b) => b.compiled.literals - a.compiled.literals);
    const best = sameMethod[0];
    if (best) return { kind: "found", route: best.compiled.route, params: best.params };
    const allowed = [...new Set(candidates.map((c) => c.compiled.route.method))];
    return { kind: "method-not-allowed", allowed };
  }

  list(): ResolvedRoute[] {
    return this.routes.map((r) => r.route);
  }
}
