import { describe, expect, it } from "vitest";
import { matchMention, parseVanityName } from "./match-mention";

describe("matchMention", () => {
  it.each([
    ["northwind coffee", { name: "Northwind Coffee" }, 0],
    ["acme-robotics", { name: "Acme", vanityName: "acme-robotics" }, 0],
    ["North", { name: "Northwind Coffee" }, 1],
    ["  coffee ", { name: "Northwind Coffee" }, 2],
    ["uk", { name: "Acme (UK)" }, 2],
    ["acme-rob", { name: "Acme Robotics" }, 1],
    ["wind", { name: "Northwind Coffee" }, 3],
    ["bot", { name: "Acme", vanityName: "acme-robotics" }, 3],
    ["rob", { name: "Acme", vanityName: "acme-robotics" }, 2],
    ["tea", { name: "Northwind Coffee" }, null],
    ["(", { name: "Acme (UK)" }, 2],
    ["", { name: "Acme" }, null],
  ])("%j in %j → %j", (query, candidate, expected) => {
    expect(matchMention(query, candidate)).toBe(expected);
  });
});

describe("parseVanityName", () => {
  it.each([
    ["acme-robotics", "acme-robotics"],
    ["  Northwind-Coffee ", "northwind-coffee"],
    ["hp", "hp"],
    ["3m", "3m"],
    ["https://www.linkedin.com/company/acme-robotics/", "acme-robotics"],
    ["linkedin.com/company/Acme-Robotics?trk=x", "acme-robotics"],
    ["http://uk.linkedin.com/company/northwind-coffee/about/", "northwind-coffee"],
    ["https://www.linkedin.com/company/northwind%2Dcoffee", "northwind-coffee"],
    ["Northwind Coffee", null],
    ["a", null],
    ["-acme", null],
    ["acme_robotics", null],
    ["https://www.linkedin.com/in/alex-morgan", null],
    ["https://example.com/company/acme", null],
    ["https://www.linkedin.com/company/%E0%A4%A", null],
  ])("%j → %j", (query, expected) => {
    expect(parseVanityName(query)).toBe(expected);
  });
});
