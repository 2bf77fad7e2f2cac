// Rest.li 2.0 encoders (doc §6.1, §6.3), the mirror of parse.ts: `encodeRestli` for URLs,
// `reducedEncode` for headers and batch map keys. Used for x-restli-id, batch keys and paging links.
import type { RestliValue } from "./parse";

type Encodable = string | number | boolean | null | undefined | Encodable[] | { [key: string]: Encodable };

const RESERVED = /[,()':]/g;
const escapeReserved = (s: string) =>
  s.replace(RESERVED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function encodeAny(value: Encodable, reduced: boolean): string {
  if (Array.isArray(value)) return `List(${value.map((v) => encodeAny(v, reduced)).join(",")})`;
  if (value === null) return "null";
  if (typeof value === "object") {
    const fields = Object.entries(value).filter(([, v]) => v !== undefined);
    return `(${fields.map(([k, v]) => `${encodeAny(k, reduced)}:${encodeAny(v, reduced)}`).join(",")})`;
  }
  const s = String(value);
  if (s === "") return "''";
  return reduced ? escapeReserved(s) : escapeReserved(encodeURIComponent(s));
}

/** URL encoding: what a client puts in a query value or path key. */
export function encodeRestli(value: Encodable): string {
  return encodeAny(value, false);
}

/** Reduced encoding: structure kept, primitives raw except `, ( ) ' :`. */
export function reducedEncode(value: Encodable): string {
  return encodeAny(value, true);
}

/**
 * The string form of an entity key in `x-restli-id` and in batch `results`/`statuses`/`errors`
 * maps. Simple keys (numbers, URNs) go out raw, as LinkedIn sends them
 * (`x-restli-id: urn:li:share:6844785523593134080`); compound keys are reduced-encoded records.
 */
export function formatRestliKey(key: RestliValue | number): string {
  if (typeof key === "string" || typeof key === "number") return String(key);
  return reducedEncode(key as Encodable);
}
