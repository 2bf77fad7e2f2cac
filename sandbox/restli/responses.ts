// Rest.li response and parameter helpers shared by every /rest handler (doc §6.4): paging
// parameters, finder `{elements, paging}`, batch `{results, statuses, errors}`, typed query
// parameters and path keys, and the x-restli-id header of creates.
import type { RequestContext } from "../http/context";
import { badRequest, invalidParam, type ApiError } from "../http/errors";
import { empty, type Reply } from "../http/reply";
import { formatRestliKey } from "./encode";
import { parseRestliValue, RestliSyntaxError, type RestliValue } from "./parse";
import { applyProjection, parseProjection, type Projection } from "./projection";

export interface Paging {
  start: number;
  count: number;
}

export interface PagingResponse extends Paging {
  links: { rel: string; href: string; type: string }[];
  total?: number;
}

export interface FinderResponse<T> {
  elements: T[];
  paging: PagingResponse;
}

export interface BatchResponse<T> {
  results: Record<string, T>;
  statuses: Record<string, number>;
  errors: Record<string, { status: number; message: string; [extra: string]: unknown }>;
}

function intParam(
  query: Record<string, RestliValue>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = query[name];
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !/^\d+$/.test(value))
    throw invalidParam(`Invalid value for parameter "${name}": must be a non-negative integer`);
  const n = Number(value);
  if (n < min || n > max)
    throw invalidParam(`Invalid value for parameter "${name}": must be between ${min} and ${max}`);
  return n;
}

/** `start` (default 0) and `count` (default `defaultCount`, at most `maxCount`). */
export function readPaging(ctx: RequestContext, defaultCount = 10, maxCount = 1000): Paging {
  return {
    start: intParam(ctx.query, "start", 0, 0, Number.MAX_SAFE_INTEGER),
    count: intParam(ctx.query, "count", defaultCount, 0, maxCount),
  };
}

function withStart(ctx: RequestContext, start: number): string {
  const pairs = ctx.rawQuery.split("&").filter((p) => p !== "" && !p.startsWith("start="));
  return `${ctx.path}?${[...pairs, `start=${start}`].join("&")}`;
}

/** Pages `all` and wraps it as a finder response with Rest.li `prev`/`next` links. */
export function finderResponse<T>(ctx: RequestContext, all: readonly T[], paging: Paging): FinderResponse<T> {
  const elements = all.slice(paging.start, paging.start + paging.count);
  const links: PagingResponse["links"] = [];
  if (paging.start > 0 && paging.count > 0) {
    links.push({
      rel: "prev",
      href: withStart(ctx, Math.max(0, paging.start - paging.count)),
      type: "application/json",
    });
  }
  if (paging.count > 0 && paging.start + paging.count < all.length) {
    links.push({ rel: "next", href: withStart(ctx, paging.start + paging.count), type: "application/json" });
  }
  return { elements, paging: { start: paging.start, count: paging.count, links, total: all.length } };
}

export type BatchItem<T> = { entity: T } | { error: ApiError };

/** Builds a batch response; keys are formatted like LinkedIn's (ids raw, compound keys reduced-encoded). */
export function batchResponse<K extends RestliValue | number, T>(
  keys: readonly K[],
  resolve: (key: K) => BatchItem<T>,
): BatchResponse<T> {
  const response: BatchResponse<T> = { results: {}, statuses: {}, errors: {} };
  for (const key of keys) {
    const name = formatRestliKey(key);
    const item = resolve(key);
    if ("entity" in item) {
      response.results[name] = item.entity;
      response.statuses[name] = 200;
    } else {
      const { status, message } = item.error.body as { status: number; message: string };
      response.statuses[name] = status;
      response.errors[name] = { status, message };
    }
  }
  return response;
}

/** A required string query parameter; 400 when absent or not a plain string. */
export function stringParam(ctx: RequestContext, name: string): string {
  const value = ctx.query[name];
  if (value === undefined || value === "") throw invalidParam(`Missing required parameter "${name}"`);
  if (typeof value !== "string")
    throw invalidParam(`Invalid value for parameter "${name}": expected a string`);
  return value;
}

export function optionalStringParam(ctx: RequestContext, name: string): string | undefined {
  return ctx.query[name] === undefined ? undefined : stringParam(ctx, name);
}

/** A required `List(...)` parameter, e.g. `ids=List(123,456)`. */
export function listParam(ctx: RequestContext, name: string): RestliValue[] {
  const value = ctx.query[name];
  if (value === undefined) throw invalidParam(`Missing required parameter "${name}"`);
  if (!Array.isArray(value)) throw invalidParam(`Invalid value for parameter "${name}": expected List(...)`);
  return value;
}

/** Parses a path parameter as a Rest.li key (`urn%3Ali%3Ashare%3A1` → `urn:li:share:1`, `(a:b)` → record). */
export function pathKey(ctx: RequestContext, name: string): RestliValue {
  const raw = ctx.params[name];
  if (raw === undefined) throw new Error(`Route has no path parameter {${name}}`);
  try {
    return parseRestliValue(raw);
  } catch (error) {
    if (error instanceof RestliSyntaxError)
      throw badRequest(`Invalid Rest.li syntax in path key: ${error.message}`);
    throw error;
  }
}

/** A path key that must be a simple string (id or URN). */
export function stringPathKey(ctx: RequestContext, name: string): string {
  const key = pathKey(ctx, name);
  if (typeof key !== "string")
    throw badRequest(`Invalid path key: expected an id, got a compound value`, "INVALID_URN_ID");
  return key;
}

/** 201 Created, empty body, `x-restli-id` carrying the new entity's key (doc §7.1). */
export function createdReply(id: RestliValue | number, headers: Record<string, string> = {}): Reply {
  return empty(201, { ...headers, "x-restli-id": formatRestliKey(id) });
}

/** The request's `projection` parameter, parsed. */
export function projectionOf(ctx: RequestContext): Projection | null {
  const value = ctx.query.projection;
  return parseProjection(typeof value === "string" ? value : undefined);
}

/** Applies the request's projection to a response body. */
export function project<T>(ctx: RequestContext, body: T): T {
  return applyProjection(body, projectionOf(ctx));
}
