// Local `$ref` resolution for the reference page: JSON Pointers (RFC 6901) into the same
// document, followed through chains of references, with a guard against reference cycles.
// External references (another file or URL) are not followed: the document has none.

export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function decodeToken(token: string): string {
  let decoded = token;
  try {
    // A fragment may be percent-encoded ("#/components/schemas/My%20Schema").
    decoded = decodeURIComponent(token);
  } catch {
    // Not valid percent-encoding: use the token as written.
  }
  return decoded.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The value a local reference ("#/components/schemas/Post") points at, or undefined. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  const pointer = ref.slice(1);
  if (pointer === "") return doc;
  if (!pointer.startsWith("/")) return undefined;
  let current: unknown = doc;
  for (const token of pointer.slice(1).split("/").map(decodeToken)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      current = current[Number(token)];
    } else if (isObject(current) && Object.hasOwn(current, token)) {
      current = current[token];
    } else {
      return undefined;
    }
  }
  return current;
}

/** The last token of a reference: "#/components/schemas/Post" → "Post". */
export function refName(ref: string): string {
  const tokens = ref.split("/");
  return decodeToken(tokens[tokens.length - 1] ?? ref);
}

export type Dereferenced = {
  /** The object at the end of the chain, or undefined when a reference is broken or circular. */
  value: JsonObject | undefined;
  /** Every reference followed, in order (empty when `value` was not a reference). */
  refs: string[];
};

/**
 * Follows `$ref` until an object without one. Keys written beside a `$ref` (OpenAPI 3.1 allows
 * `summary` and `description` there) win over the target's.
 */
export function deref(doc: unknown, value: unknown): Dereferenced {
  const refs: string[] = [];
  let current = value;
  let siblings: JsonObject = {};
  while (isObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (refs.includes(ref)) return { value: undefined, refs };
    refs.push(ref);
    const { $ref: _ref, ...rest } = current;
    siblings = { ...rest, ...siblings };
    current = resolvePointer(doc, ref);
  }
  if (!isObject(current)) return { value: undefined, refs };
  return { value: Object.keys(siblings).length ? { ...current, ...siblings } : current, refs };
}

/** `deref(...).value`, or an empty object when the reference leads nowhere. */
export function derefObject(doc: unknown, value: unknown): JsonObject {
  return deref(doc, value).value ?? {};
}

/** The component schema a value refers to directly ("Post" for {$ref: "#/components/schemas/Post"}). */
export function schemaRefName(value: unknown): string | undefined {
  if (!isObject(value) || typeof value.$ref !== "string") return undefined;
  return value.$ref.startsWith("#/components/schemas/") ? refName(value.$ref) : undefined;
}

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const asString = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;
