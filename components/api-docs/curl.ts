// The copyable `curl` example of an operation: its URL on the document's first server, the
// authentication header, required parameters and, for a body, the schema's example (or a small
// one made from the schema). The result is meant to be pasted into a POSIX shell.
import { authScheme, serverUrl, type Operation } from "./operations";
import { asArray, deref, isObject, type JsonObject } from "./resolve-ref";

const FORMAT_SAMPLES: Record<string, string> = {
  "date-time": "2026-01-01T09:00:00Z",
  date: "2026-01-01",
  time: "09:00:00Z",
  uri: "https://example.com",
  url: "https://example.com",
  email: "name@example.com",
  uuid: "123e4567-e89b-12d3-a456-426614174000",
};

/**
 * An example value for a schema: its `example` (or first `examples`), else its default, const or
 * first enum value, else one made from its type, with only the required properties of objects
 * (or the first property when none is required).
 */
export function sampleFromSchema(doc: unknown, raw: unknown, stack: string[] = []): unknown {
  const { value: schema, refs } = deref(doc, raw);
  if (!schema || refs.some((ref) => stack.includes(ref)) || stack.length > 12) return null;
  const inside = [...stack, ...refs];
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];

  const alternatives = asArray(schema.oneOf ?? schema.anyOf);
  if (alternatives.length) {
    const first = alternatives.find((alternative) => !(isObject(alternative) && alternative.type === "null"));
    return sampleFromSchema(doc, first, inside);
  }
  if (Array.isArray(schema.allOf)) {
    return Object.assign(
      {},
      ...schema.allOf.map((part) => sampleFromSchema(doc, part, inside)).filter(isObject),
    );
  }

  const type = (Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type) as
    string | undefined;
  if (type === "object" || isObject(schema.properties)) {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const required = asArray(schema.required).filter((name): name is string => typeof name === "string");
    const names = required.length ? required : Object.keys(properties).slice(0, 1);
    const sample: JsonObject = {};
    for (const name of names)
      if (name in properties) sample[name] = sampleFromSchema(doc, properties[name], inside);
    return sample;
  }
  if (type === "array") return [sampleFromSchema(doc, schema.items, inside)];
  if (type === "integer" || type === "number") return typeof schema.minimum === "number" ? schema.minimum : 0;
  if (type === "boolean") return false;
  if (type === "string") return FORMAT_SAMPLES[String(schema.format)] ?? "string";
  return null;
}

/** A word in double quotes for the shell: $, `, " and \ are escaped. */
export const doubleQuote = (text: string) => `"${text.replace(/[\\"$`]/g, "\\$&")}"`;
/** Text in single quotes for the shell; a single quote becomes '\''. */
export const singleQuote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

/** A parameter's example (or default, or first allowed value), or undefined when it has none. */
function parameterExample(doc: unknown, parameter: JsonObject): string | undefined {
  const schema = deref(doc, parameter.schema).value ?? {};
  const example = parameter.example ?? schema.example ?? schema.default ?? asArray(schema.enum)[0];
  if (example === undefined) return undefined;
  return typeof example === "string" ? example : JSON.stringify(example);
}

/** A value for the URL, or a visible placeholder ("<id>") to replace. */
function urlValue(doc: unknown, parameter: JsonObject): string {
  const example = parameterExample(doc, parameter);
  return example === undefined ? `<${String(parameter.name)}>` : encodeURIComponent(example);
}

export type CurlOptions = {
  /** The shell variable holding the secret (the command reads it, so it is never pasted in). */
  tokenVariable?: string;
};

export function buildCurl(doc: JsonObject, operation: Operation, options: CurlOptions = {}): string {
  const token = `$${options.tokenVariable ?? "API_KEY"}`;
  let path = operation.path;
  const query: string[] = [];
  const headers: string[] = [];

  for (const parameter of operation.parameters) {
    const name = String(parameter.name);
    if (parameter.in === "path") {
      path = path.split(`{${name}}`).join(urlValue(doc, parameter));
    } else if (parameter.required === true && parameter.in === "query") {
      query.push(`${encodeURIComponent(name)}=${urlValue(doc, parameter)}`);
    } else if (parameter.required === true && parameter.in === "header") {
      headers.push(`${name}: ${parameterExample(doc, parameter) ?? `<${name}>`}`);
    }
  }

  const auth = authScheme(doc, operation.raw);
  // The token stays a shell variable, so the header is double-quoted for it to expand.
  const authLines: string[] = [];
  if (auth?.type === "http" && auth.scheme?.toLowerCase() === "bearer") {
    authLines.push(`-H "Authorization: Bearer ${token}"`);
  } else if (auth?.type === "http" && auth.scheme?.toLowerCase() === "basic") {
    authLines.push(`-u "${token}:"`);
  } else if (auth?.type === "apiKey" && auth.header) {
    authLines.push(`-H "${auth.header.replace(/[\\"$`]/g, "\\$&")}: ${token}"`);
  }

  const url = `${serverUrl(doc)}${path}${query.length ? `?${query.join("&")}` : ""}`;
  const lines = [
    `curl${operation.method === "get" ? "" : ` -X ${operation.method.toUpperCase()}`} ${doubleQuote(url)}`,
  ];
  lines.push(...authLines);
  lines.push(...headers.map((header) => `-H ${doubleQuote(header)}`));

  const body = operation.requestBody;
  if (body) {
    lines.push(`-H ${doubleQuote(`Content-Type: ${body.contentType}`)}`);
    const example = body.example !== undefined ? body.example : sampleFromSchema(doc, body.schema);
    const json = JSON.stringify(example, null, 2).split("\n").join("\n  ");
    lines.push(`-d ${singleQuote(json)}`);
  }
  return lines.join(" \\\n  ");
}
