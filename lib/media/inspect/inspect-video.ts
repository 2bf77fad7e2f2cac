// Validates an uploaded video as LinkedIn's Videos API does (§9.7): MP4 only, 75 KB–500 MB, 3 s–30 min.
// The duration comes from the file's own `moov/mvhd` box, never from what the client declared, and
// the file is read header by header (seeking over `mdat`), so a 500 MB upload costs a few kilobytes.
import { type ByteSource, type MediaInput, withMediaInput } from "./byte-source";
import { checkVideoFormat } from "./check-format";
import { checkVideoSize, type VideoSizeRules } from "./check-size";
import { accept, formatCount, type InspectResult, reject } from "./inspect-result";
import { VIDEO_MAX_DURATION_MS, VIDEO_MIN_DURATION_MS } from "./media-limits";
import { type Box, fourcc, listBoxes, readContent } from "./read-mp4-boxes";
import { sniffFormat } from "./sniff-format";

export { checkVideoSize, type VideoSizeRules } from "./check-size";

export interface VideoInfo {
  container: "mp4";
  majorBrand: string;
  compatibleBrands: string[];
  sizeBytes: number;
  /** Exact duration is `duration / timescale` seconds; durationMs is floored. */
  duration: number;
  timescale: number;
  durationMs: number;
  /** From the first video track's `tkhd`, before rotation; absent when the track has none. */
  width?: number;
  height?: number;
  /** From the `tkhd` matrix: 0, 90, 180 or 270. */
  rotationDegrees?: number;
  /** True when `moov` precedes `mdat` ("fast start"), which streaming players prefer. */
  moovBeforeMdat: boolean;
}

export interface VideoRules extends VideoSizeRules {
  minDurationMs?: number;
  maxDurationMs?: number;
}

/** Brands that make an ISO BMFF file an MP4 (as opposed to QuickTime, 3GPP-only or HEIF). */
const MP4_BRAND = /^(isom|iso[2-9a-z]|mp4[12]|mp71|avc1|av01|hvc1|M4V[ HP]|dash|mmp4|msnv|MSNV|XAVC|f4v )$/;

export async function inspectVideo(
  input: MediaInput,
  rules: VideoRules = {},
): Promise<InspectResult<VideoInfo>> {
  return withMediaInput(input, (source) => inspectVideoSource(source, rules));
}

async function inspectVideoSource(source: ByteSource, rules: VideoRules): Promise<InspectResult<VideoInfo>> {
  const minMs = rules.minDurationMs ?? VIDEO_MIN_DURATION_MS;
  const maxMs = rules.maxDurationMs ?? VIDEO_MAX_DURATION_MS;

  if (source.size === 0) return reject("The uploaded video is empty (0 bytes).");
  const formatProblem = checkVideoFormat(sniffFormat(await source.read(0, 1024)));
  if (formatProblem) return reject(formatProblem);
  const sizeProblem = checkVideoSize(source.size, rules);
  if (sizeProblem) return reject(sizeProblem);

  const top = await listBoxes(source, 0, source.size, "the file");
  if (typeof top === "string") return reject(`${top}.`);
  const ftyp = top[0];
  if (ftyp?.type !== "ftyp") return reject("MP4 does not start with an 'ftyp' box.");
  const brands = await readBrands(source, ftyp);
  if (![brands.major, ...brands.compatible].some((b) => MP4_BRAND.test(b))) {
    return reject(`Unsupported video format: brand '${brands.major}' is not MP4. LinkedIn accepts MP4 only.`);
  }
  const moov = top.find((b) => b.type === "moov");
  if (!moov)
    return reject("MP4 has no 'moov' box (movie header); the file is incomplete or not a finished MP4.");
  const mdatIndex = top.findIndex((b) => b.type === "mdat");

  const movie = await readMovie(source, moov);
  if (typeof movie === "string") return reject(`${movie}.`);
  const { duration, timescale } = movie;
  const durationMs = Number((duration * 1000n) / BigInt(timescale));
  const shown = `${(Number(duration) / timescale).toFixed(3)} s`;
  // Compare in integers (duration × 1000 against ms × timescale) so 2.999 s never rounds up to 3 s.
  if (duration * 1000n < BigInt(minMs) * BigInt(timescale)) {
    return reject(`Video is ${shown} long; LinkedIn requires at least ${formatCount(minMs / 1000)} seconds.`);
  }
  if (duration * 1000n > BigInt(maxMs) * BigInt(timescale)) {
    return reject(`Video is ${shown} long; LinkedIn accepts at most ${formatCount(maxMs / 60_000)} minutes.`);
  }
  if (!movie.video) return reject("MP4 has no video track.");

  return accept({
    container: "mp4",
    majorBrand: brands.major,
    compatibleBrands: brands.compatible,
    sizeBytes: source.size,
    duration: Number(duration),
    timescale,
    durationMs,
    ...movie.video,
    moovBeforeMdat: mdatIndex < 0 || top.indexOf(moov) < mdatIndex,
  });
}

async function readBrands(source: ByteSource, ftyp: Box): Promise<{ major: string; compatible: string[] }> {
  const data = await readContent(source, ftyp, 4 * 64);
  const compatible: string[] = [];
  for (let offset = 8; offset + 4 <= data.byteLength; offset += 4) compatible.push(fourcc(data, offset));
  return { major: data.byteLength >= 4 ? fourcc(data, 0) : "", compatible };
}

interface Movie {
  duration: bigint;
  timescale: number;
  video?: { width: number; height: number; rotationDegrees: number };
}

async function readMovie(source: ByteSource, moov: Box): Promise<Movie | string> {
  const children = await listBoxes(source, moov.contentStart, moov.end, "'moov'");
  if (typeof children === "string") return children;
  const mvhd = children.find((b) => b.type === "mvhd");
  if (!mvhd) return "MP4 has no 'mvhd' box (movie header)";

  const data = await readContent(source, mvhd, 32);
  const version = data.byteLength > 0 ? data.getUint8(0) : -1;
  if ((version === 0 && data.byteLength < 20) || (version === 1 && data.byteLength < 32))
    return "MP4 'mvhd' box is truncated";
  if (version !== 0 && version !== 1) return `MP4 'mvhd' box has unknown version ${version}`;
  const timescale = version === 1 ? data.getUint32(20) : data.getUint32(12);
  let duration = version === 1 ? data.getBigUint64(24) : BigInt(data.getUint32(16));
  if (timescale === 0) return "MP4 'mvhd' box has a zero timescale";

  // All ones means "unknown"; fragmented files put 0 here and the real length in mvex/mehd.
  const unknown = version === 1 ? 0xffffffffffffffffn : 0xffffffffn;
  if (duration === 0n || duration === unknown) {
    const fragmentDuration = await readFragmentDuration(source, children);
    if (!fragmentDuration) return "MP4 does not declare its duration (no usable 'mvhd' or 'mehd' duration)";
    duration = fragmentDuration;
  }

  for (const trak of children.filter((b) => b.type === "trak")) {
    const track = await readTrack(source, trak);
    if (typeof track === "string") return track;
    if (track) return { duration, timescale, video: track };
  }
  return { duration, timescale };
}

async function readFragmentDuration(source: ByteSource, moovChildren: Box[]): Promise<bigint | undefined> {
  const mvex = moovChildren.find((b) => b.type === "mvex");
  if (!mvex) return undefined;
  const mvexChildren = await listBoxes(source, mvex.contentStart, mvex.end, "'mvex'");
  const mehd = typeof mvexChildren === "string" ? undefined : mvexChildren.find((b) => b.type === "mehd");
  if (!mehd) return undefined;
  const data = await readContent(source, mehd, 12);
  if (data.byteLength >= 12 && data.getUint8(0) === 1) return data.getBigUint64(4);
  if (data.byteLength >= 8) return BigInt(data.getUint32(4));
  return undefined;
}

/** The track's display size if it is a video track ('vide' handler, or no handler but a size). */
async function readTrack(source: ByteSource, trak: Box): Promise<Movie["video"] | string | undefined> {
  const children = await listBoxes(source, trak.contentStart, trak.end, "'trak'");
  if (typeof children === "string") return children;
  const tkhd = children.find((b) => b.type === "tkhd");
  if (!tkhd) return "MP4 track has no 'tkhd' box";
  const data = await readContent(source, tkhd, 96);
  const version = data.byteLength > 0 ? data.getUint8(0) : -1;
  const matrixAt = version === 1 ? 52 : 40;
  if (data.byteLength < matrixAt + 44) return "MP4 'tkhd' box is truncated";
  // 16.16 fixed point; the integer part is the presentation size in pixels.
  const width = data.getUint32(matrixAt + 36) / 65536;
  const height = data.getUint32(matrixAt + 40) / 65536;

  const handler = await readHandler(source, children);
  const isVideo = handler === undefined ? width > 0 && height > 0 : handler === "vide";
  if (!isVideo) return undefined;
  return { width, height, rotationDegrees: rotationFromMatrix(data, matrixAt) };
}

async function readHandler(source: ByteSource, trakChildren: Box[]): Promise<string | undefined> {
  const mdia = trakChildren.find((b) => b.type === "mdia");
  if (!mdia) return undefined;
  const mdiaChildren = await listBoxes(source, mdia.contentStart, mdia.end, "'mdia'");
  const hdlr = typeof mdiaChildren === "string" ? undefined : mdiaChildren.find((b) => b.type === "hdlr");
  if (!hdlr) return undefined;
  const data = await readContent(source, hdlr, 12);
  return data.byteLength >= 12 ? fourcc(data, 8) : undefined;
}

/** The matrix is { a b u; c d v; x y w } in 16.16; phones record portrait video as a 90° rotation. */
function rotationFromMatrix(data: DataView, at: number): number {
  const a = data.getInt32(at);
  const b = data.getInt32(at + 4);
  const angle = Math.round((Math.atan2(b, a) * 180) / Math.PI);
  return ((angle % 360) + 360) % 360;
}
