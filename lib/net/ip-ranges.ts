// Which IP addresses a user-supplied URL may reach: only public unicast. Everything else (private,
// loopback, link-local, CGNAT, cloud metadata, multicast, documentation, reserved) is where an
// SSRF would land. IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4) are judged by that
// address; IPv6 outside global unicast (2000::/3) is refused. Pure: no DNS, no sockets.

export type AddressClass =
  | "public"
  | "unspecified"
  | "loopback"
  | "private"
  | "cgnat"
  | "link-local"
  | "unique-local"
  | "metadata"
  | "multicast"
  | "documentation"
  | "reserved"
  | "invalid";

export type ParsedIp = { family: 4 | 6; bytes: Uint8Array };

type Range = { prefix: number[]; bits: number; class: Exclude<AddressClass, "public" | "invalid"> };

// First match wins, so the single metadata addresses come before the blocks that hold them.
const IPV4_RANGES: Range[] = [
  { prefix: [169, 254, 169, 254], bits: 32, class: "metadata" }, // AWS, GCP, Azure, OpenStack
  { prefix: [100, 100, 100, 200], bits: 32, class: "metadata" }, // Alibaba Cloud
  { prefix: [0], bits: 8, class: "unspecified" },
  { prefix: [10], bits: 8, class: "private" },
  { prefix: [100, 64], bits: 10, class: "cgnat" },
  { prefix: [127], bits: 8, class: "loopback" },
  { prefix: [169, 254], bits: 16, class: "link-local" },
  { prefix: [172, 16], bits: 12, class: "private" },
  { prefix: [192, 0, 0], bits: 24, class: "reserved" },
  { prefix: [192, 0, 2], bits: 24, class: "documentation" },
  { prefix: [192, 88, 99], bits: 24, class: "reserved" },
  { prefix: [192, 168], bits: 16, class: "private" },
  { prefix: [198, 18], bits: 15, class: "reserved" },
  { prefix: [198, 51, 100], bits: 24, class: "documentation" },
  { prefix: [203, 0, 113], bits: 24, class: "documentation" },
  { prefix: [224], bits: 4, class: "multicast" },
  { prefix: [240], bits: 4, class: "reserved" },
];

const IPV6_RANGES: Range[] = [
  { prefix: [0xfd, 0x00, 0x0e, 0xc2, ...zeros(10), 0x02, 0x54], bits: 128, class: "metadata" }, // AWS
  { prefix: zeros(16), bits: 128, class: "unspecified" },
  { prefix: [...zeros(15), 1], bits: 128, class: "loopback" },
  { prefix: zeros(12), bits: 96, class: "reserved" }, // IPv4-compatible (deprecated)
  { prefix: [...zeros(8), 0xff, 0xff, 0, 0], bits: 96, class: "reserved" }, // IPv4-translated
  { prefix: [0x00, 0x64, 0xff, 0x9b, 0x00, 0x01], bits: 48, class: "reserved" }, // local-use NAT64
  { prefix: [0x01, 0x00, ...zeros(6)], bits: 64, class: "reserved" }, // discard-only
  { prefix: [0x20, 0x01, 0x0d, 0xb8], bits: 32, class: "documentation" },
  { prefix: [0x20, 0x01, 0x00, 0x00], bits: 23, class: "reserved" }, // IETF protocols, Teredo
  { prefix: [0x3f, 0xff], bits: 20, class: "documentation" },
  { prefix: [0x5f, 0x00], bits: 16, class: "reserved" }, // SRv6 SIDs
  { prefix: [0xfc], bits: 7, class: "unique-local" },
  { prefix: [0xfe, 0x80], bits: 10, class: "link-local" },
  { prefix: [0xfe, 0xc0], bits: 10, class: "private" }, // site-local (deprecated)
  { prefix: [0xff], bits: 8, class: "multicast" },
];

/** Parses a literal IPv4 (dotted decimal) or IPv6 address, with or without [brackets] or %zone. */
export function parseIp(input: string): ParsedIp | null {
  let text = input.trim();
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  if (text.includes(":")) {
    const bytes = parseIpv6(text.replace(/%[^%]*$/, ""));
    return bytes ? { family: 6, bytes } : null;
  }
  const bytes = parseIpv4(text);
  return bytes ? { family: 4, bytes } : null;
}

export function classifyIp(address: string): AddressClass {
  const parsed = parseIp(address);
  if (!parsed) return "invalid";
  return parsed.family === 4 ? classifyIpv4(parsed.bytes) : classifyIpv6(parsed.bytes);
}

/** True only for public unicast addresses: the ones a user-supplied URL may reach. */
export function isPublicIp(address: string): boolean {
  return classifyIp(address) === "public";
}

function classifyIpv4(bytes: Uint8Array): AddressClass {
  return IPV4_RANGES.find((range) => matches(bytes, range))?.class ?? "public";
}

function classifyIpv6(bytes: Uint8Array): AddressClass {
  // Forms that carry an IPv4 address reach that address: judge it instead.
  if (startsWith(bytes, [...zeros(10), 0xff, 0xff])) return classifyIpv4(bytes.subarray(12)); // ::ffff:a.b.c.d
  if (startsWith(bytes, [0x00, 0x64, 0xff, 0x9b, ...zeros(8)])) return classifyIpv4(bytes.subarray(12)); // NAT64
  if (startsWith(bytes, [0x20, 0x02])) return classifyIpv4(bytes.subarray(2, 6)); // 6to4
  const special = IPV6_RANGES.find((range) => matches(bytes, range))?.class;
  if (special) return special;
  return ((bytes[0] ?? 0) & 0xe0) === 0x20 ? "public" : "reserved"; // global unicast is 2000::/3
}

function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (const [index, part] of parts.entries()) {
    // Canonical decimal only: "010" or "0x7f" mean different things to different parsers.
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes[index] = value;
  }
  return bytes;
}

function parseIpv6(text: string): Uint8Array | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const groups: number[] = [];
  const all = [...head, ...tail];
  // A dotted IPv4 may only end the address ("::ffff:1.2.3.4"), never precede a "::".
  const canEndInIpv4 = halves.length === 1 || tail.length > 0;
  for (const [index, part] of all.entries()) {
    if (canEndInIpv4 && index === all.length - 1 && part.includes(".")) {
      const v4 = parseIpv4(part);
      if (!v4) return null;
      groups.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
    } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  if (halves.length === 1) {
    if (groups.length !== 8) return null;
  } else {
    if (groups.length > 7) return null;
    groups.splice(head.length, 0, ...zeros(8 - groups.length));
  }
  const bytes = new Uint8Array(16);
  groups.forEach((group, index) => {
    bytes[index * 2] = group >> 8;
    bytes[index * 2 + 1] = group & 0xff;
  });
  return bytes;
}

function matches(bytes: Uint8Array, range: Range): boolean {
  if (bytes.length * 8 < range.bits) return false;
  for (let bit = 0; bit < range.bits; bit += 8) {
    const index = bit / 8;
    const take = Math.min(8, range.bits - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if (((bytes[index] ?? 0) & mask) !== ((range.prefix[index] ?? 0) & mask)) return false;
  }
  return true;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

function zeros(count: number): number[] {
  return new Array<number>(count).fill(0);
}
