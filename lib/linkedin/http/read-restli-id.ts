// The key of a created entity from the `x-restli-id` header (doc §2.2). fetch's Headers already
// match names case-insensitively (`X-RestLi-Id`, `x-restli-id`); the value is reduced-encoded
// (doc §6.3), so a URN may arrive with `%3A` — undone here for simple keys.
import { decodeReducedPrimitive } from "../restli/decode-reduced";

/** The created id/URN, or null. Compound keys `(k:v,…)` are returned as sent (parse with decodeReducedValue). */
export function readRestliId(headers: Headers): string | null {
  const raw = headers.get("x-restli-id")?.trim();
  if (!raw) return null;
  if (raw.startsWith("(") || raw.startsWith("List(")) return raw;
  return decodeReducedPrimitive(raw);
}
