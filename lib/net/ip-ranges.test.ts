// The address table behind the SSRF guard: every blocked family, its edges, and the IPv6 forms
// that smuggle an IPv4 address.
import { describe, expect, it } from "vitest";
import { type AddressClass, classifyIp, isPublicIp, parseIp } from "@/lib/net/ip-ranges";

describe("classifyIp", () => {
  it.each<[string, AddressClass]>([
    // IPv4
    ["8.8.8.8", "public"],
    ["1.1.1.1", "public"],
    ["93.184.216.34", "public"],
    ["0.0.0.0", "unspecified"],
    ["0.255.255.255", "unspecified"],
    ["1.0.0.0", "public"],
    ["9.255.255.255", "public"],
    ["10.0.0.0", "private"],
    ["10.1.2.3", "private"],
    ["10.255.255.255", "private"],
    ["11.0.0.0", "public"],
    ["100.63.255.255", "public"],
    ["100.64.0.0", "cgnat"],
    ["100.127.255.255", "cgnat"],
    ["100.128.0.0", "public"],
    ["100.100.100.200", "metadata"],
    ["126.255.255.255", "public"],
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["128.0.0.0", "public"],
    ["169.253.255.255", "public"],
    ["169.254.0.1", "link-local"],
    ["169.254.169.254", "metadata"],
    ["169.254.169.253", "link-local"],
    ["169.255.0.0", "public"],
    ["172.15.255.255", "public"],
    ["172.16.0.0", "private"],
    ["172.31.255.255", "private"],
    ["172.32.0.0", "public"],
    ["192.0.0.8", "reserved"],
    ["192.0.2.1", "documentation"],
    ["192.0.3.0", "public"],
    ["192.88.99.1", "reserved"],
    ["192.167.255.255", "public"],
    ["192.168.0.1", "private"],
    ["192.168.255.255", "private"],
    ["192.169.0.0", "public"],
    ["198.17.255.255", "public"],
    ["198.18.0.0", "reserved"],
    ["198.19.255.255", "reserved"],
    ["198.20.0.0", "public"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.9", "documentation"],
    ["223.255.255.255", "public"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "reserved"],
    // IPv6
    ["2606:4700:4700::1111", "public"],
    ["2a00:1450:4001:82a::200e", "public"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["::2", "reserved"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["fec0::1", "private"],
    ["fc00::1", "unique-local"],
    ["fd12:3456:789a::1", "unique-local"],
    ["fd00:ec2::254", "metadata"],
    ["ff02::1", "multicast"],
    ["ff0e::101", "multicast"],
    ["100::1", "reserved"],
    ["2001:db8::1", "documentation"],
    ["2001::1", "reserved"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "reserved"],
    ["3fff::1", "documentation"],
    ["5f00::1", "reserved"],
    ["4000::1", "reserved"],
    ["1::1", "reserved"],
    // IPv6 forms carrying an IPv4 address are judged by that address.
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::FFFF:10.0.0.1", "private"],
    ["::ffff:169.254.169.254", "metadata"],
    ["::ffff:a9fe:a9fe", "metadata"],
    ["::ffff:8.8.8.8", "public"],
    ["0:0:0:0:0:ffff:c0a8:0101", "private"],
    ["64:ff9b::10.0.0.1", "private"],
    ["64:ff9b::8.8.8.8", "public"],
    ["64:ff9b:1::1", "reserved"],
    ["2002:7f00:1::1", "loopback"],
    ["2002:c0a8:101::1", "private"],
    ["2002:808:808::1", "public"],
    ["::127.0.0.1", "reserved"],
    ["::ffff:0:127.0.0.1", "reserved"],
    // Not addresses
    ["", "invalid"],
    ["localhost", "invalid"],
    ["example.com", "invalid"],
    ["256.0.0.1", "invalid"],
    ["1.2.3", "invalid"],
    ["1.2.3.4.5", "invalid"],
    ["010.0.0.1", "invalid"],
    ["0x7f.0.0.1", "invalid"],
    ["2130706433", "invalid"],
    ["1:2:3:4:5:6:7", "invalid"],
    ["1:2:3:4:5:6:7:8:9", "invalid"],
    ["1::2::3", "invalid"],
    ["12345::1", "invalid"],
    ["::g", "invalid"],
    ["1.2.3.4::", "invalid"],
    ["::1.2.3.4:5", "invalid"],
  ])("%s is %s", (address, expected) => {
    expect(classifyIp(address)).toBe(expected);
  });
});

describe("isPublicIp", () => {
  it.each([
    ["8.8.8.8", true],
    ["2606:4700:4700::1111", true],
    ["127.0.0.1", false],
    ["169.254.169.254", false],
    ["::ffff:127.0.0.1", false],
    ["not an ip", false],
  ])("%s → %s", (address, expected) => {
    expect(isPublicIp(address)).toBe(expected);
  });
});

describe("parseIp", () => {
  it("expands IPv6 shorthand and embedded IPv4 into 16 bytes", () => {
    expect(parseIp("::ffff:1.2.3.4")).toEqual({
      family: 6,
      bytes: new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4]),
    });
    expect(parseIp("1:2::8")?.bytes).toEqual(
      new Uint8Array([0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8]),
    );
    expect(parseIp("1.2.3.4")).toEqual({ family: 4, bytes: new Uint8Array([1, 2, 3, 4]) });
  });
});
