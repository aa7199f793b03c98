const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

function startsWith(body: Buffer, bytes: number[]): boolean {
  return bytes.every((byte, index) => body[index] === byte);
}

function charsetFromContentType(contentType: string | undefined): string | undefined {
  return /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "")?.[1];
}

/**
 * The encoding named in the document itself: an XML declaration or an HTML meta tag, read as ASCII.
 * A declaration readable as ASCII cannot be in UTF-16, so one that says so means UTF-8 (as in the HTML standard).
 */
function charsetFromDocument(body: Buffer): string | undefined {
  const head = body.subarray(0, 1024).toString("latin1");
  const declared =
    /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head)?.[1];
  return declared && /^\s*utf-?16/i.test(declared) ? "utf-8" : declared;
}

function decodeWith(label: string, body: Buffer): string | undefined {
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    return undefined;
  }
}

/**
 * Text of a fetched body, by the precedence browsers use: a byte-order mark, the Content-Type
 * charset, then the document's own declaration; UTF-8 when none is given or the name is unknown.
 */
export function decodeBody(body: Buffer, contentType?: string): string {
  for (const [bytes, label] of BOMS) if (startsWith(body, bytes)) return new TextDecoder(label).decode(body);
  for (const label of [charsetFromContentType(contentType), charsetFromDocument(body)]) {
    if (!label) continue;
    const text = decodeWith(label.trim(), body);
    if (text !== undefined) return text;
  }
  return new TextDecoder("utf-8").decode(body);
}
