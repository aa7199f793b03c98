import { describe, expect, it } from "vitest";
import { demoContacts } from "./demo-network";
import { contactFields } from "./schemas";

/** example.com / example.org / example.net (and their subdomains), or any name under the reserved `.example` TLD. */
function isExampleHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return /(^|\.)example\.(com|org|net)$/.test(h) || /(^|\.)example$/.test(h);
}

const parsed = demoContacts.map((contact) => contactFields.parse(contact));

describe("demo network", () => {
  it("has exactly 60 people", () => {
    expect(demoContacts).toHaveLength(60);
  });

  it("every entry passes contactFields validation", () => {
    for (const contact of demoContacts) {
      const result = contactFields.safeParse(contact);
      expect(result.success, `${contact.displayName}: ${result.error?.message ?? ""}`).toBe(true);
    }
  });

  it("has unique display names", () => {
    const names = parsed.map((c) => c.displayName);
    expect(new Set(names).size).toBe(names.length);
  });

  it("has at least 5 companies shared by 3 or more people", () => {
    const counts = new Map<string, number>();
    for (const c of parsed) if (c.company) counts.set(c.company, (counts.get(c.company) ?? 0) + 1);
    const shared = [...counts].filter(([, n]) => n >= 3);
    expect(shared.length).toBeGreaterThanOrEqual(5);
  });

  it("gives about half the people a birthday, some with and some without a year", () => {
    const withBirthday = parsed.filter((c) => c.birthday);
    expect(withBirthday.length).toBeGreaterThanOrEqual(Math.floor(parsed.length * 0.4));
    expect(withBirthday.length).toBeLessThanOrEqual(Math.ceil(parsed.length * 0.6));
    expect(withBirthday.some((c) => c.birthday?.year != null)).toBe(true);
    expect(withBirthday.some((c) => c.birthday?.year == null)).toBe(true);
  });

  it("records how we met for most people", () => {
    expect(parsed.filter((c) => c.howWeMet).length).toBeGreaterThan(parsed.length / 2);
  });

  it("never references a remote photo", () => {
    expect(parsed.every((c) => c.photoUrl == null)).toBe(true);
  });

  it("uses only example domains for emails", () => {
    for (const c of parsed) {
      for (const email of c.emails) {
        const domain = email.value.split("@")[1] ?? "";
        expect(isExampleHost(domain), `${c.displayName}: ${email.value}`).toBe(true);
      }
    }
  });

  it("uses only example domains for links", () => {
    for (const c of parsed) {
      for (const link of c.links) {
        expect(isExampleHost(new URL(link.url).hostname), `${c.displayName}: ${link.url}`).toBe(true);
      }
    }
  });

  it("mentions no real-looking addresses or web links in free text", () => {
    for (const c of parsed) {
      const text = [c.howWeMet, c.notes].filter(Boolean).join("\n");
      for (const match of text.matchAll(/https?:\/\/[^\s)>\]]+/g)) {
        expect(isExampleHost(new URL(match[0]).hostname), `${c.displayName}: ${match[0]}`).toBe(true);
      }
      for (const match of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) {
        expect(isExampleHost(match[1] ?? ""), `${c.displayName}: ${match[0]}`).toBe(true);
      }
    }
  });

  it("uses only fictional phone number ranges", () => {
    const fictional = [
      /^\+44 7700 900\d{3}$/, // Ofcom drama range, mobiles
      /^\+44 161 496 0\d{3}$/, // Ofcom drama range, Manchester
      /^\+1 \d{3} 555 01\d{2}$/, // North American 555-01xx
      /^\+351 912 000 0\d{2}$/, // placeholder block used across the demo
    ];
    for (const c of parsed) {
      for (const phone of c.phones) {
        expect(
          fictional.some((re) => re.test(phone.value)),
          `${c.displayName}: ${phone.value}`,
        ).toBe(true);
      }
    }
  });
});
