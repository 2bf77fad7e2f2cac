// Reads a JSON request body within a size cap and checks it against a zod schema: 415 for another
// content type, 413 past the cap (counted while reading, not trusted from Content-Length), 400 for
// bytes that are not JSON, 422 with every failing field for JSON that does not fit.
import type { z } from "zod";
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/schemas/storable-text";
import { ApiProblem, jsonPointer, validationProblem } from "./problem";

/** Far above any valid post (3,000 characters of text, 20 media items with alt text). */
export const MAX_BODY_BYTES = 256 * 1024;

export async function readJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): Promise<z.output<Schema>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType))
    throw new ApiProblem(
      "unsupported-media-type",
      `Send the body as JSON with \`Content-Type: application/json\` (got ${contentType ? `"${contentType.slice(0, 100)}"` : "none"}).`,
    );
  const text = await readCapped(request);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiProblem(
      "malformed-request",
      `The body is not valid JSON: ${error instanceof Error ? error.message : "it could not be parsed"}.`,
    );
  }
  const unstorable = findUnstorableText(value);
  if (unstorable) {
    const pointer = jsonPointer(unstorable);
    throw new ApiProblem("validation-failed", `${pointer || "The body"}: ${UNSTORABLE_TEXT_MESSAGE}`, {
      errors: [{ pointer, detail: UNSTORABLE_TEXT_MESSAGE }],
    });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationProblem(parsed.error);
  return parsed.data;
}

async function readCapped(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

const tooLarge = () =>
  new ApiProblem(
    "payload-too-large",
    `The body can be at most ${MAX_BODY_BYTES / 1024} KiB. Media is sent as URLs, not in the body.`,
  );
