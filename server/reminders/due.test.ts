import { describe, expect, it } from "vitest";
import {
  bucketOf,
  cadenceLabel,
  compareOverdue,
  compareUpcoming,
  daysAgoInWords,
  daysBetween,
  daysOverdueOf,
  describeCadence,
  dueAtOf,
  dueInWords,
  effectiveCadence,
  lastTouchOf,
  localDate,
  nextBirthday,
  priorityOf,
  type Schedulable,
} from "./due";

const climbing = { circleId: "c1", circleName: "Climbing", days: 30 };
const family = { circleId: "c2", circleName: "Family", days: 14 };
const book = { circleId: "c3", circleName: "Book club", days: 14 };

describe("effective cadence", () => {
  it("uses the contact's own cadence over any circle's", () => {
    expect(effectiveCadence(60, [family])).toEqual({ kind: "contact", days: 60 });
  });

  it("never reminds when the contact's own cadence is 0, even in a circle with one", () => {
    expect(effectiveCadence(0, [family])).toEqual({ kind: "never" });
  });

  it("inherits the shortest circle cadence and says which circle; equal ones go by name", () => {
    expect(effectiveCadence(null, [climbing, family])).toEqual({ kind: "circle", circleId: "c2", circleName: "Family", days: 14 });
    // Book club and Family both say 14 days: "Book club" sorts first.
    expect(effectiveCadence(null, [climbing, family, book])).toMatchObject({ circleName: "Book club", days: 14 });
  });

  it("has none with no cadence anywhere", () => {
    expect(effectiveCadence(null, [])).toEqual({ kind: "none" });
  });
});

describe("due date", () => {
  const added = new Date("2025-01-01T09:00:00Z");
  const talked = new Date("2025-03-10T18:00:00Z");

  it("counts from the last interaction, else from when the contact was added", () => {
    expect(lastTouchOf(talked, added)).toBe(talked);
    expect(lastTouchOf(null, added)).toBe(added);
  });

  it("is last touch + cadence days", () => {
    // 10 March 18:00 + 14 days = 24 March 18:00.
    expect(dueAtOf(talked, { kind: "contact", days: 14 }, null)).toEqual(new Date("2025-03-24T18:00:00Z"));
    // 1 January + 30 days = 31 January.
    expect(dueAtOf(added, { kind: "circle", ...climbing }, null)).toEqual(new Date("2025-01-31T09:00:00Z"));
  });

  it("is pushed to the end of a snooze, never brought forward by one", () => {
    expect(dueAtOf(talked, { kind: "contact", days: 14 }, new Date("2025-04-01T00:00:00Z"))).toEqual(new Date("2025-04-01T00:00:00Z"));
    expect(dueAtOf(talked, { kind: "contact", days: 14 }, new Date("2025-03-20T00:00:00Z"))).toEqual(new Date("2025-03-24T18:00:00Z"));
  });

  it("does not exist without a cadence or with never", () => {
    expect(dueAtOf(talked, { kind: "none" }, null)).toBeNull();
    expect(dueAtOf(talked, { kind: "never" }, null)).toBeNull();
  });
});

describe("days overdue in the user's time zone", () => {
  it("counts calendar days in that zone", () => {
    const due = new Date("2025-03-24T18:00:00Z");
    // 24 March to 14 April is 7 + 14 = 21 days.
    expect(daysOverdueOf(due, new Date("2025-04-14T08:00:00Z"), "UTC")).toBe(21);
    expect(daysOverdueOf(due, new Date("2025-03-24T23:59:00Z"), "UTC")).toBe(0);
    expect(daysOverdueOf(due, new Date("2025-03-19T12:00:00Z"), "UTC")).toBe(-5);
  });

  it("moves the day boundary with the zone", () => {
    // 23:30 UTC on 24 March is already 25 March 08:30 in Tokyo (UTC+9) but still 24 March 19:30 in New York (UTC-4).
    const now = new Date("2025-03-24T23:30:00Z");
    expect(localDate(now, "Asia/Tokyo")).toBe("2025-03-25");
    expect(localDate(now, "America/New_York")).toBe("2025-03-24");
    const due = new Date("2025-03-24T12:00:00Z"); // 21:00 in Tokyo, 08:00 in New York: both 24 March.
    expect(daysOverdueOf(due, now, "Asia/Tokyo")).toBe(1);
    expect(daysOverdueOf(due, now, "America/New_York")).toBe(0);
  });

  it("treats an unknown zone as UTC", () => {
    expect(localDate(new Date("2025-03-24T23:30:00Z"), "Mars/Olympus")).toBe("2025-03-24");
  });

  it("counts across month and year ends", () => {
    expect(daysBetween("2024-12-30", "2025-01-02")).toBe(3);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2); // 2024 is a leap year
    expect(daysBetween("2025-03-01", "2025-02-28")).toBe(-1);
  });
});

describe("buckets and priority", () => {
  it("puts past due dates in overdue, today to 6 days ahead in this week", () => {
    expect(bucketOf(1)).toBe("overdue");
    expect(bucketOf(0)).toBe("this-week");
    expect(bucketOf(-6)).toBe("this-week");
    expect(bucketOf(-7)).toBe("later");
  });

  it("weights days overdue by tie strength", () => {
    expect(priorityOf(21, 100)).toBe(31.5); // 21 × (0.5 + 1)
    expect(priorityOf(35, 0)).toBe(17.5); // 35 × 0.5
    expect(priorityOf(10, 50)).toBe(10); // 10 × (0.5 + 0.5)
    expect(priorityOf(0, 100)).toBe(0);
  });

  it("sorts overdue by priority and this week by soonest", () => {
    const at = (iso: string) => new Date(iso);
    const close: Schedulable = { displayName: "Close", dueAt: at("2025-03-01"), daysOverdue: 21, strength: 100 }; // 31.5
    const distant: Schedulable = { displayName: "Distant", dueAt: at("2025-02-15"), daysOverdue: 35, strength: 0 }; // 17.5
    const middle: Schedulable = { displayName: "Middle", dueAt: at("2025-03-05"), daysOverdue: 20, strength: 60 }; // 20 × 1.1 = 22
    expect([distant, middle, close].sort(compareOverdue).map((c) => c.displayName)).toEqual(["Close", "Middle", "Distant"]);

    const tomorrow: Schedulable = { displayName: "Tomorrow", dueAt: at("2025-03-23T10:00:00Z"), daysOverdue: -1, strength: 0 };
    const today: Schedulable = { displayName: "Today", dueAt: at("2025-03-22T10:00:00Z"), daysOverdue: 0, strength: 0 };
    expect([tomorrow, today].sort(compareUpcoming).map((c) => c.displayName)).toEqual(["Today", "Tomorrow"]);
  });
});

describe("wording", () => {
  it("says how far off the due date is", () => {
    expect(dueInWords(0)).toBe("due today");
    expect(dueInWords(-1)).toBe("due tomorrow");
    expect(dueInWords(-5)).toBe("due in 5 days");
    expect(dueInWords(1)).toBe("1 day overdue");
    expect(dueInWords(13)).toBe("13 days overdue");
    expect(dueInWords(14)).toBe("2 weeks overdue");
    expect(dueInWords(21)).toBe("3 weeks overdue");
    expect(dueInWords(27)).toBe("3 weeks overdue"); // 27 / 7 = 3.86, whole weeks only
    expect(dueInWords(75)).toBe("2 months overdue");
    expect(dueInWords(400)).toBe("1 year overdue");
  });

  it("says how long ago something was", () => {
    expect(daysAgoInWords(0)).toBe("today");
    expect(daysAgoInWords(1)).toBe("yesterday");
    expect(daysAgoInWords(5)).toBe("5 days ago");
    expect(daysAgoInWords(21)).toBe("3 weeks ago");
  });

  it("names cadences and where they come from", () => {
    expect(cadenceLabel(30)).toBe("every month");
    expect(cadenceLabel(45)).toBe("every 45 days");
    expect(describeCadence({ kind: "circle", ...climbing })).toBe("every month, from Climbing circle");
    expect(describeCadence({ kind: "contact", days: 7 })).toBe("every week");
  });
});

describe("next birthday", () => {
  it("is this year's when still to come, with the age it brings", () => {
    // Born 14 March 1990; on 9 March 2025 the birthday is 5 days away and she turns 35.
    expect(nextBirthday({ day: 14, month: 3, year: 1990 }, "2025-03-09")).toEqual({ date: "2025-03-14", year: 2025, daysUntil: 5, turns: 35 });
  });

  it("is today's on the day, and next year's once passed", () => {
    expect(nextBirthday({ day: 14, month: 3, year: null }, "2025-03-14")).toEqual({ date: "2025-03-14", year: 2025, daysUntil: 0, turns: null });
    // 15 March 2025 to 14 March 2026: 365 - 1 = 364 days.
    expect(nextBirthday({ day: 14, month: 3, year: null }, "2025-03-15")).toMatchObject({ date: "2026-03-14", daysUntil: 364 });
  });

  it("crosses the year end", () => {
    expect(nextBirthday({ day: 2, month: 1, year: 2000 }, "2025-12-28")).toEqual({ date: "2026-01-02", year: 2026, daysUntil: 5, turns: 26 });
  });

  it("puts 29 February on 28 February outside leap years", () => {
    expect(nextBirthday({ day: 29, month: 2, year: 2000 }, "2025-02-25")).toEqual({ date: "2025-02-28", year: 2025, daysUntil: 3, turns: 25 });
    expect(nextBirthday({ day: 29, month: 2, year: 2000 }, "2028-02-25")).toMatchObject({ date: "2028-02-29", daysUntil: 4 });
  });
});
