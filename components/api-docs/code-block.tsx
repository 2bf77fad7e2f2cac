import { CopyButton } from "./copy-button";

/** A titled, copyable block of code. Scrolls sideways (and can be focused to) when lines are long. */
export function CodeBlock({ title, code, copyLabel }: { title: string; code: string; copyLabel?: string }) {
  return (
    <figure className="overflow-hidden rounded-lg border border-slate-200 bg-slate-50">
      <figcaption className="flex items-center justify-between border-b border-slate-200 bg-white py-1 pr-1.5 pl-3">
        <span className="text-xs font-medium text-slate-600">{title}</span>
        <CopyButton text={code} label={copyLabel ?? `Copy ${title}`} />
      </figcaption>
      <pre
        tabIndex={0}
        className="overflow-x-auto p-4 font-mono text-[13px] leading-relaxed text-slate-800 focus-visible:outline-offset-[-2px]"
      >
        <code>{code}</code>
      </pre>
    </figure>
  );
}
