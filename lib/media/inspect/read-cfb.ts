// Minimal reader for Compound File Binary (OLE2), the container of legacy .doc and .ppt files:
// header, FAT (with DIFAT extension), directory and mini stream. Enough to list stream names and
// read the small summary-information streams; chains are bounded so a corrupt file cannot loop.

export interface CfbFile {
  /** Names of all stream entries, e.g. "WordDocument", "\u0005SummaryInformation". */
  streamNames: string[];
  readStream(name: string): Uint8Array | undefined;
}

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;

interface DirectoryEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

export function readCfb(bytes: Uint8Array): CfbFile | string {
  if (bytes.length < 512) return "OLE2 file is truncated before its header";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  const miniShift = view.getUint16(0x20, true);
  if ((sectorShift !== 9 && sectorShift !== 12) || miniShift !== 6) return "OLE2 header is corrupt";
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const sector = (id: number) => bytes.subarray((id + 1) * sectorSize, (id + 2) * sectorSize);

  // FAT sector ids: 109 in the header, then a chain of DIFAT sectors (last slot = next DIFAT sector).
  const fatSectorIds: number[] = [];
  for (let i = 0; i < 109; i++) fatSectorIds.push(view.getUint32(0x4c + 4 * i, true));
  let difat = view.getUint32(0x44, true);
  for (let guard = 0; difat < sectorCount && guard < sectorCount; guard++) {
    const ids = sector(difat);
    const dv = new DataView(ids.buffer, ids.byteOffset, ids.byteLength);
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectorIds.push(dv.getUint32(4 * i, true));
    difat = dv.getUint32(sectorSize - 4, true);
  }
  const fat: number[] = [];
  for (const id of fatSectorIds.slice(0, view.getUint32(0x2c, true))) {
    if (id >= sectorCount) return "OLE2 allocation table is corrupt";
    const s = sector(id);
    const dv = new DataView(s.buffer, s.byteOffset, s.byteLength);
    for (let i = 0; i + 4 <= s.length; i += 4) fat.push(dv.getUint32(i, true));
  }

  const chain = (start: number, table: number[], limit: number): number[] | undefined => {
    const ids: number[] = [];
    for (let id = start; id !== END_OF_CHAIN && id !== FREE_SECTOR; id = table[id] ?? END_OF_CHAIN) {
      if (id >= limit || ids.length >= limit) return undefined;
      ids.push(id);
    }
    return ids;
  };
  const readChain = (start: number, size: number) => {
    const ids = chain(start, fat, sectorCount);
    if (!ids) return undefined;
    const out = new Uint8Array(ids.length * sectorSize);
    ids.forEach((id, i) => out.set(sector(id), i * sectorSize));
    return out.subarray(0, Math.min(size, out.length));
  };

  const directoryBytes = readChain(view.getUint32(0x30, true), Number.MAX_SAFE_INTEGER);
  if (!directoryBytes) return "OLE2 directory is corrupt";
  const entries: DirectoryEntry[] = [];
  const dir = new DataView(directoryBytes.buffer, directoryBytes.byteOffset, directoryBytes.byteLength);
  for (let at = 0; at + 128 <= directoryBytes.length; at += 128) {
    const nameBytes = Math.min(64, dir.getUint16(at + 0x40, true));
    const name = Buffer.from(directoryBytes.subarray(at, at + Math.max(0, nameBytes - 2))).toString(
      "utf16le",
    );
    entries.push({
      name,
      type: dir.getUint8(at + 0x42),
      start: dir.getUint32(at + 0x74, true),
      size: dir.getUint32(at + 0x78, true),
    });
  }
  const root = entries[0];
  if (root?.type !== 5) return "OLE2 directory has no root entry";

  const cutoff = view.getUint32(0x38, true);
  const miniStream = readChain(root.start, root.size);
  const miniFatBytes =
    readChain(view.getUint32(0x3c, true), view.getUint32(0x40, true) * sectorSize) ?? new Uint8Array();
  const miniFatView = new DataView(miniFatBytes.buffer, miniFatBytes.byteOffset, miniFatBytes.byteLength);
  const miniFat = Array.from({ length: miniFatBytes.length / 4 }, (_, i) =>
    miniFatView.getUint32(4 * i, true),
  );

  return {
    streamNames: entries.filter((e) => e.type === 2).map((e) => e.name),
    readStream(name) {
      const entry = entries.find((e) => e.type === 2 && e.name === name);
      if (!entry) return undefined;
      if (entry.size >= cutoff) return readChain(entry.start, entry.size);
      if (!miniStream) return undefined;
      const ids = chain(entry.start, miniFat, miniFat.length);
      if (!ids) return undefined;
      const out = new Uint8Array(ids.length * 64);
      ids.forEach((id, i) => out.set(miniStream.subarray(id * 64, (id + 1) * 64), i * 64));
      return out.subarray(0, entry.size);
    },
  };
}
