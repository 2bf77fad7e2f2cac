// Rest.li 2.0 query strings (doc §6.1): `encode(key)=encode(value)` pairs joined by `&`, built by
// concatenation because URLSearchParams would percent-encode the List(...)/(k:v) structure.
import { encodeRestli, type RestliInput } from "./encode-restli";

export type RestliQuery = Readonly<Record<string, RestliInput>>;

/** The query string without `?`; parameters whose value is `undefined` are left out. */
export function buildRestliQuery(params: RestliQuery): string {
  return Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeRestli(key)}=${encodeRestli(value)}`)
    .join("&");
}
