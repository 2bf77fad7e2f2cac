export function Logo({ className = "" }: { className?: string }) {
  return (
    <span className={`inline-flex items-center gap-2 font-semibold tracking-tight ${className}`}>
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden>
        <rect width="32" height="32" rx="8" className="fill-brand-600" />
        <path
          d="M9 20.5c2.5-7 5-7 7-2.5s4.5 4.5 7-2.5"
          stroke="white"
          strokeWidth="2.6"
          fill="none"
          strokeLinecap="round"
        />
      </svg>
      Cadence
    </span>
  );
}
