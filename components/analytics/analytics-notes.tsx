// What the reader should know about these figures, as the server words it.
import { Info } from "lucide-react";

export function AnalyticsNotes({ notes }: { notes: string[] }) {
  if (!notes.length) return null;
  return (
    <aside
      aria-label="About these figures"
      className="border-brand-100 bg-brand-50/60 flex gap-2 rounded-lg border px-3 py-2.5 text-sm text-slate-700"
      data-testid="analytics-notes"
    >
      <Info className="text-brand-600 mt-0.5 size-4 shrink-0" aria-hidden />
      <ul className="space-y-0.5">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </aside>
  );
}
