import { describe, expect, it } from "vitest";
import { FetchRefusedError, forbiddenAddressReason, forbiddenNameReason, forbiddenPortReason, isForbiddenAddress, parseTarget } from "./address-policy";

describe("isForbiddenAddress", () => {
  it.each([
    ["0.0.0.0", "an unspecified address"],
    ["0.1.2.3", "an unspecified address"],
    ["127.0.0.1", "a loopback address"],
    ["127.255.255.254", "a loopback address"],
    ["10.0.0.1", "a private address"],
    ["172.16.0.1", "a private address"],
    ["172.31.255.255", "a private address"],
    ["192.168.1.1", "a private address"],
    ["169.254.169.254", "a link-local address"],
    ["100.64.0.1", "a carrier-grade NAT address"],
    ["100.127.255.255", "a carrier-grade NAT address"],
    ["224.0.0.1", "a multicast address"],
    ["239.255.255.250", "a multicast address"],
    ["240.0.0.1", "a reserved address"],
    ["255.255.255.255", "a broadcast address"],
    ["198.18.0.1", "a benchmarking address"],
    ["198.19.255.255", "a benchmarking address"],
    ["192.0.2.1", "a documentation address"],
    ["198.51.100.7", "a documentation address"],
    ["203.0.113.9", "a documentation address"],
    ["::", "an unspecified address"],
    ["::1", "a loopback address"],
    ["fe80::1", "a link-local address"],
    ["fe80::1%eth0", "a link-local address"],
    ["fc00::1", "a private address"],
    ["fd12:3456::1", "a private address"],
    ["ff02::1", "a multicast address"],
    ["::ffff:127.0.0.1", "a loopback address"],
    ["::ffff:7f00:1", "a loopback address"],
    ["::ffff:a9fe:a9fe", "a link-local address"],
    ["::127.0.0.1", "a loopback address"],
    ["::8.8.8.8", "a reserved address"],
    ["64:ff9b::127.0.0.1", "a loopback address"],
    ["64:ff9b::a00:1", "a private address"],
    ["2002:7f00:1::", "a loopback address"],
    ["2002:c0a8:101::1", "a private address"],
    ["2001::1", "a Teredo address"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "a Teredo address"],
    ["2001:db8::1", "a documentation address"],
    ["100::1", "a reserved address"],
  ])("refuses %s as %s", (ip, reason) => {
    expect(forbiddenAddressReason(ip)).toBe(reason);
    expect(isForbiddenAddress(ip)).toBe(true);
  });

  it.each(["8.8.8.8", "1.1.1.1", "93.184.215.14", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "2a00:1450:4001:82b::200e", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"])("allows the public address %s", (ip) => {
    expect(forbiddenAddressReason(ip)).toBeUndefined();
  });

  it("refuses what is not an IP address", () => {
    expect(forbiddenAddressReason("example.com")).toBe("not an IP address");
  });

  it("lets loopback, private and CGNAT through with allowPrivateNetwork, but not link-local or multicast", () => {
    const allow = { allowPrivateNetwork: true };
    for (const ip of ["127.0.0.1", "::1", "10.1.2.3", "192.168.0.10", "100.64.1.1", "fd00::5", "::ffff:192.168.1.1"]) {
      expect(isForbiddenAddress(ip, allow), ip).toBe(false);
    }
    for (const ip of ["169.254.169.254", "fe80::1", "224.0.0.1", "0.0.0.0", "::"]) {
      expect(isForbiddenAddress(ip, allow), ip).toBe(true);
    }
  });
});

describe("parseTarget", () => {
  it.each([
    // Odd encodings of 127.0.0.1, normalised by the WHATWG URL parser before being judged.
    ["http://127.0.0.1/", "refused: 127.0.0.1 is a loopback address"],
    ["http://2130706433/", "refused: 127.0.0.1 is a loopback address"],
    ["http://0177.0.0.1/", "refused: 127.0.0.1 is a loopback address"],
    ["http://0x7f.1/", "refused: 127.0.0.1 is a loopback address"],
    ["http://0x7f000001/", "refused: 127.0.0.1 is a loopback address"],
    ["http://127.1/", "refused: 127.0.0.1 is a loopback address"],
    ["http://127.0.0.1./", "refused: 127.0.0.1 is a loopback address"],
    ["http://017700000001/", "refused: 127.0.0.1 is a loopback address"],
    ["http://0/", "refused: 0.0.0.0 is an unspecified address"],
    ["https://10.0.0.1/", "refused: 10.0.0.1 is a private address"],
    ["http://0xa.0.0.1/", "refused: 10.0.0.1 is a private address"],
    ["http://167772161/", "refused: 10.0.0.1 is a private address"],
    ["http://192.168.1.1:8080/admin", "refused: 192.168.1.1 is a private address"],
    ["http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a link-local address"],
    ["http://0xa9fea9fe/", "refused: 169.254.169.254 is a link-local address"],
    ["http://2852039166/", "refused: 169.254.169.254 is a link-local address"],
    ["http://100.100.100.200/", "refused: 100.100.100.200 is a carrier-grade NAT address"],
    ["http://255.255.255.255/", "refused: 255.255.255.255 is a broadcast address"],
    ["http://[::1]/", "refused: ::1 is a loopback address"],
    ["http://[0:0:0:0:0:0:0:1]/", "refused: ::1 is a loopback address"],
    ["http://[::]/", "refused: :: is an unspecified address"],
    ["http://[::ffff:127.0.0.1]/", "refused: ::ffff:7f00:1 is a loopback address"],
    ["http://[::ffff:7f00:1]/", "refused: ::ffff:7f00:1 is a loopback address"],
    ["http://[::ffff:a9fe:a9fe]/", "refused: ::ffff:a9fe:a9fe is a link-local address"],
    ["http://[::127.0.0.1]/", "refused: ::7f00:1 is a loopback address"],
    ["http://[64:ff9b::127.0.0.1]/", "refused: 64:ff9b::7f00:1 is a loopback address"],
    ["http://[2002:a9fe:a9fe::]/", "refused: 2002:a9fe:a9fe:: is a link-local address"],
    ["http://[2001:0:4136:e378::1]/", "refused: 2001:0:4136:e378::1 is a Teredo address"],
    ["http://[fe80::1]/", "refused: fe80::1 is a link-local address"],
    ["http://[fd00:ec2::254]/", "refused: fd00:ec2::254 is a private address"],
    ["http://[ff02::1]/", "refused: ff02::1 is a multicast address"],
    ["http://user:pass@example.com/", "refused: URLs with a user name or password are not fetched"],
    ["http://user@example.com/", "refused: URLs with a user name or password are not fetched"],
    ["https://:secret@example.com/", "refused: URLs with a user name or password are not fetched"],
    ["file:///etc/passwd", "refused: only http and https URLs can be fetched (got file:)"],
    ["ftp://example.com/file", "refused: only http and https URLs can be fetched (got ftp:)"],
    ["gopher://127.0.0.1:6379/_INFO", "refused: only http and https URLs can be fetched (got gopher:)"],
    ["data:text/html,<script>alert(1)</script>", "refused: only http and https URLs can be fetched (got data:)"],
    ["javascript:alert(1)", "refused: only http and https URLs can be fetched (got javascript:)"],
    ["ws://example.com/", "refused: only http and https URLs can be fetched (got ws:)"],
    ["not a url", 'refused: "not a url" is not a URL'],
    ["http://[::1/", 'refused: "http://[::1/" is not a URL'],
  ])("refuses %s", (url, message) => {
    expect(() => parseTarget(url)).toThrow(new FetchRefusedError(message));
  });

  it("normalises and passes public hosts, leaving names to be judged when resolved", () => {
    expect(parseTarget("https://example.com/a?b=c")).toMatchObject({ hostname: "example.com", ip: undefined });
    expect(parseTarget("http://134744072/")).toMatchObject({ hostname: "8.8.8.8", ip: "8.8.8.8" });
    expect(parseTarget("http://0x01.0x01.0x01.0x01/")).toMatchObject({ hostname: "1.1.1.1", ip: "1.1.1.1" });
    expect(parseTarget("https://[2606:4700:4700::1111]:8443/")).toMatchObject({ hostname: "2606:4700:4700::1111", ip: "2606:4700:4700::1111" });
    expect(parseTarget("HTTPS://Example.COM").url.href).toBe("https://example.com/");
  });

  it("lets private literals through with allowPrivateNetwork", () => {
    expect(parseTarget("http://127.0.0.1:3000/", { allowPrivateNetwork: true }).ip).toBe("127.0.0.1");
    expect(() => parseTarget("http://169.254.169.254/", { allowPrivateNetwork: true })).toThrow("refused: 169.254.169.254 is a link-local address");
  });
});

describe("forbiddenNameReason", () => {
  it.each(["localhost", "LocalHost", "localhost.", "kith.localhost", "printer.local", "metadata.google.internal", "nas.home.arpa"])("refuses %s before it is looked up", (name) => {
    expect(forbiddenNameReason(name)).toBe("a name for this machine or the local network");
  });

  it.each(["example.com", "localhost.example.com", "mylocal", "internal.example.org", "127.0.0.1", "::1"])("leaves %s to the address check", (name) => {
    expect(forbiddenNameReason(name)).toBeUndefined();
  });
});

describe("forbiddenPortReason", () => {
  it.each([
    ["http://example.com:25/", "port 25 is for SMTP, not the web"],
    ["https://example.com:22/", "port 22 is for SSH, not the web"],
    ["http://example.com:6379/", "port 6379 is for Redis, not the web"],
    ["http://example.com:5432/", "port 5432 is for PostgreSQL, not the web"],
    ["http://example.com:11211/", "port 11211 is for memcached, not the web"],
    ["http://example.com:0/", "port 0 is not a port a server listens on"],
  ])("refuses %s", (url, reason) => {
    expect(forbiddenPortReason(new URL(url))).toBe(reason);
  });

  it.each(["http://example.com/", "https://example.com:443/", "http://example.com:8080/", "https://example.com:8443/", "http://example.com:3000/"])("allows %s", (url) => {
    expect(forbiddenPortReason(new URL(url))).toBeUndefined();
  });

  it("is lifted, with local names, by allowPrivateNetwork", () => {
    expect(() => parseTarget("http://8.8.8.8:6379/")).toThrow("refused: port 6379 is for Redis, not the web");
    expect(() => parseTarget("http://localhost:3000/")).toThrow("refused: localhost is a name for this machine or the local network");
    expect(parseTarget("http://127.0.0.1:6379/", { allowPrivateNetwork: true }).url.port).toBe("6379");
    expect(parseTarget("http://localhost:3000/", { allowPrivateNetwork: true }).hostname).toBe("localhost");
  });
});
