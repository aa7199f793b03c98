import { BlockList, isIP, isIPv4, isIPv6 } from "node:net";

/** The fetch was not attempted because the URL or the address it leads to is off limits. */
export class FetchRefusedError extends Error {
  override name = "FetchRefusedError";
}

/** Kinds of address the private-network switch lets through; every other forbidden kind stays refused. */
const PRIVATE_NETWORK_KINDS = new Set(["loopback", "private", "carrier-grade NAT"]);

type Kind =
  | "unspecified"
  | "loopback"
  | "private"
  | "link-local"
  | "carrier-grade NAT"
  | "multicast"
  | "reserved"
  | "broadcast"
  | "benchmarking"
  | "documentation"
  | "Teredo";

function blockList(family: "ipv4" | "ipv6", subnets: [string, number][]): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of subnets) list.addSubnet(network, prefix, family);
  return list;
}

// Order matters: the first matching kind names the refusal (broadcast before the 240/4 it sits in).
const IPV4_RULES: [Kind, BlockList][] = [
  ["broadcast", blockList("ipv4", [["255.255.255.255", 32]])],
  ["unspecified", blockList("ipv4", [["0.0.0.0", 8]])],
  ["loopback", blockList("ipv4", [["127.0.0.0", 8]])],
  ["private", blockList("ipv4", [["10.0.0.0", 8], ["172.16.0.0", 12], ["192.168.0.0", 16]])],
  ["link-local", blockList("ipv4", [["169.254.0.0", 16]])],
  ["carrier-grade NAT", blockList("ipv4", [["100.64.0.0", 10]])],
  ["benchmarking", blockList("ipv4", [["198.18.0.0", 15]])],
  ["documentation", blockList("ipv4", [["192.0.2.0", 24], ["198.51.100.0", 24], ["203.0.113.0", 24]])],
  ["multicast", blockList("ipv4", [["224.0.0.0", 4]])],
  ["reserved", blockList("ipv4", [["240.0.0.0", 4], ["192.0.0.0", 24], ["192.88.99.0", 24]])],
];

const IPV6_RULES: [Kind, BlockList][] = [
  ["Teredo", blockList("ipv6", [["2001::", 32]])],
  ["documentation", blockList("ipv6", [["2001:db8::", 32], ["3fff::", 20]])],
  ["benchmarking", blockList("ipv6", [["2001:2::", 48]])],
  ["reserved", blockList("ipv6", [["2001:10::", 28], ["2001:20::", 28], ["64:ff9b:1::", 48], ["100::", 64]])],
  ["private", blockList("ipv6", [["fc00::", 7], ["fec0::", 10]])],
  ["link-local", blockList("ipv6", [["fe80::", 10]])],
  ["multicast", blockList("ipv6", [["ff00::", 8]])],
];

const GLOBAL_UNICAST_V6 = blockList("ipv6", [["2000::", 3]]);

/** The 16 bytes of a valid IPv6 address (zone id dropped). */
function ipv6Bytes(ip: string): number[] {
  let text = ip.split("%")[0] ?? ip;
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    tail.push(...dotted[1].split(".").map(Number));
    text = text.slice(0, -dotted[1].length) + "0:0";
  }
  const [head = "", rest] = text.split("::");
  const groups = (part: string) => (part === "" ? [] : part.split(":").map((group) => parseInt(group, 16)));
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  const words = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  const bytes = words.flatMap((word) => [word >> 8, word & 0xff]);
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

function ipv4From(bytes: number[], start: number): string {
  return bytes.slice(start, start + 4).join(".");
}

function classifyIpv4(ip: string): Kind | undefined {
  return IPV4_RULES.find(([, list]) => list.check(ip, "ipv4"))?.[0];
}

function classifyIpv6(ip: string): Kind | undefined {
  const bytes = ipv6Bytes(ip);
  const zeroUpTo = (end: number) => bytes.slice(0, end).every((byte) => byte === 0);
  if (zeroUpTo(16)) return "unspecified";
  if (zeroUpTo(15) && bytes[15] === 1) return "loopback";
  // IPv4-compatible (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d) reach the IPv4 address they embed.
  if (zeroUpTo(12) || (zeroUpTo(10) && bytes[10] === 0xff && bytes[11] === 0xff)) return classifyIpv4(ipv4From(bytes, 12)) ?? (zeroUpTo(12) ? "reserved" : undefined);
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) route to the IPv4 address they embed.
  const nat64 = [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];
  if (nat64.every((byte, index) => bytes[index] === byte)) return classifyIpv4(ipv4From(bytes, 12));
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return classifyIpv4(ipv4From(bytes, 2));
  const normalised = bytes.reduce<string[]>((words, byte, index) => (index % 2 ? words : [...words, ((byte << 8) | (bytes[index + 1] ?? 0)).toString(16)]), []).join(":");
  const kind = IPV6_RULES.find(([, list]) => list.check(normalised, "ipv6"))?.[0];
  if (kind) return kind;
  return GLOBAL_UNICAST_V6.check(normalised, "ipv6") ? undefined : "reserved";
}

function article(kind: Kind): string {
  return /^[aeiou]/i.test(kind) ? "an" : "a";
}

export interface AddressPolicyOptions {
  /** Lets loopback, private (incl. IPv6 unique-local) and carrier-grade NAT addresses through; link-local (cloud metadata) stays refused. */
  allowPrivateNetwork?: boolean;
}

/** Why an address may not be fetched from ("a private address"), or undefined when it may. Anything that is not an IP address is refused. */
export function forbiddenAddressReason(ip: string, options: AddressPolicyOptions = {}): string | undefined {
  const bare = ip.startsWith("[") && ip.endsWith("]") ? ip.slice(1, -1) : ip;
  let kind: Kind | undefined;
  if (isIPv4(bare)) kind = classifyIpv4(bare);
  else if (isIPv6(bare)) kind = classifyIpv6(bare);
  else return "not an IP address";
  if (!kind || (options.allowPrivateNetwork && PRIVATE_NETWORK_KINDS.has(kind))) return undefined;
  return `${article(kind)} ${kind} address`;
}

export function isForbiddenAddress(ip: string, options: AddressPolicyOptions = {}): boolean {
  return forbiddenAddressReason(ip, options) !== undefined;
}

export interface Target {
  url: URL;
  /** The host without IPv6 brackets, as the WHATWG parser normalised it (0x7f.1 becomes 127.0.0.1). */
  hostname: string;
  /** Set when the host is an IP literal; such hosts are judged here, names are judged when resolved. */
  ip: string | undefined;
}

/** Checks the shape of a URL that may be fetched: http(s), no credentials, a host. The address is not judged. */
export function parseHttpUrl(url: string): Target {
  if (!URL.canParse(url)) throw new FetchRefusedError(`refused: "${url.slice(0, 100)}" is not a URL`);
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new FetchRefusedError(`refused: only http and https URLs can be fetched (got ${parsed.protocol})`);
  }
  if (parsed.username || parsed.password) throw new FetchRefusedError("refused: URLs with a user name or password are not fetched");
  const hostname = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
  if (!hostname) throw new FetchRefusedError("refused: the URL has no host");
  return { url: parsed, hostname, ip: isIP(hostname) ? hostname : undefined };
}

/**
 * Ports of services that speak something other than HTTP (mail, SSH, databases, caches). A URL
 * can make such a service read an HTTP request as commands, so, like browsers' "bad ports" list,
 * they are refused unless the private-network switch is on. The list is the Fetch standard's
 * plus the common database and cache ports.
 */
const NON_WEB_PORTS = new Map<number, string>([
  [1, "tcpmux"], [7, "echo"], [9, "discard"], [11, "systat"], [13, "daytime"], [15, "netstat"],
  [17, "qotd"], [19, "chargen"], [20, "FTP"], [21, "FTP"], [22, "SSH"], [23, "telnet"], [25, "SMTP"],
  [37, "time"], [42, "name"], [43, "whois"], [53, "DNS"], [69, "TFTP"], [77, "rje"], [79, "finger"],
  [87, "link"], [95, "supdup"], [101, "hostname"], [102, "ISO-TSAP"], [103, "gppitnp"], [104, "acr-nema"],
  [109, "POP2"], [110, "POP3"], [111, "RPC"], [113, "ident"], [115, "SFTP"], [117, "UUCP"], [119, "NNTP"],
  [123, "NTP"], [135, "RPC"], [137, "NetBIOS"], [139, "NetBIOS"], [143, "IMAP"], [161, "SNMP"], [179, "BGP"],
  [389, "LDAP"], [427, "SLP"], [465, "SMTP"], [512, "exec"], [513, "login"], [514, "shell"], [515, "printer"],
  [526, "tempo"], [530, "courier"], [531, "chat"], [532, "netnews"], [540, "UUCP"], [548, "AFP"], [554, "RTSP"],
  [556, "remotefs"], [563, "NNTP"], [587, "SMTP"], [601, "syslog"], [636, "LDAP"], [989, "FTP"], [990, "FTP"],
  [993, "IMAP"], [995, "POP3"], [1719, "H.323"], [1720, "H.323"], [1723, "PPTP"], [2049, "NFS"], [3306, "MySQL"],
  [3659, "apple-sasl"], [4045, "NFS"], [4190, "ManageSieve"], [5060, "SIP"], [5061, "SIP"], [5432, "PostgreSQL"],
  [6000, "X11"], [6379, "Redis"], [6566, "SANE"], [6665, "IRC"], [6666, "IRC"], [6667, "IRC"], [6668, "IRC"],
  [6669, "IRC"], [6679, "IRC"], [6697, "IRC"], [10080, "Amanda"], [11211, "memcached"], [27017, "MongoDB"],
]);

/** Why a URL's port may not be fetched from ("port 25 is for SMTP, not the web"), or undefined when it may. */
export function forbiddenPortReason(url: URL): string | undefined {
  if (url.port === "") return undefined;
  if (url.port === "0") return "port 0 is not a port a server listens on";
  const service = NON_WEB_PORTS.get(Number(url.port));
  return service === undefined ? undefined : `port ${url.port} is for ${service}, not the web`;
}

/** Special-use names that only ever mean this machine or the local network (RFC 6761, 6762, 8375; ICANN's .internal). */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|home\.arpa)$/;

/** Why a host name may not be fetched from before it is even resolved, or undefined when it is left to the address check. */
export function forbiddenNameReason(hostname: string): string | undefined {
  if (isIP(hostname)) return undefined;
  return LOCAL_NAME.test(hostname.toLowerCase().replace(/\.$/, "")) ? "a name for this machine or the local network" : undefined;
}

/** Checks that a URL may be fetched before any connection: parseHttpUrl, no forbidden IP literal, and (unless allowPrivateNetwork) no local name or non-web port. */
export function parseTarget(url: string, options: AddressPolicyOptions = {}): Target {
  const target = parseHttpUrl(url);
  const reason = target.ip && forbiddenAddressReason(target.ip, options);
  if (reason) throw new FetchRefusedError(`refused: ${target.ip} is ${reason}`);
  if (!options.allowPrivateNetwork) refuseLocalNameOrPort(target);
  return target;
}

/** The checks the private-network switch lifts besides the address: local names and non-web ports. */
export function refuseLocalNameOrPort(target: Target): void {
  const name = forbiddenNameReason(target.hostname);
  if (name) throw new FetchRefusedError(`refused: ${target.hostname} is ${name}`);
  const port = forbiddenPortReason(target.url);
  if (port) throw new FetchRefusedError(`refused: ${port}`);
}
