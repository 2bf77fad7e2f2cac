// Reads one integer property from an OLE property set stream ([MS-OLEPS]), e.g. the page count
// Word saves in "\u0005SummaryInformation" or the slide count PowerPoint saves in
// "\u0005DocumentSummaryInformation". Only the first section is read; that is where both live.

const VT_I2 = 2;
const VT_I4 = 3;

export function readIntProperty(stream: Uint8Array, propertyId: number): number | undefined {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  if (stream.length < 48 || view.getUint16(0, true) !== 0xfffe) return undefined;
  const section = view.getUint32(44, true);
  if (section + 8 > stream.length) return undefined;
  const count = view.getUint32(section + 4, true);
  for (let k = 0; k < count; k++) {
    const at = section + 8 + 8 * k;
    if (at + 8 > stream.length) return undefined;
    if (view.getUint32(at, true) !== propertyId) continue;
    const value = section + view.getUint32(at + 4, true);
    if (value + 8 > stream.length) return undefined;
    const type = view.getUint16(value, true);
    if (type === VT_I4) return view.getInt32(value + 4, true);
    if (type === VT_I2) return view.getInt16(value + 4, true);
    return undefined;
  }
  return undefined;
}
