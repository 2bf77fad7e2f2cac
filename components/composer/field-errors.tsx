/** Messages about one thing, shown right beside it. */
export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-xs font-medium text-red-600" role="alert">
      {errors.join(" ")}
    </p>
  );
}

/** Errors for a dotted path and everything under it ("content.images.2" also takes ".altText"). */
export function errorsUnder(
  errors: Record<string, string[] | undefined>,
  path: string,
): string[] | undefined {
  const found = Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .flatMap(([, messages]) => messages ?? []);
  return found.length ? found : undefined;
}
