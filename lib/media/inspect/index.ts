// LinkedIn's media rules (§8–§10), one implementation for Cadence and its sandbox: each inspector
// answers { ok: true, info } or { ok: false, reason }. Cadence refuses an upload with that reason
// before anything goes to LinkedIn; the sandbox turns it into PROCESSING_FAILED (§11). Pure byte
// inspection, server-side (byte-source opens files); the browser imports media-limits and check-size.
export * from "./byte-source";
export * from "./check-format";
export * from "./check-size";
export * from "./inspect-captions";
export * from "./inspect-document";
export * from "./inspect-image";
export * from "./inspect-result";
export * from "./inspect-thumbnail";
export * from "./inspect-video";
export * from "./media-limits";
export { formatLabel, SNIFF_BYTES, sniffFormat, type SniffedFormat } from "./sniff-format";
