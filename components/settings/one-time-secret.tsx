"use client";
// A secret Cadence shows once (a new API key, a webhook signing secret): the value, a copy button
// and "Done". After this it is gone from the page; Cadence keeps only a hash or ciphertext.
import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

export function OneTimeSecret({
  message,
  value,
  copiedToast,
  onDone,
  testId,
}: {
  /** What is ready, and that it will not be shown again. */
  message: string;
  value: string;
  copiedToast: string;
  onDone: () => void;
  testId?: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="border-b border-emerald-200 bg-emerald-50 px-6 py-4" data-testid={testId}>
      <p className="text-sm font-medium text-emerald-900">{message}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code className="rounded-lg border border-emerald-200 bg-white px-3 py-2 font-mono text-xs break-all text-slate-900 select-all">
          {value}
        </code>
        <Button
          variant="secondary"
          size="sm"
          onClick={async () => {
            await navigator.clipboard?.writeText(value).catch(() => {});
            setCopied(true);
            toast.success(copiedToast);
          }}
        >
          {copied ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />}
          {copied ? "Copied" : "Copy"}
        </Button>
        <Button variant="ghost" size="sm" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
