// The one function that sends requests to LinkedIn (or the sandbox): headers and tunnelling via
// prepareRequest, a timeout per attempt, typed errors for every failure, zod validation of every
// success, and retries for idempotent requests. Tokens, secrets and bodies are never logged.
import { z } from "zod";
import { logger } from "@/lib/logger";
import type { LinkedInConfig } from "../config";
import { readErrorBody } from "../errors/error-body";
import { LinkedInTransientError, LinkedInUnexpectedResponseError } from "../errors/linkedin-errors";
import { mapLinkedInError } from "../errors/map-linkedin-error";
import type { LinkedInRequest, LinkedInResponse } from "./linkedin-request";
import { prepareRequest, type PreparedRequest } from "./prepare-request";
import { readRestliId } from "./read-restli-id";
import { retryWithBackoff } from "./retry-with-backoff";

export async function linkedinFetch<T>(
  config: LinkedInConfig,
  request: LinkedInRequest<T>,
): Promise<LinkedInResponse<T>> {
  const prepared = prepareRequest(config, request);
  const idempotent = request.idempotent ?? request.method === "GET";
  if (!idempotent) return sendOnce(config, request, prepared, 1);
  return retryWithBackoff((attempt) => sendOnce(config, request, prepared, attempt), {
    policy: config.retry,
    sleep: config.sleep,
    random: config.random,
    onRetry: ({ attempt, delayMs, error }) =>
      logger.warn("LinkedIn request failed, retrying", {
        endpoint: prepared.endpoint,
        attempt,
        delayMs,
        failure: error.failure,
        status: error.status,
      }),
  });
}

async function sendOnce<T>(
  config: LinkedInConfig,
  request: LinkedInRequest<T>,
  prepared: PreparedRequest,
  attempt: number,
): Promise<LinkedInResponse<T>> {
  const startedAt = Date.now();
  const timeout = AbortSignal.timeout(request.timeoutMs ?? config.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let response: Response;
  let text: string;
  try {
    response = await config.fetch(prepared.url, {
      method: prepared.method,
      headers: prepared.headers,
      body: prepared.body,
      signal,
    });
    // The timeout also covers reading the body: a stalled stream is as bad as no answer.
    text = await response.text();
  } catch (error) {
    // The caller's own cancellation is not LinkedIn's failure: pass it on untouched.
    if (request.signal?.aborted) throw error;
    const failure = timeout.aborted ? "timeout" : "network";
    logger.warn("LinkedIn request got no answer", { endpoint: prepared.endpoint, attempt, failure });
    throw new LinkedInTransientError(failure, { status: null, endpoint: prepared.endpoint, cause: error });
  }
  logger.debug("LinkedIn request", {
    endpoint: prepared.endpoint,
    status: response.status,
    attempt,
    tunnelled: prepared.tunnelled,
    ms: Date.now() - startedAt,
  });

  const json = parseJson(text);
  if (!response.ok) {
    throw mapLinkedInError({
      status: response.status,
      body: readErrorBody(json, text),
      endpoint: prepared.endpoint,
      apiVersion: request.api === "rest" ? config.apiVersion : null,
      nowMs: config.now(),
      requiredScopes: request.requiredScopes,
      grantedScopes: request.grantedScopes,
    });
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) {
    const issues = z.prettifyError(parsed.error);
    logger.error("LinkedIn response did not match its schema", { endpoint: prepared.endpoint, issues });
    throw new LinkedInUnexpectedResponseError(issues, {
      status: response.status,
      endpoint: prepared.endpoint,
    });
  }
  return {
    status: response.status,
    data: parsed.data,
    restliId: readRestliId(response.headers),
    headers: response.headers,
  };
}

/** An empty body is `undefined`; text that is not JSON is also `undefined` (the raw text feeds error messages). */
function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
