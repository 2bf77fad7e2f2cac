// LinkedIn's "little text" format for post commentary (doc §7.7): the reserved characters, the
// escaper for plain-text runs, and what counts as a hashtag character. Comments use plain text,
// not little text: never run this escaper on them (pitfall §15.2).

/** Every character that must be backslash-escaped to be plain text, "even if not used in an element". */
export const LITTLE_TEXT_RESERVED = [
  "\\",
  "|",
  "{",
  "}",
  "@",
  "[",
  "]",
  "(",
  ")",
  "<",
  ">",
  "#",
  "*",
  "_",
  "~",
] as const;

const RESERVED_PATTERN = /[\\|{}@[\]()<>#*_~]/g;
const RESERVED_SET: ReadonlySet<string> = new Set(LITTLE_TEXT_RESERVED);

export const isReservedLittleTextChar = (char: string) => RESERVED_SET.has(char);

/** Escapes plain text exactly once; an unescaped reserved char can silently truncate the post (pitfall §15.1). */
export const escapeLittleText = (text: string) => text.replace(RESERVED_PATTERN, (c) => `\\${c}`);

/** Characters a hashtag is made of: letters (any script, with their marks) and digits. */
export const HASHTAG_CHAR = /[\p{L}\p{M}\p{N}]/u;
export const HASHTAG_TAG = /^[\p{L}\p{M}\p{N}]+$/u;
