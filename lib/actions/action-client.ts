// Server actions are reachable by direct POST: each one validates its input with zod and checks
// the session and workspace here, then calls a service. Results are plain data, never throws.
import { z } from "zod";
import { requireWorkspaceOrThrow } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/schemas/storable-text";
import type { MemberWorkspace } from "@/lib/services/workspaces/get-member-workspace";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

function toFailure(error: unknown, action: string): ActionResult<never> {
  if (error instanceof z.ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues) {
      const key = issue.path.join(".") || "_form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { ok: false, error: "Please correct the highlighted fields.", fieldErrors };
  }
  if (isAppError(error)) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
  logger.error("action failed", { action, error: error instanceof Error ? error.stack : String(error) });
  return { ok: false, error: "Something went wrong on our side. Please try again." };
}

/** Input zod would accept but PostgreSQL cannot store, refused beside its field. */
function parseInput<Schema extends z.ZodType>(schema: Schema, raw: unknown): z.infer<Schema> {
  const unstorable = findUnstorableText(raw);
  if (unstorable)
    throw new z.ZodError([
      { code: "custom", path: unstorable, message: UNSTORABLE_TEXT_MESSAGE, input: raw },
    ]);
  return schema.parse(raw);
}

/** An action anyone may call (sign-up). */
export function publicAction<Schema extends z.ZodType, T>(
  name: string,
  schema: Schema,
  run: (input: z.infer<Schema>) => Promise<T>,
) {
  return async (raw: z.input<Schema>): Promise<ActionResult<T>> => {
    try {
      return { ok: true, data: await run(parseInput(schema, raw)) };
    } catch (error) {
      return toFailure(error, name);
    }
  };
}

/** An action on behalf of a signed-in member of the current workspace. */
export function workspaceAction<Schema extends z.ZodType, T>(
  name: string,
  schema: Schema,
  run: (input: z.infer<Schema>, context: MemberWorkspace) => Promise<T>,
) {
  return async (raw: z.input<Schema>): Promise<ActionResult<T>> => {
    try {
      const context = await requireWorkspaceOrThrow();
      return { ok: true, data: await run(parseInput(schema, raw), context) };
    } catch (error) {
      return toFailure(error, name);
    }
  };
}
