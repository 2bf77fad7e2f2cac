// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document. Public, like any API description.
import { buildOpenApiDocument } from "@/lib/api-v1/openapi";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
