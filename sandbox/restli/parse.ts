// Rest.li 2.0 parser for query values and path keys (doc §6.5). The structure — `List(`, `(`,
// `)`, `,`, `:` — must be literal; primitives are percent-decoded only after tokenising, so an
// encoded `%28` is data, never structure. All primitives come out as strings (Rest.li is lossy).

export type RestliValue = string | RestliValue[] | RestliRecord;
export interface RestliRecord {
  [key: string]: RestliValue;
}

export class RestliSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "RestliSyntaxError";
  }
}

type Token =
  | { kind: "LIST_START"; at: number }
  | { kind: "(" | ")" | "," | ":"; at: number }
  | { kind: "TEXT"; at: number; raw: string };

const STRUCTURAL = new Set(["(", ")", ",", ":"]);

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (input.startsWith("List(", i)) {
      tokens.push({ kind: "LIST_START", at: i });
      i += 5;
    } else if (STRUCTURAL.has(ch)) {
      tokens.push({ kind: ch as "(" | ")" | "," | ":", at: i });
      i += 1;
    } else {
      let j = i;
      while (j < input.length && !STRUCTURAL.has(input[j] as string) && !input.startsWith("List(", j)) j++;
      tokens.push({ kind: "TEXT", at: i, raw: input.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

/** Percent-decodes one primitive; `''` (also as `%27%27`, which fetch produces) is the empty string. */
export function decodePrimitive(raw: string, at = 0): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw new RestliSyntaxError(`invalid percent-encoding in "${raw}"`, at);
  }
  return decoded === "''" ? "" : decoded;
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly input: string,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private describe(token: Token | undefined): string {
    if (!token) return "end of input";
    if (token.kind === "TEXT") return `"${token.raw}"`;
    if (token.kind === "LIST_START") return `"List("`;
    return `"${token.kind}"`;
  }

  private fail(token: Token | undefined, expected: string): never {
    const at = token?.at ?? this.input.length;
    throw new RestliSyntaxError(`expected ${expected} but found ${this.describe(token)} at offset ${at}`, at);
  }

  private expect(kind: Token["kind"], expected: string): Token {
    const token = this.peek();
    if (token?.kind !== kind) this.fail(token, expected);
    this.pos++;
    return token;
  }

  parseTop(): RestliValue {
    if (this.tokens.length === 0) return "";
    const value = this.parseValue();
    if (this.pos < this.tokens.length) this.fail(this.peek(), "end of value");
    return value;
  }

  private parseValue(): RestliValue {
    const token = this.peek();
    if (token?.kind === "LIST_START") return this.parseList();
    if (token?.kind === "(") return this.parseRecord();
    if (token?.kind === "TEXT") {
      this.pos++;
      return decodePrimitive(token.raw, token.at);
    }
    return this.fail(token, "a value (use '' for an empty string)");
  }

  private parseList(): RestliValue[] {
    this.expect("LIST_START", '"List("');
    const items: RestliValue[] = [];
    if (this.peek()?.kind === ")") {
      this.pos++;
      return items;
    }
    for (;;) {
      items.push(this.parseValue());
      const next = this.peek();
      if (next?.kind === ",") {
        this.pos++;
        continue;
      }
      this.expect(")", '"," or ")"');
      return items;
    }
  }

  private parseRecord(): RestliRecord {
    this.expect("(", '"("');
    const record: RestliRecord = {};
    if (this.peek()?.kind === ")") {
      this.pos++;
      return record;
    }
    for (;;) {
      const keyToken = this.expect("TEXT", "a field name");
      const key = decodePrimitive((keyToken as { raw: string }).raw, keyToken.at);
      if (Object.hasOwn(record, key))
        throw new RestliSyntaxError(`duplicate field "${key}" at offset ${keyToken.at}`, keyToken.at);
      this.expect(":", '":"');
      record[key] = this.parseValue();
      const next = this.peek();
      if (next?.kind === ",") {
        this.pos++;
        continue;
      }
      this.expect(")", '"," or ")"');
      return record;
    }
  }
}

/** Parses one Rest.li 2.0 encoded value (a query value or a path key). Throws RestliSyntaxError. */
export function parseRestliValue(input: string): RestliValue {
  return new Parser(tokenize(input), input).parseTop();
}

/** True when a raw (still encoded) value uses Rest.li 2.0 structure: what 1.0 parsing cannot read. */
export function hasRestliStructure(input: string): boolean {
  return /List\(|[(),:]/.test(input);
}

export class RestliQueryError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = "RestliQueryError";
  }
}

export interface ParseQueryOptions {
  /** Parameters kept as plain percent-decoded strings: projections have their own grammar. */
  rawParams?: readonly string[];
  /** Rest.li 1.0 (no protocol header): every value is a plain string, and 2.0 structure is an error. */
  protocol?: "2.0.0" | "1.0.0";
}

/**
 * Parses a raw query string (no leading `?`) into Rest.li values. `&`-separated `key=value`
 * pairs; keys are percent-decoded (`''` is the empty key); a missing value is "". Repeating a
 * key is an error: Rest.li 2.0 expresses multiple values with List(...).
 */
export function parseRestliQuery(
  rawQuery: string,
  options: ParseQueryOptions = {},
): Record<string, RestliValue> {
  const raw = new Set(options.rawParams ?? ["projection", "fields"]);
  const result: Record<string, RestliValue> = {};
  for (const pair of rawQuery.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? "" : pair.slice(eq + 1);
    let key: string;
    try {
      key = decodePrimitive(rawKey);
    } catch {
      throw new RestliQueryError(rawKey, `invalid percent-encoding in query parameter name "${rawKey}"`);
    }
    if (Object.hasOwn(result, key))
      throw new RestliQueryError(key, `query parameter "${key}" appears more than once`);
    try {
      if (raw.has(key)) result[key] = decodePrimitive(rawValue);
      else if (options.protocol === "1.0.0") {
        if (hasRestliStructure(rawValue)) {
          throw new RestliSyntaxError(
            "Rest.li 2.0 syntax needs the header X-Restli-Protocol-Version: 2.0.0",
            0,
          );
        }
        result[key] = decodePrimitive(rawValue);
      } else result[key] = parseRestliValue(rawValue);
    } catch (error) {
      if (error instanceof RestliSyntaxError) {
        throw new RestliQueryError(
          key,
          `Invalid Rest.li syntax in query parameter "${key}": ${error.message}`,
        );
      }
      throw error;
    }
  }
  return result;
}
