// Text PostgreSQL cannot store: a NUL character, or half of a UTF-16 surrogate pair. JSON and
// JavaScript strings allow both, and both reach Cadence from forms and the API; refused here as
// bad input, before any query, instead of failing inside the database.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE =
  "Contains a NUL character or a broken UTF-16 surrogate, which is not text.";

const isUnstorable = (text: string) => text.includes("\u0000") || LONE_SURROGATE.test(text);

/** The path of the first string (or object key) that cannot be stored; null when there is none. */
export function findUnstorableText(
  value: unknown,
  path: (string | number)[] = [],
): (string | number)[] | null {
  if (typeof value === "string") return isUnstorable(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (isUnstorable(key)) return [...path, key];
      const found = findUnstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
