// Fault injection (issue #3 control API): forced HTTP answers, slowness and dropped connections
// matched by method + path regex, plus named faults other handlers consume (PROCESSING_FAILED,
// PUBLISH_FAILED) and fresh-token propagation lag (TOKEN_LAG). Probabilities use the seeded PRNG.
import { z } from "zod";
import { nextRandom } from "../ids";
import type { SandboxState } from "../state";

export const FAULT_KINDS = ["http", "PROCESSING_FAILED", "PUBLISH_FAILED", "TOKEN_LAG"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  id: string;
  kind: FaultKind;
  /** HTTP method to match (any when null). */
  method: string | null;
  /** Regex source matched against the request's raw path + query (http), or the subject (URN) for named faults; null = everything. */
  path: string | null;
  /** http: status to answer; 0 drops the connection; null only delays (then the request proceeds). */
  status: number | null;
  /** Firings left; null = until removed. */
  times: number | null;
  probability: number;
  delayMs: number;
  /** http: JSON body to send instead of the default LinkedIn body for `status`. */
  body: unknown;
  headers: Record<string, string>;
  /** PROCESSING_FAILED / PUBLISH_FAILED: reason recorded on the media or post. */
  reason: string | null;
  /** TOKEN_LAG: tokens younger than this (sandbox ms) answer 401 REVOKED_ACCESS_TOKEN. */
  lagMs: number;
  hits: number;
}

export const faultInputSchema = z
  .object({
    kind: z.enum(FAULT_KINDS).default("http"),
    method: z.string().min(1).optional(),
    path: z.string().min(1).optional(),
    match: z.string().min(1).optional(),
    status: z.number().int().min(0).max(599).optional(),
    times: z.number().int().positive().optional(),
    probability: z.number().min(0).max(1).default(1),
    delayMs: z.number().int().min(0).max(120_000).default(0),
    body: z.unknown().optional(),
    headers: z.record(z.string(), z.string()).default({}),
    reason: z.string().optional(),
    lagMs: z.number().int().min(0).default(0),
  })
  .strict()
  .superRefine((input, ctx) => {
    for (const [field, source] of [
      ["path", input.path],
      ["match", input.match],
    ] as const) {
      if (source === undefined) continue;
      try {
        new RegExp(source);
      } catch {
        ctx.addIssue({ code: "custom", path: [field], message: "not a valid regular expression" });
      }
    }
    if (input.kind === "http" && input.status === undefined && input.delayMs === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["status"],
        message: "an http fault needs a status (0 drops the connection) or a delayMs",
      });
    }
    if (input.status !== undefined && input.status !== 0 && input.status < 100) {
      ctx.addIssue({ code: "custom", path: ["status"], message: "must be 0 or an HTTP status (100-599)" });
    }
  });

export type FaultInput = z.input<typeof faultInputSchema>;

export function addFault(state: SandboxState, input: z.output<typeof faultInputSchema>): Fault {
  const ids = state.faults.map((f) => Number(f.id.replace("fault-", ""))).filter(Number.isFinite);
  const fault: Fault = {
    id: `fault-${Math.max(0, ...ids) + 1}`,
    kind: input.kind,
    method: input.method?.toUpperCase() ?? null,
    path: input.path ?? input.match ?? null,
    status: input.status ?? null,
    times: input.times ?? null,
    probability: input.probability,
    delayMs: input.delayMs,
    body: input.body ?? null,
    headers: input.headers,
    reason: input.reason ?? null,
    lagMs: input.lagMs,
    hits: 0,
  };
  state.faults.push(fault);
  return fault;
}

function fire(state: SandboxState, fault: Fault): boolean {
  if (fault.probability < 1 && nextRandom(state) >= fault.probability) return false;
  fault.hits++;
  if (fault.times !== null) {
    fault.times--;
    if (fault.times <= 0) state.faults = state.faults.filter((f) => f !== fault);
  }
  return true;
}

function matches(fault: Fault, subject: string): boolean {
  return fault.path === null || new RegExp(fault.path).test(subject);
}

/** The first http fault for this request that fires (consuming one of its `times`), if any. */
export function takeHttpFault(state: SandboxState, method: string, pathAndQuery: string): Fault | undefined {
  for (const fault of state.faults) {
    if (fault.kind !== "http") continue;
    if (fault.method !== null && fault.method !== method.toUpperCase()) continue;
    if (!matches(fault, pathAndQuery)) continue;
    if (fire(state, fault)) return fault;
  }
  return undefined;
}

/**
 * For other handlers: consume a named fault whose `match` regex fits `subject` (e.g. a media or
 * post URN). Example: `takeFault(state, "PROCESSING_FAILED", videoUrn)?.reason`.
 */
export function takeFault(
  state: SandboxState,
  kind: Exclude<FaultKind, "http" | "TOKEN_LAG">,
  subject: string,
): Fault | undefined {
  for (const fault of state.faults) {
    if (fault.kind === kind && matches(fault, subject) && fire(state, fault)) return fault;
  }
  return undefined;
}

/** Current fresh-token lag (ms) from TOKEN_LAG faults; 0 when none. */
export function activeTokenLagMs(state: SandboxState): number {
  return Math.max(0, ...state.faults.filter((f) => f.kind === "TOKEN_LAG").map((f) => f.lagMs));
}
