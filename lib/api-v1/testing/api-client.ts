// Tests call the /api/v1 route handlers in-process, as Next would: a Request in, a Response out.
import * as channels from "@/app/api/v1/channels/route";
import * as onePost from "@/app/api/v1/posts/[id]/route";
import * as publish from "@/app/api/v1/posts/[id]/publish/route";
import * as stats from "@/app/api/v1/posts/[id]/stats/route";
import * as posts from "@/app/api/v1/posts/route";

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers of many shapes
export type ApiAnswer = { status: number; headers: Headers; body: any; text: string };

/** Finds the handler for a method and path under /api/v1, with its {id}. */
export function routeFor(method: string, path: string): { handler: Handler; params: Record<string, string> } | null {
  const pathname = path.split("?")[0]!;
  const match = /^\/api\/v1\/posts\/([^/]*)(?:\/(publish|stats))?$/.exec(pathname);
  const table: Record<string, Record<string, Handler | undefined>> = {
    "/api/v1/posts": { GET: posts.GET, POST: posts.POST },
    "/api/v1/channels": { GET: channels.GET },
  };
  if (table[pathname]) {
    const handler = table[pathname]![method];
    return handler ? { handler, params: {} } : null;
  }
  if (!match) return null;
  const params = { id: decodeURIComponent(match[1]!) };
  const handlers = (match[2] === "publish" ? publish : match[2] === "stats" ? stats : onePost) as unknown as Record<
    string,
    Handler | undefined
  >;
  const handler = handlers[method];
  return handler ? { handler, params } : null;
}

export async function callApi(
  method: string,
  path: string,
  options: { key?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const route = routeFor(method, path);
  if (!route) throw new Error(`no route for ${method} ${path}`);
  const headers = new Headers(options.headers);
  if (options.key) headers.set("authorization", `Bearer ${options.key}`);
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new Request(`http://localhost:3000${path}`, { method, headers, body });
  const response = await route.handler(request, { params: Promise.resolve(route.params) });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}
