// Query tunnelling (doc §2.4): a long query moves into a POST body with X-HTTP-Method-Override.
// Without a body: form-encoded query. With one: multipart/mixed, part 1 the query, part 2 the JSON.
import { badRequest } from "./errors";
import { contentTypeParam, mediaTypeOf } from "./body";
import type { HttpMethod } from "./router";

export interface Untunnelled {
  method: HttpMethod;
  rawQuery: string;
  body: Buffer | undefined;
  contentType: string | undefined;
}

const OVERRIDABLE: readonly HttpMethod[] = ["GET", "POST", "PUT", "DELETE"];

export function untunnel(
  override: string,
  contentType: string | undefined,
  body: Buffer,
  urlQuery: string,
): Untunnelled {
  const method = override.trim().toUpperCase() as HttpMethod;
  if (!OVERRIDABLE.includes(method))
    throw badRequest(`Unsupported X-HTTP-Method-Override value: ${override}`);
  const join = (q: string) => [urlQuery, q.trim()].filter((s) => s !== "").join("&");
  const type = mediaTypeOf(contentType);
  if (type === "application/x-www-form-urlencoded") {
    return { method, rawQuery: join(body.toString("utf8")), body: undefined, contentType: undefined };
  }
  if (type === "multipart/mixed") {
    const boundary = contentTypeParam(contentType, "boundary");
    if (!boundary) throw badRequest("multipart/mixed request without a boundary");
    const parts = splitMultipart(body.toString("utf8"), boundary);
    const queryPart = parts.find((p) => mediaTypeOf(p.contentType) === "application/x-www-form-urlencoded");
    const jsonPart = parts.find((p) => mediaTypeOf(p.contentType) === "application/json");
    if (!queryPart)
      throw badRequest("Tunnelled multipart request has no application/x-www-form-urlencoded part");
    return {
      method,
      rawQuery: join(queryPart.body),
      body: jsonPart ? Buffer.from(jsonPart.body, "utf8") : undefined,
      contentType: jsonPart ? "application/json" : undefined,
    };
  }
  throw badRequest(
    "A tunnelled request (X-HTTP-Method-Override) must be application/x-www-form-urlencoded or multipart/mixed",
  );
}

interface Part {
  contentType: string | undefined;
  body: string;
}

function splitMultipart(text: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const end = text.indexOf(`${delimiter}--`);
  const sections = (end === -1 ? text : text.slice(0, end)).split(delimiter).slice(1);
  if (sections.length === 0) throw badRequest("multipart/mixed body has no parts for its boundary");
  return sections.map((section) => {
    const content = section.replace(/^\r?\n/, "");
    const split = /\r?\n\r?\n/.exec(content);
    // Headers run to the first blank line; LinkedIn's own example indents them, so trim each line.
    const headerText = split ? content.slice(0, split.index) : "";
    const body = split ? content.slice(split.index + split[0].length) : content;
    let contentType: string | undefined;
    for (const line of headerText.split(/\r?\n/)) {
      const colon = line.indexOf(":");
      if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === "content-type")
        contentType = line.slice(colon + 1).trim();
    }
    return { contentType, body: body.replace(/\r?\n$/, "") };
  });
}
