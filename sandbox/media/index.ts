// Upload validation for the LinkedIn sandbox: each inspector answers { ok: true, info } or
// { ok: false, reason }, and a rejection becomes PROCESSING_FAILED with that reason (§11).
export * from "./byte-source";
export * from "./inspect-captions";
export * from "./inspect-document";
export * from "./inspect-image";
export * from "./inspect-result";
export * from "./inspect-thumbnail";
export * from "./inspect-video";
export * from "./media-limits";
export { formatLabel, sniffFormat, type SniffedFormat } from "./sniff-format";
