"use client";
// The fields of a webhook endpoint — address, description, events (all ticked by default) — for
// adding one and for editing one. Errors from the server appear beside the field they concern.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { WEBHOOK_DESCRIPTION_MAX_LENGTH, WEBHOOK_URL_MAX_LENGTH } from "@/lib/schemas/webhooks";
import {
  WEBHOOK_EVENT_DESCRIPTIONS,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from "@/lib/webhooks/webhook-events";

export type EndpointFields = { url: string; description: string; events: WebhookEventType[] };
export type FieldErrors = Record<string, string[]> | undefined;

/** "events.2" (one bad item) is shown with the events. */
function errorsFor(errors: FieldErrors, field: keyof EndpointFields): string[] | undefined {
  if (!errors) return undefined;
  const found = Object.entries(errors)
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .flatMap(([, messages]) => messages);
  return found.length ? found : undefined;
}

export function WebhookEndpointForm({
  initial = { url: "", description: "", events: [...WEBHOOK_EVENT_TYPES] },
  submitLabel,
  submitIcon,
  pending,
  errors,
  onSubmit,
  onCancel,
}: {
  initial?: EndpointFields;
  submitLabel: string;
  submitIcon?: React.ReactNode;
  pending: boolean;
  errors: FieldErrors;
  /** Resolves true when saved: the form then starts over. */
  onSubmit: (fields: EndpointFields) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const [fields, setFields] = useState<EndpointFields>(initial);
  const id = useId();
  const eventErrors = errorsFor(errors, "events");

  const toggle = (type: WebhookEventType) =>
    setFields((current) => ({
      ...current,
      events: current.events.includes(type)
        ? current.events.filter((event) => event !== type)
        : WEBHOOK_EVENT_TYPES.filter((event) => event === type || current.events.includes(event)),
    }));

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await onSubmit(fields)) setFields(initial);
      }}
    >
      <div className="flex flex-wrap items-start gap-3">
        <Field
          label="Endpoint URL"
          type="url"
          inputMode="url"
          placeholder="https://example.com/webhooks/cadence"
          value={fields.url}
          maxLength={WEBHOOK_URL_MAX_LENGTH + 100}
          onChange={(event) => setFields({ ...fields, url: event.target.value })}
          errors={errorsFor(errors, "url")}
          className="min-w-64 flex-[2]"
        />
        <Field
          label="Description (optional)"
          placeholder="CRM sync"
          value={fields.description}
          maxLength={WEBHOOK_DESCRIPTION_MAX_LENGTH + 20}
          onChange={(event) => setFields({ ...fields, description: event.target.value })}
          errors={errorsFor(errors, "description")}
          className="min-w-48 flex-1"
        />
      </div>
      <fieldset aria-describedby={eventErrors ? `${id}-events-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">Events</legend>
        <div className="mt-1.5 grid gap-x-6 gap-y-1.5 sm:grid-cols-2 lg:grid-cols-3">
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label
              key={type}
              className="flex items-start gap-2 text-sm text-slate-700"
              title={WEBHOOK_EVENT_DESCRIPTIONS[type]}
            >
              <input
                type="checkbox"
                className="accent-brand-600 mt-0.5 size-4"
                checked={fields.events.includes(type)}
                onChange={() => toggle(type)}
              />
              <code className="font-mono text-xs leading-5">{type}</code>
            </label>
          ))}
        </div>
        {eventErrors && (
          <p id={`${id}-events-error`} className="mt-1.5 text-xs font-medium text-red-600" role="alert">
            {eventErrors.join(" ")}
          </p>
        )}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" loading={pending}>
          {submitIcon}
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="ghost" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
