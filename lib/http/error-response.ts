// Route handlers answer expected failures with their status and message, and anything else
// with a generic 500 after logging it.
import { NextResponse } from "next/server";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export function toErrorResponse(error: unknown, route: string): NextResponse {
  if (isAppError(error)) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } },
      { status: error.status },
    );
  }
  logger.error("route failed", { route, error: error instanceof Error ? error.stack : String(error) });
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } },
    { status: 500 },
  );
}
