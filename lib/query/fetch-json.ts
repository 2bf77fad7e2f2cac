// The client side of React Query: call a route handler and surface its error as a RequestError
// with the route's message, its HTTP status (a 4xx will be refused again: no retry) and any
// per-field messages.
export class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "RequestError";
  }

  /** The request itself was refused: asking again will not help. */
  get refused(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

type ErrorBody = { error?: { message?: string; fieldErrors?: Record<string, string[]> } } | null;

export async function fetchJson<T>(
  url: string,
  init?: { method: "POST" | "PATCH" | "DELETE"; body?: unknown },
): Promise<T> {
  const response = await fetch(url, {
    method: init?.method ?? "GET",
    headers: {
      Accept: "application/json",
      ...(init?.body !== undefined ? { "Content-Type": "application/json" } : {}),
    },
    body: init?.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  const body = (await response.json().catch(() => null)) as ErrorBody;
  if (!response.ok)
    throw new RequestError(
      body?.error?.message ??
        (response.status === 401
          ? "Your session has ended. Sign in again."
          : `Request failed (${response.status})`),
      response.status,
      body?.error?.fieldErrors,
    );
  return body as T;
}
