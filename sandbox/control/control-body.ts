// Validation of control API bodies with zod; failures are 400 `{status, message}` naming the field.
import type { z } from "zod";
import { linkedinError } from "../http/errors";

export function parseControlBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map(
    (issue) => `${issue.path.length > 0 ? issue.path.join(".") : "body"}: ${issue.message}`,
  );
  throw linkedinError(400, `Invalid request body: ${issues.join("; ")}`);
}
