// One card of the Settings page: a titled section with an optional line of explanation under the
// title, and its content below a divider.
import { useId } from "react";

export function SettingsSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
}) {
  const titleId = useId();
  return (
    <section className="rounded-xl border border-slate-200 bg-white shadow-sm" aria-labelledby={titleId}>
      <div className="border-b border-slate-200 px-6 py-4">
        <h2 id={titleId} className="text-sm font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="mt-1 text-xs text-slate-500">{description}</p>}
      </div>
      {children}
    </section>
  );
}
