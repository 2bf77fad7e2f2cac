"use client";
// The post text box with @-mentions of organizations: typing `@` and a few letters opens a
// type-ahead under the box (the workspace's Pages, Pages mentioned before, and — for an exact
// vanity name or a linkedin.com/company URL — a lookup on LinkedIn). The text stays plain; the
// picked mentions travel beside it and become mention runs in textToCommentary.
import { Loader2 } from "lucide-react";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import {
  findMentionQuery,
  insertMention,
  pruneMentions,
  type DraftMention,
} from "@/lib/composer/text-to-commentary";
import { useMentionSearch } from "@/lib/hooks/use-mention-search";
import type {
  MentionSearchResult,
  MentionSource,
  MentionSuggestion,
} from "@/lib/services/mentions/mention-schemas";
import { cn } from "@/lib/utils/cn";

export type MentionTextareaProps = {
  id: string;
  value: string;
  onChange: (text: string) => void;
  /** The mentions picked so far; those whose `@Name` leaves the text are dropped on change. */
  mentions: readonly DraftMention[];
  onMentionsChange: (mentions: DraftMention[]) => void;
  workspaceId: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
  placeholder?: string;
  rows?: number;
};

const SOURCE_LABELS: Record<MentionSource, string> = {
  channel: "Your page",
  recent: "Mentioned before",
  linkedin: "Found on LinkedIn",
};

const EMPTY_MESSAGE =
  "No organizations match. Type a Page's exact LinkedIn vanity name, e.g. northwind-coffee, to look it up.";

const initials = (name: string) =>
  name
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0]!.toUpperCase())
    .join("") || "?";

export function MentionTextarea({
  id,
  value,
  onChange,
  mentions,
  onMentionsChange,
  workspaceId,
  "aria-describedby": describedBy,
  "aria-invalid": invalid,
  placeholder,
  rows = 10,
}: MentionTextareaProps) {
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const listboxId = `${useId()}-mentions`;
  const [caret, setCaret] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  /** The `@` position whose type-ahead was closed with Escape: stays closed until another `@`. */
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  /** The highlighted option, for one `@query` (`start:query`): a new query starts at the first. */
  const [active, setActive] = useState<{ key: string; index: number }>({ key: "", index: 0 });
  /** Where to put the caret once the parent has rendered the text with a picked mention. */
  const pendingCaret = useRef<number | null>(null);

  const mentionQuery = focused && caret !== null ? findMentionQuery(value, caret, mentions) : null;
  const open = mentionQuery !== null && mentionQuery.start !== dismissedAt;
  const search = useMentionSearch({ workspaceId, query: mentionQuery?.query ?? "", enabled: open });
  const suggestions = open ? (search.data?.suggestions ?? []) : [];
  const lookupProblem = open && !search.error ? search.data?.lookupProblem : undefined;
  const waiting = open && search.isSearching;
  const failed = open && search.error !== null && !waiting;
  const status = open
    ? describeStatus({ waiting, count: suggestions.length, data: search.data, failed })
    : { line: null, announcement: "" };
  const queryKey = mentionQuery ? `${mentionQuery.start}:${mentionQuery.query}` : "";
  const activeIndex =
    active.key === queryKey ? Math.min(active.index, Math.max(0, suggestions.length - 1)) : 0;
  const optionId = (index: number) => `${listboxId}-option-${index}`;
  const activeId = open && suggestions.length > 0 ? optionId(activeIndex) : undefined;

  useEffect(() => {
    if (pendingCaret.current === null || !textareaRef.current) return;
    textareaRef.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  const readCaret = () => setCaret(textareaRef.current?.selectionStart ?? null);

  function change(text: string, selectionStart: number) {
    setCaret(selectionStart);
    // An Escape holds only for the `@` it closed: a new or retyped `@` opens the list again.
    if (dismissedAt !== null && findMentionQuery(text, selectionStart, mentions)?.start !== dismissedAt)
      setDismissedAt(null);
    onChange(text);
    const kept = pruneMentions(text, mentions);
    if (kept !== mentions) onMentionsChange([...kept]);
  }

  function pick(suggestion: MentionSuggestion) {
    if (!mentionQuery) return;
    const next = insertMention({ text: value, mentions: [...mentions] }, mentionQuery, suggestion);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    onChange(next.text);
    onMentionsChange(next.mentions);
    textareaRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open || !mentionQuery || event.nativeEvent.isComposing) return;
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      setDismissedAt(mentionQuery.start);
      return;
    }
    if (suggestions.length === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive({ key: queryKey, index: (activeIndex + step + suggestions.length) % suggestions.length });
    } else if ((event.key === "Enter" || event.key === "Tab") && !event.shiftKey) {
      event.preventDefault();
      pick(suggestions[activeIndex]!);
    }
  }

  return (
    <div className="relative">
      <textarea
        ref={textareaRef}
        id={id}
        rows={rows}
        value={value}
        placeholder={placeholder}
        role="combobox"
        aria-autocomplete="list"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-activedescendant={activeId}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        onChange={(event) => change(event.target.value, event.target.selectionStart)}
        onKeyDown={onKeyDown}
        onSelect={readCaret}
        onClick={readCaret}
        onFocus={() => {
          setFocused(true);
          readCaret();
        }}
        onBlur={() => setFocused(false)}
        className="focus:border-brand-500 focus:ring-brand-100 mt-2 block w-full rounded-lg border border-slate-300 bg-white p-3 text-sm shadow-sm focus:ring-2 focus:outline-none"
      />
      <div
        hidden={!open}
        // Keeps the focus (and the caret) in the text box while the list is clicked.
        onMouseDown={(event) => event.preventDefault()}
        className="absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-lg border border-slate-200 bg-white text-sm shadow-lg"
      >
        <ul
          id={listboxId}
          role="listbox"
          aria-label="Organizations to mention"
          aria-busy={waiting}
          className={cn("max-h-64 overflow-y-auto", suggestions.length > 0 && "py-1")}
        >
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion.urn}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              tabIndex={-1}
              onClick={() => pick(suggestion)}
              onMouseMove={() => {
                if (index !== activeIndex) setActive({ key: queryKey, index });
              }}
              className={cn(
                "flex min-h-12 cursor-pointer items-center gap-3 px-3 py-2",
                index === activeIndex ? "bg-brand-50 text-brand-700" : "text-slate-800",
              )}
            >
              <SuggestionLogo suggestion={suggestion} />
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{suggestion.name}</span>
                {suggestion.vanityName && (
                  <span className="block truncate text-xs text-slate-500">
                    linkedin.com/company/{suggestion.vanityName}
                  </span>
                )}
              </span>
              <span className="shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">
                {SOURCE_LABELS[suggestion.source]}
              </span>
            </li>
          ))}
        </ul>
        {status.line && (
          <p className="flex items-center gap-2 px-3 py-2 text-xs text-slate-500">
            {status.line === "Searching…" && <Loader2 className="size-3 animate-spin" aria-hidden />}
            {status.line}
          </p>
        )}
        {lookupProblem && (
          <p className="border-t border-slate-100 bg-amber-50 px-3 py-2 text-xs text-amber-800">
            {lookupProblem}
          </p>
        )}
      </div>
      <p className="sr-only" aria-live="polite">
        {status.announcement}
      </p>
    </div>
  );
}

function SuggestionLogo({ suggestion }: { suggestion: MentionSuggestion }) {
  if (suggestion.logoUrl) {
    // Logos come from LinkedIn's (or the sandbox's) hosts, which next/image would have to proxy.
    return (
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={suggestion.logoUrl}
        alt=""
        className="size-8 shrink-0 rounded-md border border-slate-200 bg-white object-cover"
      />
    );
  }
  return (
    <span
      aria-hidden
      className="flex size-8 shrink-0 items-center justify-center rounded-md bg-slate-100 text-xs font-semibold text-slate-600"
    >
      {initials(suggestion.name)}
    </span>
  );
}

/** The line under the options (loading, empty, error) and what a screen reader is told. */
function describeStatus({
  waiting,
  count,
  data,
  failed,
}: {
  waiting: boolean;
  count: number;
  data: MentionSearchResult | undefined;
  failed: boolean;
}): { line: string | null; announcement: string } {
  let line: string | null = null;
  if (failed) line = "Suggestions could not be loaded. Keep typing to try again.";
  else if (count === 0 && (waiting || !data)) line = "Searching…";
  else if (count === 0 && data?.lookup && !data.lookup.found)
    line = `No organizations match, and no LinkedIn Page has the vanity name “${data.lookup.vanityName}”.`;
  else if (count === 0) line = EMPTY_MESSAGE;
  const found = count > 0 ? `${count} organization${count === 1 ? "" : "s"} to mention.` : line;
  const announcement = waiting ? "" : [found, data?.lookupProblem].filter(Boolean).join(" ");
  return { line, announcement };
}
