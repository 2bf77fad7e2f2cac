import { useId } from "react";
import { cn } from "@/lib/utils/cn";

type FieldProps = React.InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input with its hint and errors wired to aria-describedby. */
export function Field({ label, hint, errors, className, id, ...props }: FieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const describedBy = [hint && `${inputId}-hint`, errors?.length && `${inputId}-error`]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={inputId}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={cn(
          "block h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm shadow-sm placeholder:text-slate-400",
          "focus:border-brand-500 focus:ring-brand-100 focus:ring-2 focus:outline-none",
          errors?.length && "border-red-500 focus:border-red-500 focus:ring-red-100",
        )}
        {...props}
      />
      {hint && !errors?.length && (
        <p id={`${inputId}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${inputId}-error`} className="text-xs font-medium text-red-600" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
