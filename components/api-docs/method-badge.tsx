import { cn } from "@/lib/utils/cn";

const tones: Record<string, string> = {
  get: "bg-sky-50 text-sky-700 ring-sky-200",
  post: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  put: "bg-amber-50 text-amber-800 ring-amber-200",
  patch: "bg-amber-50 text-amber-800 ring-amber-200",
  delete: "bg-red-50 text-red-700 ring-red-200",
};

/** GET, POST… in a fixed-width pill, so paths line up in lists. */
export function MethodBadge({ method, size = "md" }: { method: string; size?: "sm" | "md" }) {
  const upper = method.toUpperCase();
  return (
    <span
      className={cn(
        "inline-flex shrink-0 items-center justify-center rounded font-mono font-semibold ring-1 ring-inset",
        size === "sm" ? "w-12 py-px text-[10px]" : "w-16 py-0.5 text-xs",
        tones[method.toLowerCase()] ?? "bg-slate-100 text-slate-700 ring-slate-200",
      )}
    >
      {upper === "DELETE" && size === "sm" ? "DEL" : upper}
    </span>
  );
}

/** A response status, coloured by class (2xx green, 4xx amber, 5xx red). */
export function StatusBadge({ status }: { status: string }) {
  const tone = status.startsWith("2")
    ? "bg-emerald-50 text-emerald-700 ring-emerald-200"
    : status.startsWith("4")
      ? "bg-amber-50 text-amber-800 ring-amber-200"
      : status.startsWith("5")
        ? "bg-red-50 text-red-700 ring-red-200"
        : "bg-slate-100 text-slate-700 ring-slate-200";
  return (
    <span
      className={cn(
        "inline-flex w-12 shrink-0 items-center justify-center rounded py-0.5 font-mono text-xs font-semibold ring-1 ring-inset",
        tone,
      )}
    >
      {status}
    </span>
  );
}
