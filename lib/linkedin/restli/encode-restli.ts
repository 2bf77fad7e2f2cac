// Rest.li 2.0 encoding for query values and path keys (doc §6.1). The structure the encoder
// emits — `List(`, `(`, `)`, `,`, `:` — stays literal; inside primitives every reserved
// character is percent-encoded, so data can never be read as structure. Never URLSearchParams:
// it encodes the structure too and LinkedIn then rejects the value (doc §6.4).

/** A value Rest.li can encode: primitives, lists (arrays) and records (plain objects). */
export type RestliInput =
  | string
  | number
  | boolean
  | null
  | undefined
  | RawRestli
  | readonly RestliInput[]
  | { readonly [key: string]: RestliInput };

/** Already-encoded Rest.li text sent as is, e.g. a projection `(elements*(id,name))`. */
export class RawRestli {
  constructor(readonly text: string) {}
}

export const rawRestli = (text: string) => new RawRestli(text);

// encodeURIComponent already escapes `,` and `:`; these three it leaves alone (doc §6.1).
const EXTRA: Record<string, string> = { "(": "%28", ")": "%29", "'": "%27" };

function encodePrimitive(value: string | number | boolean): string {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new TypeError(`Rest.li cannot encode the number ${value}`);
  }
  const text = String(value);
  // An empty string is two literal quotes, or it would vanish from `List(,)` or `(k:)`.
  if (text === "") return "''";
  return encodeURIComponent(text).replace(/[()']/g, (c) => EXTRA[c] ?? c);
}

/** Encodes one value (query value or path key). `undefined` is only allowed inside records, where the field is dropped. */
export function encodeRestli(value: RestliInput): string {
  if (value === undefined) throw new TypeError("Rest.li cannot encode undefined (omit the parameter)");
  if (value === null) return "null";
  if (value instanceof RawRestli) return value.text;
  if (Array.isArray(value)) return `List(${value.map((item: RestliInput) => encodeRestli(item)).join(",")})`;
  if (typeof value === "object") {
    const fields = Object.entries(value as Record<string, RestliInput>).filter(([, v]) => v !== undefined);
    return `(${fields.map(([k, v]) => `${encodePrimitive(k)}:${encodeRestli(v)}`).join(",")})`;
  }
  return encodePrimitive(value);
}

/** A path segment key: an id, a URN (`urn%3Ali%3Ashare%3A1`) or a compound key record. */
export const encodeRestliKey = (key: RestliInput): string => encodeRestli(key);
