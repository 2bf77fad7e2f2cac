// Reads what the reference page lists out of an OpenAPI 3.1 document: operations (from `paths`,
// or `webhooks`) grouped by tag with their merged parameters, request body and responses, the
// problem types of `x-problem-types`, and the component schemas.
import {
  asArray,
  asString,
  deref,
  derefObject,
  isObject,
  schemaRefName,
  type JsonObject,
} from "./resolve-ref";

export const HTTP_METHODS = ["get", "post", "put", "patch", "delete", "options", "head", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type Operation = {
  /** The anchor: the operationId, or one made from the method and path. */
  id: string;
  method: HttpMethod;
  /** The path ("/posts/{id}"), or the event name for a webhook. */
  path: string;
  summary?: string;
  description?: string;
  tags: string[];
  deprecated: boolean;
  /** Path-level and operation-level parameters, resolved; the operation's win. */
  parameters: JsonObject[];
  requestBody?: RequestBody;
  responses: ResponseEntry[];
  /** The operation itself, resolved, for anything else (security, extensions). */
  raw: JsonObject;
};

export type RequestBody = {
  required: boolean;
  description?: string;
  contentType: string;
  schema: unknown;
  /** An example written on the media type (`example`, or the first of `examples`). */
  example?: unknown;
};

export type ResponseHeader = { name: string; description?: string; schema: unknown };

export type ResponseEntry = {
  status: string;
  description?: string;
  contentTypes: string[];
  schema?: unknown;
  schemaRef?: string;
  headers: ResponseHeader[];
};

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function mergeParameters(doc: unknown, ...lists: unknown[]): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  for (const list of lists) {
    for (const raw of asArray(list)) {
      const parameter = deref(doc, raw).value;
      if (!parameter || typeof parameter.name !== "string") continue;
      byKey.set(`${String(parameter.in)}:${parameter.name}`, parameter);
    }
  }
  return [...byKey.values()];
}

function firstExample(mediaType: JsonObject, doc: unknown): unknown {
  if (mediaType.example !== undefined) return mediaType.example;
  if (isObject(mediaType.examples)) {
    const first = Object.values(mediaType.examples)[0];
    const example = deref(doc, first).value;
    if (example && example.value !== undefined) return example.value;
  }
  return undefined;
}

/** The JSON media type if there is one, else the first. */
function pickContent(content: unknown): [string, JsonObject] | undefined {
  if (!isObject(content)) return undefined;
  const entries = Object.entries(content).filter((entry): entry is [string, JsonObject] =>
    isObject(entry[1]),
  );
  return entries.find(([type]) => /[/+]json\b/.test(type)) ?? entries[0];
}

export function requestBodyOf(doc: unknown, operation: JsonObject): RequestBody | undefined {
  const body = deref(doc, operation.requestBody).value;
  if (!body) return undefined;
  const picked = pickContent(body.content);
  if (!picked) return undefined;
  const [contentType, mediaType] = picked;
  return {
    required: body.required === true,
    description: asString(body.description),
    contentType,
    schema: mediaType.schema,
    example: firstExample(mediaType, doc),
  };
}

export function responsesOf(doc: unknown, operation: JsonObject): ResponseEntry[] {
  if (!isObject(operation.responses)) return [];
  return Object.entries(operation.responses)
    .map(([status, raw]): ResponseEntry => {
      const response = derefObject(doc, raw);
      const picked = pickContent(response.content);
      const headers = isObject(response.headers)
        ? Object.entries(response.headers).map(([name, header]) => {
            const resolved = derefObject(doc, header);
            return { name, description: asString(resolved.description), schema: resolved.schema };
          })
        : [];
      return {
        status,
        description: asString(response.description),
        contentTypes: isObject(response.content) ? Object.keys(response.content) : [],
        schema: picked?.[1].schema,
        schemaRef: schemaRefName(picked?.[1].schema),
        headers,
      };
    })
    .sort((a, b) => a.status.localeCompare(b.status));
}

/** Every operation of `paths` (or of `webhooks`), in document order. */
export function listOperations(doc: JsonObject, source: "paths" | "webhooks" = "paths"): Operation[] {
  const items = doc[source];
  if (!isObject(items)) return [];
  const operations: Operation[] = [];
  const used = new Set<string>();
  for (const [path, rawItem] of Object.entries(items)) {
    const item = derefObject(doc, rawItem);
    for (const method of HTTP_METHODS) {
      const operation = deref(doc, item[method]).value;
      if (!operation) continue;
      const fallback = source === "webhooks" ? slug(`webhook-${path}`) : slug(`${method}-${path}`);
      let id = asString(operation.operationId) ?? fallback;
      while (used.has(id)) id = `${id}-${method}`;
      used.add(id);
      operations.push({
        id,
        method,
        path,
        summary: asString(operation.summary) ?? asString(item.summary),
        description: asString(operation.description) ?? asString(item.description),
        tags: asArray(operation.tags).filter((tag): tag is string => typeof tag === "string"),
        deprecated: operation.deprecated === true,
        parameters: mergeParameters(doc, item.parameters, operation.parameters),
        requestBody: requestBodyOf(doc, operation),
        responses: responsesOf(doc, operation),
        raw: operation,
      });
    }
  }
  return operations;
}

export type TagGroup = { name: string; description?: string; operations: Operation[] };

/** Operations by tag: the document's `tags` order first, then tags it does not declare, then "Other". */
export function groupByTag(doc: JsonObject, operations: Operation[]): TagGroup[] {
  const groups = new Map<string, TagGroup>();
  for (const tag of asArray(doc.tags)) {
    if (isObject(tag) && typeof tag.name === "string") {
      groups.set(tag.name, { name: tag.name, description: asString(tag.description), operations: [] });
    }
  }
  for (const operation of operations) {
    const name = operation.tags[0] ?? "Other";
    if (!groups.has(name)) groups.set(name, { name, operations: [] });
    groups.get(name)!.operations.push(operation);
  }
  return [...groups.values()].filter((group) => group.operations.length > 0);
}

export type ProblemTypeEntry = {
  uri: string;
  /** The element id the URI's fragment names ("problem-validation-failed"). */
  anchor: string;
  /** The short name ("validation-failed"). */
  name: string;
  status?: number;
  title?: string;
  description?: string;
  /** Ids of the operations whose responses name this type. */
  usedBy: string[];
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The document's `x-problem-types`, with the operations that answer with each. */
export function problemTypes(
  doc: JsonObject,
  operations: Operation[] = listOperations(doc),
): ProblemTypeEntry[] {
  const types = doc["x-problem-types"];
  if (!isObject(types)) return [];
  return Object.entries(types).map(([uri, raw]) => {
    const info = isObject(raw) ? raw : {};
    const fragment = uri.includes("#") ? uri.slice(uri.indexOf("#") + 1) : "";
    const anchor = fragment || `problem-${slug(uri)}`;
    const mention = new RegExp(`${escapeRegExp(uri)}(?![\\w-])`);
    return {
      uri,
      anchor,
      name: anchor.replace(/^problem-/, ""),
      status: typeof info.status === "number" ? info.status : undefined,
      title: asString(info.title),
      description: asString(info.description),
      usedBy: operations
        .filter((operation) =>
          operation.responses.some((response) => mention.test(response.description ?? "")),
        )
        .map((operation) => operation.id),
    };
  });
}

/** The component schemas, in document order. */
export function componentSchemas(doc: JsonObject): [string, JsonObject][] {
  const components = isObject(doc.components) ? doc.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  return Object.entries(schemas).filter((entry): entry is [string, JsonObject] => isObject(entry[1]));
}

/** The schema error answers use (the first application/problem+json response's), if any. */
export function problemSchemaRef(operations: Operation[]): string | undefined {
  for (const operation of operations) {
    for (const response of operation.responses) {
      if (response.contentTypes.includes("application/problem+json") && response.schemaRef)
        return response.schemaRef;
    }
  }
  return undefined;
}

/** The bearer (or API-key header) scheme the document asks for, to show how to authenticate. */
export function authScheme(
  doc: JsonObject,
  operation?: JsonObject,
):
  | {
      name: string;
      type: string;
      scheme?: string;
      bearerFormat?: string;
      header?: string;
      description?: string;
    }
  | undefined {
  const requirements = asArray(
    operation && operation.security !== undefined ? operation.security : doc.security,
  );
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  for (const requirement of requirements) {
    if (!isObject(requirement)) continue;
    for (const name of Object.keys(requirement)) {
      const scheme = deref(doc, schemes[name]).value;
      if (!scheme || typeof scheme.type !== "string") continue;
      return {
        name,
        type: scheme.type,
        scheme: asString(scheme.scheme),
        bearerFormat: asString(scheme.bearerFormat),
        header: scheme.in === "header" ? asString(scheme.name) : undefined,
        description: asString(scheme.description),
      };
    }
  }
  return undefined;
}

/** The base URL every path is relative to. */
export function serverUrl(doc: JsonObject): string {
  const first = asArray(doc.servers)[0];
  const url = isObject(first) ? asString(first.url) : undefined;
  return (url ?? "").replace(/\/+$/, "");
}
