// The API reference, rendered on the server from the OpenAPI document: the introduction and the
// guides drawn from its description, every operation by tag, webhooks when the document has
// them, the problem types error answers point at, and the component schemas.
import { Download } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Logo } from "@/components/ui/logo";
import { cn } from "@/lib/utils/cn";
import { CodeBlock } from "./code-block";
import { CopyButton } from "./copy-button";
import { buildCurl } from "./curl";
import { DocsNav, type NavGroup } from "./docs-nav";
import { parseMarkdown, splitIntroSections, type Block, type IntroSection } from "./markdown";
import { MarkdownBlocks, type CodeLinker } from "./markdown-view";
import { StatusBadge } from "./method-badge";
import { OperationSection, SchemaLink, SubHeading } from "./operation-section";
import {
  authScheme,
  componentSchemas,
  groupByTag,
  listOperations,
  problemSchemaRef,
  problemTypes,
  serverUrl,
  type Operation,
} from "./operations";
import { PropertyTable, schemaAnchor, TableFrame, tableClasses } from "./property-table";
import { asString, isObject, type JsonObject } from "./resolve-ref";
import { SkipLink } from "@/components/ui/skip-link";

const GUIDES: { id: IntroSection | "introduction"; label: string }[] = [
  { id: "introduction", label: "Introduction" },
  { id: "authentication", label: "Authentication" },
  { id: "rate-limits", label: "Rate limits" },
  { id: "idempotency", label: "Idempotency" },
  { id: "errors", label: "Errors" },
];

export type ApiReferenceProps = {
  doc: JsonObject;
  /** Where the document itself can be downloaded. */
  documentUrl: string;
  /** The shell variable the curl examples read the key from. */
  tokenVariable?: string;
};

function Section({
  id,
  title,
  children,
  className,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={cn("scroll-mt-28 lg:scroll-mt-6", className)}>
      <h2 id={`${id}-title`} className="mb-4 text-xl font-semibold tracking-tight text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function HeaderTable({
  rows,
  label,
}: {
  rows: { name: string; description?: string; where?: string }[];
  label: string;
}) {
  const { td } = tableClasses;
  return (
    <TableFrame label={label} columns={[["Header", "w-[30%]"], ["Meaning"]]}>
      {rows.map((row) => (
        <tr key={row.name} className={tableClasses.tr}>
          <td className={td}>
            <code className="font-mono text-[13px] font-medium text-slate-900">{row.name}</code>
            {row.where && (
              <span className="text-xs text-slate-500 max-md:ml-2 md:mt-0.5 md:block">{row.where}</span>
            )}
          </td>
          <td className={cn(td, tableClasses.wide, "text-slate-700")}>{row.description ?? "—"}</td>
        </tr>
      ))}
    </TableFrame>
  );
}

/** Response headers across all operations whose names match, each once. */
function responseHeaders(operations: Operation[], pattern: RegExp) {
  const found = new Map<string, { name: string; description?: string; where?: string }>();
  for (const operation of operations) {
    for (const response of operation.responses) {
      for (const header of response.headers) {
        if (pattern.test(header.name) && !found.has(header.name)) {
          found.set(header.name, { name: header.name, description: header.description, where: "response" });
        }
      }
    }
  }
  return [...found.values()];
}

function OperationLink({ operation }: { operation: Operation }) {
  return (
    <a
      href={`#${operation.id}`}
      className="text-brand-700 decoration-brand-100 hover:decoration-brand-500 font-mono text-xs underline underline-offset-2"
    >
      {operation.id}
    </a>
  );
}

function Prose({ blocks, linkCode, fallback }: { blocks: Block[]; linkCode: CodeLinker; fallback?: string }) {
  if (!blocks.length) return fallback ? <p className="text-sm leading-6 text-slate-700">{fallback}</p> : null;
  return <MarkdownBlocks blocks={blocks} linkCode={linkCode} className="max-w-3xl" />;
}

export function ApiReference({ doc, documentUrl, tokenVariable = "API_KEY" }: ApiReferenceProps) {
  const info = isObject(doc.info) ? doc.info : {};
  const title = asString(info.title) ?? "API";
  const version = asString(info.version);
  const baseUrl = serverUrl(doc);
  const operations = listOperations(doc);
  const groups = groupByTag(doc, operations);
  const webhooks = listOperations(doc, "webhooks");
  const problems = problemTypes(doc, operations);
  const schemas = componentSchemas(doc);
  const problemRef = problemSchemaRef(operations);
  const { intro, sections } = splitIntroSections(parseMarkdown(asString(info.description) ?? ""));

  const problemAnchors = new Map(problems.map((problem) => [problem.uri, problem.anchor]));
  const linkCode: CodeLinker = (code) => {
    const anchor = problemAnchors.get(code);
    return anchor ? `#${anchor}` : undefined;
  };
  const curlOptions = { tokenVariable };

  const auth = authScheme(doc);
  const authExample = operations.find(
    (operation) =>
      operation.method === "get" &&
      !operation.parameters.some((parameter) => parameter.required === true) &&
      !operation.path.includes("{"),
  );
  const rateHeaders = responseHeaders(operations, /^(x-)?rate-?limit|^retry-after$/i);
  const rateLimited = problems.find((problem) => problem.status === 429);
  const idempotentOperations = operations.filter((operation) =>
    operation.parameters.some(
      (parameter) => parameter.in === "header" && /idempotency/i.test(String(parameter.name)),
    ),
  );
  const idempotencyHeaders = [
    ...new Map(
      idempotentOperations
        .flatMap((operation) => operation.parameters)
        .filter((parameter) => parameter.in === "header" && /idempotency/i.test(String(parameter.name)))
        .map((parameter) => [
          String(parameter.name),
          { name: String(parameter.name), description: asString(parameter.description), where: "request" },
        ]),
    ).values(),
    ...responseHeaders(operations, /idempot/i),
  ];

  const navGroups: NavGroup[] = [
    { title: "Guides", items: GUIDES.map(({ id, label }) => ({ id, label })) },
    ...groups.map((group) => ({
      title: group.name,
      items: group.operations.map((operation) => ({
        id: operation.id,
        label: operation.path,
        method: operation.method,
        title: operation.summary,
      })),
    })),
    ...(webhooks.length
      ? [
          {
            title: "Webhooks",
            items: webhooks.map((webhook) => ({
              id: webhook.id,
              label: webhook.path,
              mono: true,
              title: webhook.summary,
            })),
          },
        ]
      : []),
    ...(schemas.length
      ? [
          {
            title: "Schemas",
            items: schemas.map(([name]) => ({ id: schemaAnchor(name), label: name, mono: true })),
          },
        ]
      : []),
  ];

  const download = (
    <a
      href={documentUrl}
      download="openapi.json"
      className={buttonClasses({ variant: "secondary", size: "sm" })}
    >
      <Download className="size-4" aria-hidden />
      Download openapi.json
    </a>
  );

  return (
    <div className="min-h-screen lg:flex">
      <SkipLink />

      <aside className="hidden border-r border-slate-200 bg-white lg:block lg:w-72 lg:shrink-0">
        <div className="sticky top-0 flex h-screen flex-col">
          <div className="border-b border-slate-200 px-5 py-4">
            <Link href="/" className="inline-block rounded-md">
              <Logo className="text-lg text-slate-900" />
            </Link>
            <p className="mt-1 text-xs text-slate-500">API reference{version ? ` · v${version}` : ""}</p>
          </div>
          <div data-nav-scroller className="flex-1 overflow-y-auto px-3 py-5">
            <DocsNav groups={navGroups} label="API reference" />
          </div>
        </div>
      </aside>

      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur lg:hidden">
        <div className="flex h-14 items-center justify-between px-4">
          <Link href="/" className="rounded-md">
            <Logo className="text-slate-900" />
          </Link>
          <span className="text-xs text-slate-500">API reference</span>
        </div>
        <details className="group border-t border-slate-200">
          <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-2.5 text-sm font-medium text-slate-700 [&::-webkit-details-marker]:hidden">
            Contents
            <span aria-hidden className="text-slate-400 transition-transform group-open:rotate-180">
              ▾
            </span>
          </summary>
          <div className="max-h-[70vh] overflow-y-auto border-t border-slate-100 px-3 py-4">
            <DocsNav groups={navGroups} label="API reference contents" />
          </div>
        </details>
      </header>

      <main id="content" className="min-w-0 flex-1 px-4 py-8 sm:px-8 lg:px-12 lg:py-12">
        <div className="mx-auto max-w-4xl space-y-16">
          <div>
            <div className="flex flex-wrap items-start justify-between gap-4">
              <div>
                <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{title}</h1>
                <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-500">
                  {version && (
                    <span className="bg-brand-50 text-brand-700 ring-brand-100 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset">
                      v{version}
                    </span>
                  )}
                  {typeof doc.openapi === "string" && <span>OpenAPI {doc.openapi}</span>}
                </p>
              </div>
              {download}
            </div>
            {baseUrl && (
              <div className="mt-6 flex max-w-full flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-slate-200 bg-white py-1.5 pr-1.5 pl-3 text-sm sm:inline-flex">
                <span className="text-xs font-medium text-slate-500">Base URL</span>
                <code className="min-w-0 font-mono text-[13px] break-all text-slate-900">{baseUrl}</code>
                <CopyButton text={baseUrl} label="Copy base URL" />
              </div>
            )}
          </div>

          <Section id="introduction" title="Introduction">
            <Prose blocks={intro} linkCode={linkCode} />
          </Section>

          <Section id="authentication" title="Authentication">
            <div className="space-y-4">
              <Prose
                blocks={sections.authentication}
                linkCode={linkCode}
                fallback={auth ? undefined : "Requests need no authentication."}
              />
              {auth && (
                <dl className="grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1.5 text-sm">
                  <dt className="text-slate-500">Scheme</dt>
                  <dd className="text-slate-900">
                    {auth.type === "http" ? `HTTP ${auth.scheme ?? ""}` : auth.type}
                    {auth.header && (
                      <>
                        {" in "}
                        <code className="font-mono text-[13px]">{auth.header}</code>
                      </>
                    )}
                  </dd>
                  {auth.bearerFormat && (
                    <>
                      <dt className="text-slate-500">Key format</dt>
                      <dd>
                        <code className="font-mono text-[13px] text-slate-900">{auth.bearerFormat}</code>
                      </dd>
                    </>
                  )}
                  {auth.description && (
                    <>
                      <dt className="text-slate-500">Details</dt>
                      <dd className="text-slate-900">{auth.description}</dd>
                    </>
                  )}
                </dl>
              )}
              {auth && authExample && (
                <CodeBlock
                  title="An authenticated request"
                  code={`# Keep the key in a variable; every example on this page reads it from there.\nexport ${tokenVariable}="…"\n\n${buildCurl(doc, authExample, curlOptions)}`}
                  copyLabel="Copy authenticated request"
                />
              )}
            </div>
          </Section>

          <Section id="rate-limits" title="Rate limits">
            <div className="space-y-4">
              <Prose
                blocks={sections["rate-limits"]}
                linkCode={linkCode}
                fallback="Requests are not rate limited."
              />
              {rateHeaders.length > 0 && <HeaderTable rows={rateHeaders} label="Rate limit headers" />}
              {rateLimited && (
                <p className="text-sm text-slate-700">
                  A refused request is answered with the problem type{" "}
                  <a href={`#${rateLimited.anchor}`} className="text-brand-700 underline underline-offset-2">
                    <code className="font-mono text-[13px]">{rateLimited.name}</code>
                  </a>
                  .
                </p>
              )}
            </div>
          </Section>

          <Section id="idempotency" title="Idempotency">
            <div className="space-y-4">
              <Prose
                blocks={sections.idempotency}
                linkCode={linkCode}
                fallback={idempotentOperations.length ? undefined : "No operation takes an idempotency key."}
              />
              {idempotencyHeaders.length > 0 && (
                <HeaderTable rows={idempotencyHeaders} label="Idempotency headers" />
              )}
              {idempotentOperations.length > 0 && (
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
                  Accepted by
                  {idempotentOperations.map((operation) => (
                    <OperationLink key={operation.id} operation={operation} />
                  ))}
                </p>
              )}
            </div>
          </Section>

          <Section id="errors" title="Errors">
            <div className="space-y-6">
              <Prose blocks={sections.errors} linkCode={linkCode} />
              {problemRef && (
                <div>
                  <SubHeading>
                    The error body <SchemaLink name={problemRef} />
                  </SubHeading>
                  <PropertyTable
                    doc={doc}
                    schema={{ $ref: `#/components/schemas/${problemRef}` }}
                    label="Error body fields"
                    linkCode={linkCode}
                  />
                </div>
              )}
              {problems.length > 0 && (
                <div>
                  <SubHeading>Problem types</SubHeading>
                  <p className="mb-3 text-sm text-slate-600">
                    Branch on <code className="rounded bg-slate-100 px-1 font-mono text-[0.85em]">type</code>;
                    each value links here.
                  </p>
                  <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
                    {problems.map((problem) => (
                      <li
                        key={problem.uri}
                        id={problem.anchor}
                        data-problem-type={problem.name}
                        className="flex scroll-mt-28 items-start gap-3 px-4 py-3 target:bg-amber-50 lg:scroll-mt-6"
                      >
                        <StatusBadge status={problem.status === undefined ? "—" : String(problem.status)} />
                        <div className="min-w-0 flex-1">
                          <p className="text-sm font-medium text-slate-900">
                            {problem.title ?? problem.name}
                          </p>
                          <code className="mt-0.5 block font-mono text-xs break-all text-slate-500">
                            {problem.uri}
                          </code>
                          {problem.description && (
                            <p className="mt-1 text-sm text-slate-700">{problem.description}</p>
                          )}
                          <p className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
                            {problem.usedBy.length === 0 ? (
                              "Not listed on a particular operation."
                            ) : problem.usedBy.length === operations.length ? (
                              "Any operation."
                            ) : (
                              <>
                                <span>From</span>
                                {operations
                                  .filter((operation) => problem.usedBy.includes(operation.id))
                                  .map((operation) => (
                                    <OperationLink key={operation.id} operation={operation} />
                                  ))}
                              </>
                            )}
                          </p>
                        </div>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          </Section>

          {groups.map((group) => (
            <Section
              key={group.name}
              id={`tag-${group.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`}
              title={group.name}
            >
              {group.description && <p className="-mt-2 mb-6 text-sm text-slate-600">{group.description}</p>}
              <div className="space-y-8">
                {group.operations.map((operation) => (
                  <OperationSection
                    key={operation.id}
                    doc={doc}
                    operation={operation}
                    curl={buildCurl(doc, operation, curlOptions)}
                    linkCode={linkCode}
                  />
                ))}
              </div>
            </Section>
          ))}

          {webhooks.length > 0 && (
            <Section id="webhooks" title="Webhooks">
              <div className="space-y-8">
                {webhooks.map((webhook) => (
                  <OperationSection
                    key={webhook.id}
                    doc={doc}
                    operation={webhook}
                    linkCode={linkCode}
                    variant="webhook"
                  />
                ))}
              </div>
            </Section>
          )}

          {schemas.length > 0 && (
            <Section id="schemas" title="Schemas">
              <div className="space-y-8">
                {schemas.map(([name, schema]) => (
                  <section
                    key={name}
                    id={schemaAnchor(name)}
                    aria-labelledby={`${schemaAnchor(name)}-title`}
                    className="scroll-mt-28 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 lg:scroll-mt-6"
                  >
                    <h3
                      id={`${schemaAnchor(name)}-title`}
                      className="font-mono text-base font-semibold text-slate-900"
                    >
                      {name}
                    </h3>
                    {typeof schema.description === "string" && (
                      <MarkdownBlocks
                        blocks={parseMarkdown(schema.description)}
                        linkCode={linkCode}
                        className="mt-2"
                      />
                    )}
                    <div className="mt-4">
                      <PropertyTable
                        doc={doc}
                        schema={schema}
                        label={`${name} fields`}
                        options={{ expandRefs: false }}
                        linkCode={linkCode}
                      />
                    </div>
                  </section>
                ))}
              </div>
            </Section>
          )}

          <footer className="border-t border-slate-200 pt-6 text-xs text-slate-500">
            Generated from this server&apos;s own OpenAPI document (
            <a href={documentUrl} className="underline underline-offset-2 hover:text-slate-700">
              openapi.json
            </a>
            ), which any OpenAPI client or code generator can read.
          </footer>
        </div>
      </main>
    </div>
  );
}
