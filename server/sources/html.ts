import { Parser } from "htmlparser2";
import sanitize, { type Attributes } from "sanitize-html";

/** Tags that stand apart as paragraphs (a blank line around them) or as lines of their own. */
const PARAGRAPH_TAGS = new Set(["p", "blockquote", "pre", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr"]);
const LINE_TAGS = new Set(["div", "li", "tr", "dt", "dd", "figcaption", "section", "article", "header", "footer"]);
const HIDDEN_TAGS = new Set(["script", "style", "template", "noscript", "title"]);

const LINK_ATTRIBUTES = { rel: "nofollow noopener noreferrer ugc", target: "_blank" };
const NO_ATTRIBUTES: Attributes = {};

function absolute(url: string, baseUrl: string | undefined): string | undefined {
  if (!URL.canParse(url, baseUrl)) return undefined;
  const parsed = new URL(url, baseUrl);
  return parsed.protocol === "http:" || parsed.protocol === "https:" || parsed.protocol === "mailto:" ? parsed.href : undefined;
}

/**
 * Fetched HTML made safe to render: a small set of text tags, links made absolute (against
 * baseUrl), opened in a new tab without referrer, and images turned into links labelled with
 * their alt text (no remote image loads inside posts). Scripts, styles, event handlers, iframes
 * and javascript: URLs are gone.
 */
export function sanitizeHtml(html: string, baseUrl?: string): string {
  return sanitize(html, {
    allowedTags: ["p", "br", "a", "strong", "b", "em", "i", "u", "s", "del", "blockquote", "code", "pre", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "span"],
    allowedAttributes: { a: ["href", "rel", "target"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "title", "iframe", "object", "template"],
    transformTags: {
      a: (_tagName, attribs) => {
        const href = attribs.href ? absolute(attribs.href, baseUrl) : undefined;
        return { tagName: "a", attribs: href ? { href, ...LINK_ATTRIBUTES } : NO_ATTRIBUTES };
      },
      img: (_tagName, attribs) => {
        const src = attribs.src ? absolute(attribs.src, baseUrl) : undefined;
        if (!src) return { tagName: "span", attribs: NO_ATTRIBUTES, text: attribs.alt ?? "" };
        return { tagName: "a", attribs: { href: src, ...LINK_ATTRIBUTES }, text: attribs.alt || "image" };
      },
    },
    // A link without a usable href is kept as its text only.
    exclusiveFilter: (frame) => frame.tag === "a" && !frame.attribs.href && frame.text.trim() === "",
  });
}

/**
 * The text a reader sees in some HTML: entities decoded, whitespace collapsed as a browser does
 * (kept inside <pre>), a blank line between paragraphs and a line break for <br>, list items and
 * other line-level blocks.
 */
export function htmlToText(html: string): string {
  let text = "";
  let hidden = 0;
  let preformatted = 0;
  const breakLines = (count: number) => {
    text = text.replace(/ +$/, "");
    if (!text) return;
    const present = /\n*$/.exec(text)?.[0].length ?? 0;
    if (present < count) text += "\n".repeat(count - present);
  };
  const parser = new Parser({
    onopentag(name) {
      if (HIDDEN_TAGS.has(name)) hidden++;
      else if (name === "br") text = text.replace(/ +$/, "") + "\n";
      else if (PARAGRAPH_TAGS.has(name)) breakLines(2);
      else if (LINE_TAGS.has(name)) breakLines(1);
      if (name === "pre") preformatted++;
    },
    ontext(data) {
      if (hidden) return;
      if (preformatted) {
        text += data;
        return;
      }
      const collapsed = data.replace(/\s+/g, " ");
      text += text === "" || /[ \n]$/.test(text) ? collapsed.replace(/^ /, "") : collapsed;
    },
    onclosetag(name) {
      if (HIDDEN_TAGS.has(name)) hidden = Math.max(0, hidden - 1);
      else if (PARAGRAPH_TAGS.has(name)) breakLines(2);
      else if (LINE_TAGS.has(name)) breakLines(1);
      if (name === "pre") preformatted = Math.max(0, preformatted - 1);
    },
  });
  parser.write(html);
  parser.end();
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Plain text shown as HTML: escaped, with line breaks kept. For sources whose posts are plain text (Bluesky, GitHub). */
export function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return escaped
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, "<br />")}</p>`)
    .join("");
}
