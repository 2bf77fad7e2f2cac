// Tables of fields: a schema's properties (nested, indented) and an operation's parameters.
import { cn } from "@/lib/utils/cn";
import { InlineMarkdown, type CodeLinker } from "./markdown-view";
import type { JsonObject } from "./resolve-ref";
import {
  schemaRows,
  summarizeSchema,
  type SchemaRow,
  type SchemaRowOptions,
  type SchemaSummary,
} from "./schema-rows";

export const schemaAnchor = (name: string) => `schema-${name}`;

// From md up these are tables; below it each row becomes a wrapping line of its cells (name,
// type…) with the description under them, so nothing hides off-screen on a phone.
export const tableClasses = {
  table: "w-full border-collapse text-sm max-md:block",
  thead: "border-b border-slate-200 bg-slate-50 max-md:sr-only",
  tbody: "divide-y divide-slate-100 max-md:block",
  tr: "max-md:flex max-md:flex-wrap max-md:items-baseline max-md:gap-x-3 max-md:gap-y-1 max-md:px-3 max-md:py-3",
  th: "px-3 py-2 text-left text-xs font-medium text-slate-500",
  td: "px-3 py-2.5 align-top max-md:p-0",
  /** The cell that takes a line of its own on small screens. */
  wide: "max-md:basis-full",
};
const { th, td } = tableClasses;

/** A column heading and, optionally, its width class (the last column takes the rest). */
export type TableColumn = readonly [heading: string, width?: string];

/** The frame and header row every reference table shares; `children` are its body rows. */
export function TableFrame({
  label,
  columns,
  children,
}: {
  label: string;
  columns: readonly TableColumn[];
  children: React.ReactNode;
}) {
  return (
    // Wide tables scroll sideways; the region can be focused to scroll it by keyboard.
    <div
      className="rounded-lg border border-slate-200 bg-white md:overflow-x-auto"
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      <table className={tableClasses.table}>
        <thead className={tableClasses.thead}>
          <tr>
            {columns.map(([heading, width]) => (
              <th key={heading} scope="col" className={cn(th, width)}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={tableClasses.tbody}>{children}</tbody>
      </table>
    </div>
  );
}

export function TypeLabel({ summary }: { summary: SchemaSummary }) {
  const { type, typeRef } = summary;
  let content: React.ReactNode = type;
  if (typeRef) {
    const at = type.lastIndexOf(typeRef);
    const link = (
      <a
        href={`#${schemaAnchor(typeRef)}`}
        className="text-brand-700 decoration-brand-100 hover:decoration-brand-500 underline underline-offset-2"
      >
        {typeRef}
      </a>
    );
    content =
      at >= 0 ? (
        <>
          {type.slice(0, at)}
          {link}
          {type.slice(at + typeRef.length)}
        </>
      ) : (
        link
      );
  }
  return (
    <span className="font-mono text-xs whitespace-nowrap text-slate-600">
      {content}
      {summary.nullable && <span className="text-slate-400"> | null</span>}
    </span>
  );
}

/** Constraints and allowed values, as a line of small chips under a description. */
export function SchemaNotes({ summary }: { summary: SchemaSummary }) {
  if (!summary.constraints.length && !summary.values?.length && !summary.deprecated) return null;
  return (
    <div className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
      {summary.deprecated && (
        <span className="rounded bg-amber-50 px-1.5 py-0.5 font-medium text-amber-800">Deprecated</span>
      )}
      {summary.constraints.map((constraint, index) => (
        <span
          key={index}
          className="inline-flex max-w-full items-center gap-1 rounded bg-slate-100 px-1.5 py-0.5"
        >
          {constraint.label}
          {constraint.value !== undefined && (
            <code className="font-mono break-all text-slate-700">{constraint.value}</code>
          )}
        </span>
      ))}
      {summary.values?.length ? (
        <span className="inline-flex flex-wrap items-center gap-1">
          <span>
            {summary.valuesOfItems ? "Each item: " : ""}
            {summary.values.length === 1 ? "always" : "one of"}
          </span>
          {summary.values.map((value) => (
            <code key={value} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-700">
              {value}
            </code>
          ))}
        </span>
      ) : null}
    </div>
  );
}

function RequiredMark({ required }: { required: boolean }) {
  return required ? <span className="text-xs font-medium text-amber-700">required</span> : null;
}

function RowName({ row }: { row: SchemaRow }) {
  if (row.variant) {
    const first = row.name === "Option 1";
    return (
      <span className="text-[11px] font-semibold tracking-wide text-violet-700 uppercase">
        {first ? "One of" : "or"}
      </span>
    );
  }
  return (
    <code className="font-mono text-[13px] font-medium [overflow-wrap:anywhere] text-slate-900">
      {row.name}
    </code>
  );
}

/** A schema's fields, one row each; nested fields indented under their parent. */
export function PropertyTable({
  doc,
  schema,
  label,
  options,
  linkCode,
}: {
  doc: JsonObject;
  schema: unknown;
  label: string;
  options?: SchemaRowOptions;
  linkCode?: CodeLinker;
}) {
  const rows = schemaRows(doc, schema, options);
  if (!rows.length) {
    const summary = summarizeSchema(doc, schema);
    return (
      <p className="text-sm text-slate-600">
        <TypeLabel summary={summary} />
        {summary.description && (
          <>
            {" — "}
            <InlineMarkdown source={summary.description} linkCode={linkCode} />
          </>
        )}
      </p>
    );
  }
  return (
    <TableFrame label={label} columns={[["Field", "w-[32%]"], ["Type", "w-[22%]"], ["Description"]]}>
      {rows.map((row) => (
        <tr
          key={row.key}
          data-field={row.key}
          style={{ "--depth": row.depth } as React.CSSProperties}
          className={cn(
            tableClasses.tr,
            "max-md:pl-[calc(var(--depth)*1rem_+_0.75rem)]",
            row.variant && "bg-violet-50/40",
          )}
        >
          <td className={td}>
            <div className="flex md:pl-[calc(var(--depth)*1.125rem)]">
              {row.depth > 0 && (
                <span aria-hidden className="mr-2 w-px shrink-0 self-stretch bg-slate-200 max-md:hidden" />
              )}
              <div className="flex min-w-0 flex-col items-start gap-0.5 max-md:flex-row max-md:items-baseline max-md:gap-2">
                <RowName row={row} />
                <RequiredMark required={row.required} />
              </div>
            </div>
          </td>
          <td className={td}>
            <TypeLabel summary={row} />
          </td>
          <td className={cn(td, tableClasses.wide, "text-slate-700")}>
            {row.description ? (
              <InlineMarkdown source={row.description} linkCode={linkCode} />
            ) : (
              !row.constraints.length &&
              !row.values &&
              !row.variant && <span className="text-slate-400 max-md:hidden">—</span>
            )}
            <SchemaNotes summary={row} />
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}

/** An operation's parameters: name, where it goes, type, whether it is required, what it means. */
export function ParametersTable({
  doc,
  parameters,
  label,
  linkCode,
}: {
  doc: JsonObject;
  parameters: JsonObject[];
  label: string;
  linkCode?: CodeLinker;
}) {
  return (
    <TableFrame
      label={label}
      columns={[
        ["Name", "w-[24%]"],
        ["In", "w-[9%]"],
        ["Type", "w-[17%]"],
        ["Required", "w-[11%]"],
        ["Description"],
      ]}
    >
      {parameters.map((parameter) => {
        const summary = summarizeSchema(doc, parameter.schema);
        const description =
          typeof parameter.description === "string" ? parameter.description : summary.description;
        const required = parameter.required === true;
        return (
          <tr key={`${String(parameter.in)}:${String(parameter.name)}`} className={tableClasses.tr}>
            <td className={td}>
              <code className="font-mono text-[13px] font-medium [overflow-wrap:anywhere] text-slate-900">
                {String(parameter.name)}
              </code>
            </td>
            <td className={cn(td, "text-xs text-slate-600")}>{String(parameter.in)}</td>
            <td className={td}>
              <TypeLabel summary={summary} />
            </td>
            <td className={cn(td, "text-xs")}>
              {required ? (
                <span className="font-medium text-amber-700">required</span>
              ) : (
                <span className="text-slate-500">optional</span>
              )}
            </td>
            <td className={cn(td, tableClasses.wide, "text-slate-700")}>
              {description ? (
                <InlineMarkdown source={description} linkCode={linkCode} />
              ) : (
                !summary.constraints.length &&
                !summary.values && <span className="text-slate-400 max-md:hidden">—</span>
              )}
              <SchemaNotes summary={summary} />
              {parameter.deprecated === true && (
                <span className="mt-1 inline-block rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-800">
                  Deprecated
                </span>
              )}
            </td>
          </tr>
        );
      })}
    </TableFrame>
  );
}
