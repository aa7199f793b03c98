import { describe, expect, it } from "vitest";
import { decodeBody } from "./decode";

const koi8 = (text: string) => Buffer.from(new Map([["Привет", [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]]]).get(text) ?? []);
const latin1 = (text: string) => Buffer.from(text, "latin1");
const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();

describe("decodeBody", () => {
  it("reads UTF-8 when nothing says otherwise", () => {
    expect(decodeBody(Buffer.from("Zoë 🎉 <b>hi</b>"))).toBe("Zoë 🎉 <b>hi</b>");
  });

  it("obeys a byte-order mark over a Content-Type that says something else, and drops the mark", () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Zoë")]);
    expect(decodeBody(body, "text/html; charset=iso-8859-1")).toBe("Zoë");
  });

  it("reads UTF-16 in either byte order from its byte-order mark", () => {
    expect(decodeBody(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Zoë", "utf16le")]))).toBe("Zoë");
    expect(decodeBody(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be("Zoë")]))).toBe("Zoë");
  });

  it("uses the Content-Type charset, quoted or not, in any case", () => {
    expect(decodeBody(latin1("Grüße"), "text/plain; charset=ISO-8859-1")).toBe("Grüße");
    expect(decodeBody(Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), 'text/html; charset="windows-1251"')).toBe("Привет");
  });

  it("prefers the Content-Type charset over the document's own declaration", () => {
    const body = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), latin1("Grüße")]);
    expect(decodeBody(body, "text/html; charset=iso-8859-1")).toBe('<meta charset="utf-8"><p>Grüße');
  });

  it("reads the encoding from an XML declaration (a KOI8-R feed)", () => {
    const body = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="KOI8-R"?>\n<rss><channel><title>'), koi8("Привет"), Buffer.from("</title></channel></rss>")]);
    expect(decodeBody(body, "application/rss+xml")).toContain("<title>Привет</title>");
  });

  it("reads the encoding from an HTML meta tag, in both its forms", () => {
    const short = Buffer.concat([Buffer.from('<!doctype html><html><head><meta charset="windows-1252"><title>'), latin1("Café"), Buffer.from("</title>")]);
    expect(decodeBody(short, "text/html")).toContain("<title>Café</title>");
    const long = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'), latin1("Grüße")]);
    expect(decodeBody(long)).toContain("<body>Grüße");
  });

  it("falls back to UTF-8 when the charset named is unknown", () => {
    expect(decodeBody(Buffer.from("Zoë"), "text/html; charset=no-such-charset")).toBe("Zoë");
    expect(decodeBody(Buffer.from('<meta charset="klingon"><p>Zoë</p>'))).toBe('<meta charset="klingon"><p>Zoë</p>');
  });

  it("falls through an unknown Content-Type charset to the document's declaration", () => {
    const body = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="koi8-r"?><title>'), koi8("Привет"), Buffer.from("</title>")]);
    expect(decodeBody(body, "text/xml; charset=bogus")).toContain("Привет");
  });

  it("reads a page whose meta tag claims UTF-16 as UTF-8, as browsers do (the bytes could not be read otherwise)", () => {
    const body = Buffer.from('<html><head><meta charset="utf-16"></head><body>Zoë</body></html>');
    expect(decodeBody(body, "text/html")).toBe('<html><head><meta charset="utf-16"></head><body>Zoë</body></html>');
  });
});
