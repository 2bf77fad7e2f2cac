// Turns a LinkedInRequest into fetch arguments: the base URL for its API, the §2.1 headers, the
// Rest.li query and body, and query tunnelling (doc §2.4) when the query string passes 4,000
// characters — the limit LinkedIn's official client uses.
import { randomUUID } from "node:crypto";
import { restBaseUrl, unversionedBaseUrl, type LinkedInConfig } from "../config";
import { buildRestliQuery } from "../restli/build-restli-query";
import type { LinkedInRequest } from "./linkedin-request";

export const MAX_QUERY_STRING_LENGTH = 4000;
export const RESTLI_PROTOCOL_VERSION = "2.0.0";

export interface PreparedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** `GET /rest/organizationAcls`: for logs and error messages (no query, no token). */
  endpoint: string;
  tunnelled: boolean;
}

function baseUrl(config: LinkedInConfig, api: LinkedInRequest<unknown>["api"]): string {
  if (api === "rest") return restBaseUrl(config);
  if (api === "v2") return unversionedBaseUrl(config);
  return config.oauthBaseUrl;
}

export function prepareRequest(config: LinkedInConfig, request: LinkedInRequest<unknown>): PreparedRequest {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (request.accessToken !== undefined) headers.Authorization = `Bearer ${request.accessToken}`;
  if (request.api === "rest") {
    // Every /rest call carries the one configured version and Rest.li 2.0 (doc §2.1).
    headers["LinkedIn-Version"] = config.apiVersion;
    headers["X-Restli-Protocol-Version"] = RESTLI_PROTOCOL_VERSION;
  }
  if (request.restliMethod) headers["X-RestLi-Method"] = request.restliMethod;

  let body: string | undefined;
  if (request.form) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    // OAuth form bodies are plain form encoding, not Rest.li: URLSearchParams is right here.
    body = new URLSearchParams(request.form).toString();
  } else if (request.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(request.json);
  }

  const url = `${baseUrl(config, request.api)}${request.path}`;
  const endpoint = `${request.method} ${new URL(url).pathname}`;
  const query = request.query ? buildRestliQuery(request.query) : "";
  if (query.length <= MAX_QUERY_STRING_LENGTH) {
    return {
      url: query ? `${url}?${query}` : url,
      method: request.method,
      headers,
      body,
      endpoint,
      tunnelled: false,
    };
  }
  return { ...tunnel(request.method, query, headers, body), url, endpoint, tunnelled: true };
}

/** Query tunnelling (doc §2.4): the query moves into a POST body, the real method into X-HTTP-Method-Override. */
function tunnel(
  method: string,
  query: string,
  headers: Record<string, string>,
  jsonBody: string | undefined,
): Pick<PreparedRequest, "method" | "headers" | "body"> {
  const tunnelHeaders = { ...headers, "X-HTTP-Method-Override": method };
  if (jsonBody === undefined) {
    return {
      method: "POST",
      headers: { ...tunnelHeaders, "Content-Type": "application/x-www-form-urlencoded" },
      body: query,
    };
  }
  const boundary = `cadence-${randomUUID()}`;
  const multipart = [
    `--${boundary}`,
    "Content-Type: application/x-www-form-urlencoded",
    "",
    query,
    `--${boundary}`,
    "Content-Type: application/json",
    "",
    jsonBody,
    `--${boundary}--`,
    "",
  ].join("\r\n");
  return {
    method: "POST",
    headers: { ...tunnelHeaders, "Content-Type": `multipart/mixed; boundary=${boundary}` },
    body: multipart,
  };
}
