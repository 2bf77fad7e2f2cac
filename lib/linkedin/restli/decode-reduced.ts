// Reduced Rest.li encoding (doc §6.3): the x-restli-id header and the keys of batch
// results/statuses/errors keep the structure and leave primitives raw, except the reserved
// `, ( ) ' :` which may arrive percent-encoded. `%` itself is NOT escaped in this form, so a full
// percent-decode would corrupt values: only those five escapes are undone.

export type RestliDecoded = string | RestliDecoded[] | { [key: string]: RestliDecoded };

const RESERVED_ESCAPES: Record<string, string> = {
  "%2C": ",",
  "%28": "(",
  "%29": ")",
  "%27": "'",
  "%3A": ":",
};

/** Undoes the five reserved escapes of one primitive; `''` is the empty string. */
export function decodeReducedPrimitive(raw: string): string {
  if (raw === "''") return "";
  return raw.replace(/%(2C|28|29|27|3A)/gi, (match) => RESERVED_ESCAPES[match.toUpperCase()] ?? match);
}

/**
 * Parses a reduced-encoded value. A plain key such as a URN (`urn:li:share:1`, whose `:` is
 * raw in LinkedIn's own header) is returned whole; compound keys `(k:v,…)` and `List(…)` are
 * parsed into records and arrays.
 */
export function decodeReducedValue(raw: string): RestliDecoded {
  if (!raw.startsWith("(") && !raw.startsWith("List(")) return decodeReducedPrimitive(raw);
  let pos = 0;
  const fail = (): never => {
    throw new SyntaxError(`Invalid reduced Rest.li value at offset ${pos}: ${raw}`);
  };
  const readText = (): string => {
    const start = pos;
    while (pos < raw.length && !"(),:".includes(raw[pos] as string) && !raw.startsWith("List(", pos)) pos++;
    return raw.slice(start, pos);
  };
  const readValue = (): RestliDecoded => {
    if (raw.startsWith("List(", pos)) {
      pos += 5;
      const items: RestliDecoded[] = [];
      if (raw[pos] !== ")") {
        for (;;) {
          items.push(readValue());
          if (raw[pos] !== ",") break;
          pos++;
        }
      }
      if (raw[pos] !== ")") fail();
      pos++;
      return items;
    }
    if (raw[pos] === "(") {
      pos++;
      const record: Record<string, RestliDecoded> = {};
      if (raw[pos] !== ")") {
        for (;;) {
          const key = decodeReducedPrimitive(readText());
          if (raw[pos] !== ":") fail();
          pos++;
          record[key] = readValue();
          if (raw[pos] !== ",") break;
          pos++;
        }
      }
      if (raw[pos] !== ")") fail();
      pos++;
      return record;
    }
    const text = readText();
    if (text === "") fail();
    return decodeReducedPrimitive(text);
  };
  const value = readValue();
  if (pos !== raw.length) fail();
  return value;
}
