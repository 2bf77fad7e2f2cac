// One operation (or webhook event): what it does, its parameters, its body as a field table, its
// answers per status, and a curl example to copy.
import { Link2 } from "lucide-react";
import { CodeBlock } from "./code-block";
import { InlineMarkdown, Markdown, type CodeLinker } from "./markdown-view";
import { MethodBadge, StatusBadge } from "./method-badge";
import type { Operation, ResponseEntry } from "./operations";
import { ParametersTable, PropertyTable, schemaAnchor } from "./property-table";
import type { JsonObject } from "./resolve-ref";
import { schemaRefName } from "./resolve-ref";

export function SubHeading({ children }: { children: React.ReactNode }) {
  return <h4 className="mb-2 text-sm font-semibold text-slate-900">{children}</h4>;
}

export function SchemaLink({ name }: { name: string }) {
  return (
    <a
      href={`#${schemaAnchor(name)}`}
      className="text-brand-700 decoration-brand-100 hover:decoration-brand-500 font-mono text-xs underline underline-offset-2"
    >
      {name}
    </a>
  );
}

function ResponseItem({ response, linkCode }: { response: ResponseEntry; linkCode?: CodeLinker }) {
  return (
    <li className="flex items-start gap-3 px-4 py-3">
      <StatusBadge status={response.status} />
      <div className="min-w-0 flex-1 text-sm text-slate-700">
        <p className="break-words">
          {response.description ? <InlineMarkdown source={response.description} linkCode={linkCode} /> : "—"}
        </p>
        {(response.schemaRef || response.contentTypes.length > 0) && (
          <p className="mt-1 flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
            {response.contentTypes.map((type) => (
              <span key={type}>{type}</span>
            ))}
            {response.schemaRef && (
              <>
                <span aria-hidden>·</span>
                <SchemaLink name={response.schemaRef} />
              </>
            )}
          </p>
        )}
        {response.headers.length > 0 && (
          <ul className="mt-1.5 space-y-0.5 text-xs text-slate-500">
            {response.headers.map((header) => (
              <li key={header.name}>
                <span className="text-slate-400">Header </span>
                <code className="font-mono text-slate-700">{header.name}</code>
                {header.description && (
                  <>
                    {" — "}
                    <InlineMarkdown source={header.description} linkCode={linkCode} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

export function OperationSection({
  doc,
  operation,
  curl,
  linkCode,
  variant = "operation",
}: {
  doc: JsonObject;
  operation: Operation;
  /** The example request; none for webhooks (Cadence sends those). */
  curl?: string;
  linkCode?: CodeLinker;
  variant?: "operation" | "webhook";
}) {
  const webhook = variant === "webhook";
  const titleId = `${operation.id}-title`;
  const body = operation.requestBody;
  const bodyRef = body ? schemaRefName(body.schema) : undefined;
  const title =
    operation.summary ?? (webhook ? operation.path : `${operation.method.toUpperCase()} ${operation.path}`);

  return (
    <section
      id={operation.id}
      aria-labelledby={titleId}
      data-operation={operation.id}
      className="scroll-mt-28 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 lg:scroll-mt-6"
    >
      <header>
        <div className="flex items-start justify-between gap-3">
          <h3 id={titleId} className="text-lg font-semibold tracking-tight text-slate-900">
            {title}
            {operation.deprecated && (
              <span className="ml-2 rounded bg-amber-50 px-1.5 py-0.5 align-middle text-xs font-medium text-amber-800">
                Deprecated
              </span>
            )}
          </h3>
          <a
            href={`#${operation.id}`}
            className="mt-0.5 shrink-0 rounded-md p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
            aria-label={`Link to “${title}”`}
            title="Link to this section"
          >
            <Link2 className="size-4" aria-hidden />
          </a>
        </div>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <MethodBadge method={operation.method} />
          <code className="font-mono text-sm font-medium break-all text-slate-800">{operation.path}</code>
          {webhook ? (
            <span className="text-xs text-slate-500">sent to your endpoint</span>
          ) : (
            <span className="font-mono text-xs text-slate-400">{operation.id}</span>
          )}
        </div>
      </header>

      {operation.description && (
        <Markdown source={operation.description} linkCode={linkCode} className="mt-4" />
      )}

      <div className="mt-6 space-y-6">
        {operation.parameters.length > 0 && (
          <div>
            <SubHeading>{webhook ? "Headers" : "Parameters"}</SubHeading>
            <ParametersTable
              doc={doc}
              parameters={operation.parameters}
              label={`${title}: parameters`}
              linkCode={linkCode}
            />
          </div>
        )}

        {body && (
          <div>
            <SubHeading>{webhook ? "Payload" : "Request body"}</SubHeading>
            <p className="mb-2 flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
              <span>{body.contentType}</span>
              {body.required && <span className="font-medium text-amber-700">required</span>}
              {bodyRef && (
                <>
                  <span aria-hidden>·</span>
                  <SchemaLink name={bodyRef} />
                </>
              )}
            </p>
            {body.description && <Markdown source={body.description} linkCode={linkCode} className="mb-2" />}
            <PropertyTable
              doc={doc}
              schema={body.schema}
              label={`${title}: ${webhook ? "payload" : "request body"} fields`}
              options={{ expandRefs: true }}
              linkCode={linkCode}
            />
          </div>
        )}

        {operation.responses.length > 0 && (
          <div>
            <SubHeading>{webhook ? "Your endpoint answers" : "Responses"}</SubHeading>
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
              {operation.responses.map((response) => (
                <ResponseItem key={response.status} response={response} linkCode={linkCode} />
              ))}
            </ul>
          </div>
        )}

        {curl && (
          <div>
            <SubHeading>Example request</SubHeading>
            <CodeBlock title="curl" code={curl} copyLabel={`Copy curl example for ${title}`} />
          </div>
        )}
      </div>
    </section>
  );
}
