// Every /api/v1 error is an RFC 9457 problem details object (application/problem+json) with a
// stable `type` per kind of failure, a `detail` written for a person, and for validation the
// failing fields as JSON Pointers into the request. Integrations branch on `type`, people read
// `detail`. The types are relative URIs of the reference page's anchors, so they are the same on
// every Cadence and lead to their explanation on this one.
import { z } from "zod";

export const PROBLEM_TYPES = {
  "malformed-request": { status: 400, title: "The request could not be read" },
  "validation-failed": { status: 422, title: "The request has invalid fields" },
  unauthorized: { status: 401, title: "A valid API key is required" },
  "not-found": { status: 404, title: "Not found" },
  conflict: { status: 409, title: "The resource is not in a state that allows this" },
  "idempotency-key-reused": { status: 422, title: "The Idempotency-Key was used for another request" },
  "idempotency-request-in-progress": {
    status: 409,
    title: "A request with this Idempotency-Key is still running",
  },
  "payload-too-large": { status: 413, title: "The request body is too large" },
  "unsupported-media-type": { status: 415, title: "Send the body as application/json" },
  "media-refused": { status: 422, title: "A media file was refused" },
  "rate-limited": { status: 429, title: "Too many requests" },
  "linkedin-unavailable": { status: 502, title: "LinkedIn did not complete the request" },
  unavailable: { status: 503, title: "Cadence cannot do this right now" },
  internal: { status: 500, title: "Something went wrong on Cadence's side" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export const problemTypeUri = (type: ProblemType) => `/docs/api#problem-${type}`;

export const problemFieldSchema = z.object({
  /** JSON Pointer (RFC 6901) into the request body, or the query parameter's name. */
  pointer: z.string(),
  detail: z.string(),
});

export const problemSchema = z
  .object({
    type: z.string().meta({ example: problemTypeUri("validation-failed") }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(problemFieldSchema).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });

export type ProblemField = z.infer<typeof problemFieldSchema>;
export type Problem = z.infer<typeof problemSchema>;

/** A failure a handler throws to answer with a problem; anything else becomes `internal`. */
export class ApiProblem extends Error {
  readonly type: ProblemType;
  readonly errors?: ProblemField[];
  readonly headers?: Record<string, string>;

  constructor(
    type: ProblemType,
    detail: string,
    options: { errors?: ProblemField[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = "ApiProblem";
    this.type = type;
    this.errors = options.errors;
    this.headers = options.headers;
  }

  get status(): number {
    return PROBLEM_TYPES[this.type].status;
  }
}

export function problemBody(
  type: ProblemType,
  detail: string,
  extra: { instance?: string; errors?: ProblemField[] } = {},
): Problem {
  const { status, title } = PROBLEM_TYPES[type];
  return {
    type: problemTypeUri(type),
    title,
    status,
    detail,
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.errors?.length ? { errors: extra.errors } : {}),
  };
}

export const jsonPointer = (path: readonly PropertyKey[]) =>
  path.map((part) => `/${String(part).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

/** zod issues → problem fields, with the path as a JSON Pointer under `root` ("" for a body). */
export function zodProblemFields(error: z.ZodError, root = ""): ProblemField[] {
  return error.issues.flatMap((issue) =>
    // A misspelt field is named by its own pointer, not its parent's.
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          pointer: root + jsonPointer([...issue.path, key]),
          detail: "Unknown field. See the API reference for the fields this request takes.",
        }))
      : [{ pointer: root + jsonPointer(issue.path), detail: issue.message }],
  );
}

/** An AppError's per-field messages as problem fields; `pointers` renames service fields. */
export function appErrorFields(
  fieldErrors: Record<string, string[]> | undefined,
  pointers: Record<string, string> = {},
): ProblemField[] {
  return Object.entries(fieldErrors ?? {}).flatMap(([field, messages]) =>
    messages.map((detail) => ({ pointer: pointers[field] ?? `/${field}`, detail })),
  );
}

export function validationProblem(error: z.ZodError, root = ""): ApiProblem {
  const errors = zodProblemFields(error, root);
  const first = errors[0];
  const detail =
    errors.length === 1 && first
      ? `${first.pointer || "The request"}: ${first.detail}`
      : `${errors.length} fields are invalid; see errors.`;
  return new ApiProblem("validation-failed", detail, { errors });
}
