import { describe, expect, it } from "vitest";
import { htmlToText, sanitizeHtml, textToHtml } from "./html";

const BASE = "https://blog.example/posts/2025/hello";
const LINK = 'rel="nofollow noopener noreferrer ugc" target="_blank"';

describe("sanitizeHtml", () => {
  it("drops scripts, styles, iframes and other embedded content with everything inside them", () => {
    const html =
      '<p>Hi <script>alert(1)</script><style>p{display:none}</style><iframe src="https://evil.example/"></iframe>there</p>' +
      '<noscript><p>enable js</p></noscript><template><p>hidden</p></template><object data="x.swf"></object><embed src="x.swf"><svg><script>alert(2)</script></svg>';
    expect(sanitizeHtml(html, BASE)).toBe("<p>Hi there</p>");
  });

  it("drops event handlers and inline styles but keeps the text", () => {
    expect(sanitizeHtml('<p onclick="steal()" style="position:fixed" class="x" id="y">Hello <b onmouseover="x()">Zoë</b></p>', BASE)).toBe("<p>Hello <b>Zoë</b></p>");
  });

  it("drops forms and inputs", () => {
    expect(sanitizeHtml('<form action="https://evil.example/"><input name="password" value="hunter2"><button>Log in</button></form>', BASE)).not.toMatch(/form|input|hunter2|button/);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java&#x09;script:alert(1)",
    "  javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
  ])("removes a %s link but keeps its text", (href) => {
    const clean = sanitizeHtml(`<p><a href="${href}">click me</a></p>`, BASE);
    expect(clean).not.toMatch(/href|script|data:/i);
    expect(clean).toContain("click me");
  });

  it("makes links absolute against the page, opened in a new tab without referrer", () => {
    const html = '<a href="/about">about</a> <a href="../older?page=2#top">older</a> <a href="//cdn.example/a">cdn</a> <a href="https://other.example">other</a>';
    expect(sanitizeHtml(html, BASE)).toBe(
      `<a href="https://blog.example/about" ${LINK}>about</a> <a href="https://blog.example/posts/older?page=2#top" ${LINK}>older</a> ` +
        `<a href="https://cdn.example/a" ${LINK}>cdn</a> <a href="https://other.example/" ${LINK}>other</a>`,
    );
  });

  it("replaces the page's own rel and target on links", () => {
    expect(sanitizeHtml('<a href="https://a.example/" rel="opener" target="_self">a</a>', BASE)).toBe(`<a href="https://a.example/" ${LINK}>a</a>`);
  });

  it("keeps mailto links", () => {
    expect(sanitizeHtml('<a href="mailto:zoe@example.com">mail me</a>', BASE)).toContain('href="mailto:zoe@example.com"');
  });

  it("drops relative links it cannot resolve without a base, keeping their text", () => {
    expect(sanitizeHtml('<a href="/about">about</a>')).not.toContain("href");
    expect(sanitizeHtml('<a href="/about">about</a>')).toContain("about");
  });

  it("turns images into links labelled with their alt text, so posts load no remote images", () => {
    const html = '<p><img src="/pics/beach.jpg" alt="Zoë at the beach 🏖️"><img src="https://img.example/a.png"><img src="javascript:alert(1)" alt="bad"></p>';
    expect(sanitizeHtml(html, BASE)).toBe(
      `<p><a href="https://blog.example/pics/beach.jpg" ${LINK}>Zoë at the beach 🏖️</a><a href="https://img.example/a.png" ${LINK}>image</a><span>bad</span></p>`,
    );
  });

  it("closes unclosed and misnested tags", () => {
    expect(sanitizeHtml("<p>unclosed <b>bold <i>both</p><ul><li>one<li>two</ul>", BASE)).toBe("<p>unclosed <b>bold <i>both</i></b></p><ul><li>one</li><li>two</li></ul>");
    expect(sanitizeHtml("<p>a <b>b</p></b> c</i>", BASE)).toBe("<p>a <b>b</b></p> c");
  });

  it("escapes text that looks like markup once decoded", () => {
    expect(sanitizeHtml("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", BASE)).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });
});

describe("htmlToText", () => {
  it("decodes entities", () => {
    expect(htmlToText("<p>Tom &amp; Jerry &lt;3 caf&eacute; &#x1F600; &#8212; &quot;hi&quot;</p>")).toBe('Tom & Jerry <3 café 😀 — "hi"');
  });

  it("puts a blank line between paragraphs, however the source is laid out", () => {
    expect(htmlToText("<p>First.</p><p>Second.</p>")).toBe("First.\n\nSecond.");
    expect(htmlToText("<p>First.</p>\n\n  <p>Second.</p>\n")).toBe("First.\n\nSecond.");
    expect(htmlToText("<h2>Title</h2><blockquote>Quoted</blockquote>after")).toBe("Title\n\nQuoted\n\nafter");
  });

  it("keeps line breaks and list items as lines", () => {
    expect(htmlToText("line<br>break<br/>again")).toBe("line\nbreak\nagain");
    expect(htmlToText("<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>")).toBe("one\ntwo");
  });

  it("collapses whitespace the way a browser shows it, but not inside <pre>", () => {
    expect(htmlToText("<p>This is a long\n   wrapped\tline</p>")).toBe("This is a long wrapped line");
    expect(htmlToText("<p>a <b>bold</b> <i>word</i></p>")).toBe("a bold word");
    expect(htmlToText("<pre>code\n  indented</pre>")).toBe("code\n  indented");
  });

  it("leaves out scripts and styles", () => {
    expect(htmlToText("<script>var a = '<p>x</p>';</script>hi<style>p { color: red }</style>")).toBe("hi");
  });

  it("copes with malformed HTML", () => {
    expect(htmlToText("<p>unclosed <b>bold<p>next")).toBe("unclosed bold\n\nnext");
    expect(htmlToText("")).toBe("");
  });
});

describe("textToHtml", () => {
  it("escapes markup so plain text shows as typed", () => {
    expect(textToHtml('a < b & "c" > d <script>alert(1)</script>')).toBe("<p>a &lt; b &amp; &quot;c&quot; &gt; d &lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });

  it("keeps line breaks and paragraphs", () => {
    expect(textToHtml("line one\nline two\n\nnew paragraph")).toBe("<p>line one<br />line two</p><p>new paragraph</p>");
  });

  it("round-trips through htmlToText", () => {
    const text = "Zoë & Ana <3\nline two\n\nSecond paragraph 🎉";
    expect(htmlToText(textToHtml(text))).toBe(text);
  });
});
