// Liveness and readiness for people and load balancers: 200 when all is well, 503 otherwise.
// Public on purpose, and says nothing secret (no URLs, no credentials).
import { NextResponse } from "next/server";
import { getHealth } from "@/lib/services/system/get-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await getHealth();
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
