// /docs/api: the public REST API's reference, rendered from the same OpenAPI document that
// /api/v1/openapi.json serves. Public, like the document: no session is needed to read it.
import type { Metadata } from "next";
import { ApiReference } from "@/components/api-docs/api-reference";
import { buildOpenApiDocument } from "@/lib/api-v1/openapi";

// The servers[0] URL comes from this deployment's settings, read when the page is requested.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "API reference",
  description: "The Cadence REST API: publish, schedule and manage LinkedIn posts from your own systems.",
};

export default function ApiReferencePage() {
  return (
    <ApiReference
      doc={buildOpenApiDocument()}
      documentUrl="/api/v1/openapi.json"
      tokenVariable="CADENCE_API_KEY"
    />
  );
}
