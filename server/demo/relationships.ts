import type {
  CirclePurpose,
  CircleType,
  CompanyTarget,
  ContributionDirection,
  ContributionKind,
  Industry,
  Initiator,
  InteractionChannel,
  KnowsMeLevel,
  TagColour,
  TieContext,
} from "@/db/schema/vocabulary";

/**
 * The relationships of the sample network in server/contacts/demo-network.ts: how the
 * imaginary owner keeps in touch with each contact, and what they know, share and learn together.
 *
 * Contacts are referred to by displayName. Everything that happened is dated relative to the
 * moment the sample is loaded (`daysAgo`), so a new user always sees some people overdue, some due
 * this week and some seen yesterday. Only facts of the stories (when we met, past jobs) carry
 * calendar dates. The keep-in-touch picture at load time, with the user's days in UTC:
 * - overdue: Nana Pat, Chidi, Claire, Camila, Filipe, Nadia, Seun, Rhys;
 * - due this week: Mum (Linda), Rui, Siddharth, Gonçalo, Jake, Hannah, and Danny (snoozed till then);
 * - snoozed further out: Grace; never reminded: Marta.
 */

// ── Interactions ─────────────────────────────────────────────────────────────────────────────

export interface DemoInteraction {
  /** Whole days before the moment of loading; 1 is yesterday. */
  daysAgo: number;
  /**
   * A calendar day ("12-25"): the interaction falls on the latest such day at least `daysAgo`
   * days back, so a Christmas stays on Christmas whenever the sample is loaded.
   */
  onMonthDay?: string;
  /** Hour of the day (UTC), so the day's entries read in a believable order. */
  hour: number;
  with: readonly string[];
  channel: InteractionChannel;
  contexts: readonly TieContext[];
  initiator: Initiator;
  notes?: string;
}

interface Series {
  /** Who took part, taken in turn from the most recent occurrence back. */
  with: readonly (readonly string[])[];
  /** The most recent occurrence, in days ago. */
  latest: number;
  /** Days between occurrences, give or take a day or two. */
  every: number;
  /** Goes back no further than this many days. */
  until: number;
  hour: number;
  channels: readonly InteractionChannel[];
  contexts: readonly (readonly TieContext[])[];
  initiators: readonly Initiator[];
  /** Notes by occurrence, 0 being the most recent; most occurrences have none. */
  notes?: Record<number, string>;
}

// Real life is not a metronome: each occurrence after the latest moves by up to two days.
const WOBBLE = [0, 1, -1, 2, 0, -2, 1, -1, 0, 2, -1, 1];

function pick<T>(list: readonly T[], index: number): T {
  const value = list[index % list.length];
  if (value === undefined) throw new Error("Sample network: an empty list in a series");
  return value;
}

/** A recurring interaction (a weekly call, a monthly meetup), most recent first. */
function series(spec: Series): DemoInteraction[] {
  const result: DemoInteraction[] = [];
  for (let k = 0; ; k++) {
    const wobble = k === 0 ? 0 : Math.max(-Math.floor(spec.every / 5), Math.min(Math.floor(spec.every / 5), pick(WOBBLE, k)));
    const daysAgo = spec.latest + k * spec.every + wobble;
    if (daysAgo > spec.until) return result;
    const notes = spec.notes?.[k];
    result.push({
      daysAgo,
      hour: spec.hour,
      with: pick(spec.with, k),
      channel: pick(spec.channels, k),
      contexts: pick(spec.contexts, k),
      initiator: pick(spec.initiators, k),
      ...(notes ? { notes } : {}),
    });
  }
}

const LINDA = "Linda Whitaker";
const GRAHAM = "Graham Whitaker";
const JESS = "Jess Okafor";
const CHIDI = "Chidi Okafor";
const PAT = "Patricia Whitaker";
const MARTA = "Marta Ferreira";
const RUI = "Rui Ferreira";
const HELENA = "Helena Ferreira";
const DUARTE = "Duarte Ferreira";
const BEATRIZ = "Beatriz Santos";
const TIAGO = "Tiago Carvalho";
const LEILA = "Leila Haddad";
const KENJI = "Kenji Watanabe";
const GONCALO = "Gonçalo Ribeiro";
const FATOU = "Fatou Diallo";
const YUSUF = "Yusuf Demir";
const SID = "Siddharth Rao";
const MIGUEL = "Miguel Antunes";
const NADIA = "Nadia Petrova";
const INES = "Inês Costa";
const JOANA = "Joana Marques";
const FILIPE = "Filipe Rocha";
const EBRU = "Ebru Yılmaz";
const CHLOE = "Chloé Martin";
const LOLA = "Dolores García";
const KWAME = "Kwame Mensah";
const SOFIA = "Sofia Andrade";
const JAKE = "Jake Thompson";
const AROHA = "Aroha Ngata";
const TOMASZ = "Tomasz Kowalczyk";
const HANNAH = "Hannah Lindqvist";
const SEUN = "Oluwaseun Adeyemi";
const RHYS = "Rhys Morgan";
const LENA = "Lena Hoffmann";

const familyCalls = series({
  with: [[LINDA, GRAHAM], [LINDA, GRAHAM], [LINDA, GRAHAM, JESS], [LINDA, GRAHAM], [LINDA]],
  latest: 4,
  every: 12,
  until: 720,
  hour: 17,
  channels: ["video", "video", "video", "video", "video", "call"],
  contexts: [["family"]],
  initiators: ["mutual", "them", "mutual", "me", "them"],
  notes: {
    0: "Leo read Grandma a whole page of his dinosaur book. Dad refereed a cup match in the rain.",
    1: "Mum's allotment: too many courgettes again. She wants to book the Sintra day trip for her spring visit.",
    2: "Jess joined from Stockport; Amara and Leo compared volcano drawings.",
    4: "Dad was out refereeing, so just Mum. Wifi down, so a phone call.",
    5: "Rosa took her first steps, live on camera. Mum cried.",
    8: "Dad's knee is better: back to refereeing on Sundays.",
    13: "Showed them my first glazed bowl. Mum has claimed the next one.",
    19: "Sent Dad the video of Leo's first football session; he watched it three times.",
    27: "Mum worried about Nana Pat after her fall; she's fine, just bruised.",
    40: "Planned their Lisbon visit: Belém, the tram and far too many pastéis de nata.",
  },
});

const nanaPatCalls = series({
  with: [[PAT]],
  latest: 19,
  every: 45,
  until: 700,
  hour: 15,
  channels: ["call"],
  contexts: [["family"]],
  initiators: ["me", "me", "them", "me"],
  notes: {
    0: "Rang before six. Leo's dinosaur postcard has been on her fridge all week.",
    2: "Her hip is playing up but she still went to the church lunch.",
    6: "She rang me for once: wanted to know if Rosa is walking yet.",
  },
});

const jessChats = series({
  with: [[JESS]],
  latest: 12,
  every: 50,
  until: 700,
  hour: 20,
  channels: ["message", "message", "video", "call"],
  contexts: [["family"]],
  initiators: ["them", "me", "mutual", "them"],
  notes: {
    0: "Amara's volcano project got a gold star. Promised her something from the Azores.",
    2: "Long chat about sleep (or the lack of it) with two under five.",
    5: "Sent her the photos from Leo's birthday.",
  },
});

const portoVisits = series({
  with: [[RUI, HELENA, DUARTE, MARTA], [RUI, HELENA, MARTA]],
  latest: 55,
  every: 90,
  until: 700,
  hour: 13,
  channels: ["in_person"],
  contexts: [["family"]],
  initiators: ["mutual", "them"],
  notes: {
    0: "Weekend in Porto. Rui's new wine is better than last year's; Helena took the kids to the park so we could sleep.",
    1: "Sunday lunch in Foz: three hours, four courses, one nap.",
    3: "Helped Rui bottle wine in the Douro. My Portuguese held up for almost the whole afternoon.",
  },
});

const oneToOnes = series({
  with: [[BEATRIZ]],
  latest: 3,
  every: 21,
  until: 400,
  hour: 10,
  channels: ["in_person", "in_person", "video"],
  contexts: [["work"]],
  initiators: ["mutual", "me", "mutual", "them"],
  notes: {
    0: "1:1. Reconciliation follow-up scoped. Forgot to ask about the promotion timeline, again.",
    1: "1:1. Agreed I lead the ledger reconciliation follow-up.",
    3: "1:1 over video: she's at the Porto office. Talked about Tuesday evenings off for pottery.",
    6: "1:1. Feedback from the incident review: good calm comms.",
  },
});

const teamRituals = series({
  with: [
    [BEATRIZ, TIAGO, LEILA, KENJI, FATOU, YUSUF],
    [BEATRIZ, TIAGO, KENJI, FATOU, YUSUF, SID],
    [BEATRIZ, TIAGO, LEILA, KENJI, FATOU, YUSUF, SID],
  ],
  latest: 38,
  every: 60,
  until: 700,
  hour: 14,
  channels: ["event", "in_person"],
  contexts: [["work"], ["work", "friendship"]],
  initiators: ["mutual", "them"],
  notes: {
    0: "Quarterly planning offsite in Comporta. Beach walk at lunch.",
    1: "Team lunch to celebrate the ledger migration going live.",
    2: "Retro on the failover drill: zero customer impact.",
    5: "Payments Core team dinner in Bairro Alto.",
  },
});

const tiagoPairing = series({
  with: [[TIAGO]],
  latest: 6,
  every: 40,
  until: 620,
  hour: 11,
  channels: ["in_person", "in_person", "video"],
  contexts: [["work"], ["work", "learning"]],
  initiators: ["me", "them", "mutual"],
  notes: {
    0: "Paired on the advisory-lock bug. He explained SKIP LOCKED with sugar packets.",
    1: "Design review of the idempotency keys. He is right about the unique index.",
    4: "Coffee on the terrace; he surfed Ericeira at six this morning.",
  },
});

const kenjiChats = series({
  with: [[KENJI]],
  latest: 9,
  every: 60,
  until: 700,
  hour: 16,
  channels: ["in_person", "message", "call"],
  contexts: [["work"], ["work", "friendship"], ["friendship"]],
  initiators: ["them", "me", "mutual"],
  notes: {
    0: "On-call handover; a quiet week for once.",
    2: "Told me Kumo Works wants a partner for their payments API.",
    5: "Post-incident beers after the failover drill.",
  },
});

const skipLevels = series({
  with: [[GONCALO]],
  latest: 86,
  every: 91,
  until: 700,
  hour: 9,
  channels: ["in_person"],
  contexts: [["work"]],
  initiators: ["mutual"],
  notes: {
    0: "Skip-level. He wants a proposal for moving the fee engine to Rust.",
    2: "Skip-level: a Rust guild at Tidewright, and who should run it.",
  },
});

const bookClub = series({
  with: [[FATOU, LEILA], [FATOU, LEILA, SID], [FATOU]],
  latest: 15,
  every: 60,
  until: 700,
  hour: 18,
  channels: ["event"],
  contexts: [["work", "friendship"]],
  initiators: ["them"],
  notes: {
    0: "Book club: The Dispossessed, part one. Fatou brought thieboudienne.",
    1: "Book club: Piranesi. Leila drew the house on a napkin.",
  },
});

const rustMeetups = series({
  with: [
    [MIGUEL, INES, YUSUF],
    [MIGUEL, YUSUF],
    [MIGUEL, NADIA, INES, YUSUF],
    [MIGUEL, INES],
    [MIGUEL, NADIA, YUSUF],
  ],
  latest: 30,
  every: 45,
  until: 690,
  hour: 19,
  channels: ["event"],
  contexts: [["learning", "community"]],
  initiators: ["them"],
  notes: {
    0: "Rust Lisbon: talks on embedded HALs and sqlx. Yusuf signed up to give his first talk.",
    1: "Rust Lisbon: lightning talks. Mine on tinyledger's rounding modes went fine.",
    2: "Rust Lisbon quiz night, the rematch. Nadia's team won again.",
    4: "Rust Lisbon borrow checker clinic, round two. Paired with Inês again.",
  },
});

const potteryClasses = series({
  with: [
    [JOANA, EBRU],
    [JOANA, EBRU, LOLA, CHLOE],
    [JOANA, CHLOE, LOLA],
    [JOANA, EBRU, LOLA],
  ],
  latest: 2,
  every: 14,
  until: 420,
  hour: 19,
  channels: ["in_person"],
  contexts: [["hobby", "learning"]],
  initiators: ["mutual"],
  notes: {
    0: "Wheel class: pulling taller walls. Trimming and glazing next.",
    1: "Bisque firing came out. Lola's vase survived the kiln; my mug did not.",
    3: "Centering practice. Ebru showed me how to brace my elbow on my knee.",
    8: "First bowl off the wheel that I'd actually eat from.",
  },
});

const climbs = series({
  with: [
    [KWAME, SOFIA, AROHA],
    [KWAME, SOFIA, JAKE, AROHA],
    [KWAME, JAKE, AROHA],
    [KWAME, SOFIA, JAKE],
  ],
  latest: 4,
  every: 21,
  until: 700,
  hour: 9,
  channels: ["in_person"],
  contexts: [["hobby", "friendship"]],
  initiators: ["them", "mutual"],
  notes: {
    0: "Sintra crags. Finally sent the arête; Kwame's beta was right all along.",
    1: "Rain in Sintra, so the Alcântara gym instead. Jake fell off the same problem three times.",
    2: "Aroha drove us all up in the van. Picnic at the top.",
    5: "Took it easy on my finger; belayed mostly.",
  },
});

const tomaszCalls = series({
  with: [[TOMASZ]],
  latest: 20,
  every: 45,
  until: 700,
  hour: 20,
  channels: ["video", "message", "video", "call"],
  contexts: [["friendship", "learning"], ["friendship"], ["friendship", "work"]],
  initiators: ["me", "them", "mutual", "them"],
  notes: {
    0: "Video call: he reviewed my async trait PR and showed me Zosia's new teeth.",
    1: "He sent the Ferrous Fox 1.0 release notes, very proud.",
    3: "Talked about whether I'd ever leave Tidewright for a Rust job. Honest answer: maybe.",
    6: "Lifetimes tutoring, episode twelve.",
  },
});

const claireCalls = series({
  with: [["Claire Donnelly"]],
  latest: 41,
  every: 45,
  until: 700,
  hour: 18,
  channels: ["video"],
  contexts: [["work", "learning"]],
  initiators: ["mutual", "mutual", "me"],
  notes: {
    0: "Mentoring call: staff-engineer path. Homework: write up the reconciliation design as a strategy doc.",
    1: "She's writing a book on engineering management. Offer to review a chapter.",
    4: "Talked through whether to go for management. Verdict: not yet.",
  },
});

const lenaCalls = series({
  with: [[LENA], [LENA], [LENA, "Amina Yusuf"]],
  latest: 7,
  every: 50,
  until: 700,
  hour: 16,
  channels: ["video", "message", "video"],
  contexts: [["community", "learning"]],
  initiators: ["them", "me", "mutual"],
  notes: {
    0: "fox-fmt sync: triaged the 0.9 milestone; the config-format plan still needs agreeing. She's off to a wood-firing weekend.",
    2: "Maintainers' call with Amina; she's ready to be nominated as a maintainer.",
    4: "She walked me through the release checklist.",
  },
});

const jiWooThreads = series({
  with: [["Ji-woo Park"]],
  latest: 6,
  every: 45,
  until: 700,
  hour: 8,
  channels: ["message", "email", "message"],
  contexts: [["community"]],
  initiators: ["them", "me", "them"],
  notes: {
    0: "Async review of tinyledger's CI matrix.",
    1: "Cut tinyledger 0.7 together across two time zones.",
  },
});

const oneOffs: DemoInteraction[] = [
  // Family
  { daysAgo: 6, hour: 20, with: [MARTA], channel: "in_person", contexts: ["family"], initiator: "mutual", notes: "Date night at the tasca while Helena had the kids." },
  { daysAgo: 31, hour: 21, with: [MARTA], channel: "in_person", contexts: ["family"], initiator: "them", notes: "Planned the Alentejo weekend; Marta found a farmhouse near Évora." },
  { daysAgo: 1, onMonthDay: "08-09", hour: 20, with: [MARTA], channel: "in_person", contexts: ["family"], initiator: "me", notes: "Anniversary dinner." },
  { daysAgo: 130, hour: 12, with: [MARTA, LINDA], channel: "in_person", contexts: ["family"], initiator: "mutual", notes: "Mum in Lisbon for a long weekend. Leo fed the ducks at Estrela; Sintra saved for her spring visit." },
  { daysAgo: 50, onMonthDay: "12-25", hour: 13, with: [LINDA, GRAHAM, JESS, CHIDI, PAT], channel: "in_person", contexts: ["family"], initiator: "mutual", notes: "Christmas in Manchester. Chidi and Dad argued about City, as is tradition." },
  { daysAgo: 25, onMonthDay: "12-30", hour: 11, with: [PAT], channel: "call", contexts: ["family"], initiator: "me", notes: "Birthday call. The kids sang; she pretended not to cry." },
  { daysAgo: 48, hour: 19, with: [CHIDI], channel: "message", contexts: ["family"], initiator: "me", notes: "Good-luck message before the Manchester half. Need to ask for his time." },
  { daysAgo: 260, hour: 18, with: [CHIDI, JESS], channel: "video", contexts: ["family"], initiator: "them", notes: "Chidi's signalling job moved to the new Stockport depot." },
  { daysAgo: 25, hour: 19, with: [RUI, HELENA], channel: "video", contexts: ["family", "learning"], initiator: "them", notes: "Whole call in Portuguese; Rui corrected only four things." },
  { daysAgo: 10, hour: 9, with: [HELENA], channel: "message", contexts: ["family"], initiator: "them", notes: "Sent a photo of Rosa's new Porto shoes." },
  { daysAgo: 20, hour: 22, with: [DUARTE], channel: "message", contexts: ["family", "friendship"], initiator: "them", notes: "Asked whether the kids can be page boy and flower girl at the wedding." },
  { daysAgo: 180, hour: 19, with: [DUARTE, "Pedro Almeida"], channel: "in_person", contexts: ["friendship", "community"], initiator: "them", notes: "Drinks in Porto after Pedro's meetup talk; Duarte knows everyone." },

  // School friends
  { daysAgo: 100, hour: 20, with: ["Danny Hughes"], channel: "in_person", contexts: ["friendship"], initiator: "them", notes: "Pint in Didsbury. Freddie has started in goal for his school team." },
  { daysAgo: 400, hour: 15, with: ["Danny Hughes", "Priya Raman"], channel: "in_person", contexts: ["friendship"], initiator: "mutual", notes: "Watched City at Danny's with Priya; she left at half-time for a shift." },
  { daysAgo: 60, hour: 8, with: ["Priya Raman"], channel: "message", contexts: ["friendship"], initiator: "me", notes: "She's deep in training for the Peak District ultra; sent her a playlist." },
  { daysAgo: 240, hour: 21, with: ["Priya Raman"], channel: "call", contexts: ["friendship"], initiator: "them" },
  { daysAgo: 40, onMonthDay: "12-06", hour: 12, with: ["Aisha Begum"], channel: "social", contexts: ["friendship"], initiator: "me", notes: "Cheered on her craft-fair stall photos." },
  { daysAgo: 420, hour: 11, with: ["Aisha Begum"], channel: "in_person", contexts: ["friendship"], initiator: "mutual", notes: "Coffee in Hackney on a London work trip. Bought a scarf for Mum." },

  // Leeds friends
  { daysAgo: 85, hour: 19, with: [HANNAH], channel: "video", contexts: ["friendship"], initiator: "them", notes: "She's coming to Lisbon for a conference; offered the spare room." },
  { daysAgo: 310, hour: 12, with: [HANNAH], channel: "email", contexts: ["friendship", "work"], initiator: "me", notes: "Sent her the accessibility audit template our designers use." },
  { daysAgo: 110, hour: 17, with: [SEUN], channel: "call", contexts: ["friendship", "work"], initiator: "them", notes: "He's hiring senior backend engineers at Kora Ledger. Asked me to think of anyone." },
  { daysAgo: 330, hour: 16, with: [SEUN], channel: "message", contexts: ["friendship"], initiator: "me" },
  { daysAgo: 130, hour: 20, with: [RHYS], channel: "message", contexts: ["friendship"], initiator: "them", notes: "Baby due in the spring! Catrin is well." },
  { daysAgo: 450, hour: 18, with: [RHYS], channel: "call", contexts: ["friendship"], initiator: "me" },
  { daysAgo: 380, hour: 20, with: [TOMASZ, HANNAH, SEUN, RHYS], channel: "video", contexts: ["friendship"], initiator: "me", notes: "Leeds reunion call. Rhys still insists the five-a-side final was offside." },
  { daysAgo: 300, hour: 13, with: [TOMASZ, "Jonas Becker", LENA, "Wei Chen"], channel: "in_person", contexts: ["friendship", "work", "community"], initiator: "them", notes: "Lunch at the Ferrous Fox office in Berlin. Jonas hinted at a Lisbon office." },

  // Mentors and former colleagues
  { daysAgo: 150, hour: 10, with: ["Margaret Osei"], channel: "email", contexts: ["learning"], initiator: "me", notes: "Asked her about the staff-engineer path; she wants to read the ledger migration write-up." },
  { daysAgo: 151, onMonthDay: "12-18", hour: 10, with: ["Margaret Osei"], channel: "other", contexts: ["learning", "friendship"], initiator: "me", notes: "Christmas card with the kids' drawings." },
  { daysAgo: 500, hour: 11, with: ["Margaret Osei"], channel: "call", contexts: ["learning"], initiator: "them", notes: "Talked through the Tidewright staff-engineer offer. Her question: what would you regret?" },
  { daysAgo: 220, hour: 19, with: ["Marcus Bennett", "Arjun Mehta"], channel: "in_person", contexts: ["friendship", "work"], initiator: "them", notes: "Brightloom pub night on a Manchester visit. Marcus brought oatmeal stout." },
  { daysAgo: 90, hour: 12, with: ["Arjun Mehta"], channel: "message", contexts: ["work"], initiator: "them", notes: "Asked how we run on-call at Tidewright." },
  { daysAgo: 75, hour: 21, with: ["Camila Souza"], channel: "video", contexts: ["friendship", "work"], initiator: "me", notes: "She's leading the FHIR integration at Mirador Saúde. Misses pastéis de nata." },
  { daysAgo: 200, hour: 22, with: ["Camila Souza"], channel: "message", contexts: ["friendship"], initiator: "them" },
  { daysAgo: 430, hour: 21, with: ["Camila Souza"], channel: "video", contexts: ["friendship"], initiator: "mutual" },
  { daysAgo: 200, onMonthDay: "11-12", hour: 20, with: ["Rafael Oliveira"], channel: "in_person", contexts: ["friendship"], initiator: "them", notes: "His November Lisbon trip: dinner at the tasca in Campo de Ourique." },
  { daysAgo: 230, hour: 15, with: ["Lucas Pereira", "Ji-woo Park"], channel: "video", contexts: ["community", "learning"], initiator: "me", notes: "First tinyledger maintainers' call with Lucas. Ji-woo up at midnight for it." },
  { daysAgo: 45, hour: 14, with: ["Lucas Pereira"], channel: "message", contexts: ["community"], initiator: "them" },
  { daysAgo: 160, hour: 17, with: ["Tanvir Hossain"], channel: "email", contexts: ["community"], initiator: "them", notes: "Another immaculate bug report: overflow in the percentage allocator." },
  { daysAgo: 35, hour: 16, with: ["Tanvir Hossain"], channel: "social", contexts: ["community", "learning"], initiator: "me", notes: "Shared his newsletter issue on decimal formatting." },

  // Tidewright
  { daysAgo: 10, hour: 15, with: [LEILA], channel: "in_person", contexts: ["work"], initiator: "them", notes: "Design review of the new payout settings; she caught the empty state I forgot." },
  { daysAgo: 5, hour: 23, with: [YUSUF], channel: "message", contexts: ["work", "learning"], initiator: "them", notes: "Sent him notes on his slides. He's nervous; he'll be great." },
  { daysAgo: 26, hour: 17, with: [SID], channel: "in_person", contexts: ["friendship"], initiator: "me", notes: "Met baby Kiran. Forgot the bag of Rosa's clothes, again." },
  { daysAgo: 140, hour: 12, with: [SID], channel: "in_person", contexts: ["work"], initiator: "them", notes: "Lunch: he asked about promotion expectations." },
  { daysAgo: 45, hour: 10, with: ["Jonas Becker"], channel: "video", contexts: ["work"], initiator: "them", notes: "Jonas: Ferrous Fox is scouting Lisbon for a small office. Would I be interested?" },
  { daysAgo: 95, hour: 10, with: ["Wei Chen"], channel: "message", contexts: ["work", "friendship"], initiator: "me", notes: "Congratulated them on the editor extension launch." },
  { daysAgo: 280, hour: 18, with: ["Wei Chen"], channel: "social", contexts: ["friendship"], initiator: "them" },

  // Savanna Grid, Kumo Works, conferences
  { daysAgo: 80, hour: 14, with: ["Grace Wanjiru"], channel: "video", contexts: ["work", "community"], initiator: "them", notes: "She invited me to speak at the Nairobi Rust meetup. I owe her dates." },
  { daysAgo: 360, hour: 14, with: ["Grace Wanjiru"], channel: "email", contexts: ["work"], initiator: "me" },
  { daysAgo: 120, hour: 13, with: ["Brian Otieno"], channel: "social", contexts: ["community", "learning"], initiator: "them", notes: "Posted his solar-meter firmware write-up and tagged me." },
  { daysAgo: 55, hour: 11, with: ["Amina Yusuf"], channel: "email", contexts: ["community"], initiator: "them", notes: "Her fix for the nested-macro formatting bug landed." },
  { daysAgo: 190, hour: 7, with: ["Yuki Sato", KENJI], channel: "video", contexts: ["work", "learning"], initiator: "them", notes: "Cross-time-zone on-call rotations, with Kenji translating the jokes." },
  { daysAgo: 65, hour: 8, with: ["Yuki Sato"], channel: "email", contexts: ["work"], initiator: "me", notes: "Asked whether Kumo Works would co-host a payments API workshop." },
  { daysAgo: 70, hour: 16, with: ["Isabella Rossi"], channel: "email", contexts: ["work", "learning"], initiator: "me", notes: "Sent her my event-sourcing pitfalls slides; waiting for hers." },
  { daysAgo: 210, hour: 16, with: ["Isabella Rossi"], channel: "event", contexts: ["work"], initiator: "them", notes: "Fintech meetup in Porto; she asked whether Vetro Data should look at Lisbon hires." },
  { daysAgo: 150, hour: 18, with: ["Pedro Almeida"], channel: "call", contexts: ["community"], initiator: "them", notes: "Offered me a speaking slot at Rust Porto in the autumn." },

  // Rust Lisbon
  { daysAgo: 64, hour: 18, with: [NADIA], channel: "message", contexts: ["community", "hobby"], initiator: "me", notes: "Planning the quiz-night rematch; she boulders too. Must invite her to Sunday climbing." },
  { daysAgo: 33, hour: 13, with: [INES], channel: "in_person", contexts: ["learning", "friendship"], initiator: "them", notes: "Lunch: she's thinking of giving a talk on property testing." },
  { daysAgo: 100, hour: 12, with: [MIGUEL], channel: "email", contexts: ["community"], initiator: "me", notes: "Asked him what a venue sponsor needs to provide." },

  // Pottery
  { daysAgo: 9, hour: 11, with: [CHLOE], channel: "in_person", contexts: ["hobby", "friendship"], initiator: "them", notes: "Coffee at the bakery on the corner; she sketched Rosa while we talked." },
  { daysAgo: 40, hour: 10, with: [FILIPE], channel: "in_person", contexts: ["hobby"], initiator: "me", notes: "Visited his stall at the Sunday market. Forgot to ask about selling my bowls." },
  { daysAgo: 260, hour: 12, with: [FILIPE, JOANA], channel: "event", contexts: ["hobby", "community"], initiator: "them", notes: "Casa do Barro open studio day; Leo made a clay snail." },
  { daysAgo: 20, onMonthDay: "12-16", hour: 19, with: [LOLA, JOANA, EBRU, CHLOE], channel: "event", contexts: ["hobby", "friendship"], initiator: "them", notes: "Last class before Christmas. Lola brought her turrón." },

  // Climbing
  { daysAgo: 10, hour: 18, with: [JAKE], channel: "in_person", contexts: ["hobby", "friendship"], initiator: "them", notes: "Evening session at the Alcântara gym; he's staying in Lisbon at least until next summer." },
  { daysAgo: 150, hour: 19, with: [SOFIA], channel: "message", contexts: ["hobby", "friendship"], initiator: "me", notes: "She sent finger-pulley stretches. Doing them, mostly." },
  { daysAgo: 230, hour: 18, with: [AROHA], channel: "event", contexts: ["learning", "friendship"], initiator: "them", notes: "Her talk on Tagus seagrass at the aquarium; Leo asked about octopuses." },

  // Neighbours
  { daysAgo: 3, hour: 9, with: ["Graça Lopes"], channel: "in_person", contexts: ["other"], initiator: "them", notes: "Chat at the door; she asked after Rosa's cold. The kids waved from the balcony." },
  { daysAgo: 21, hour: 18, with: ["Graça Lopes"], channel: "in_person", contexts: ["other"], initiator: "them", notes: "She took in our parcel and a pot of soup for us." },
  { daysAgo: 8, hour: 8, with: ["Nuno Teixeira"], channel: "in_person", contexts: ["friendship"], initiator: "mutual", notes: "Nursery drop-off; Martim and Leo are inseparable." },
  { daysAgo: 70, hour: 17, with: ["Nuno Teixeira"], channel: "in_person", contexts: ["other"], initiator: "me", notes: "He fixed the cargo bike's chain again. I owe him lunch." },
  { daysAgo: 320, hour: 17, with: ["Nuno Teixeira"], channel: "in_person", contexts: ["other"], initiator: "me", notes: "First cargo-bike rescue: a snapped brake cable." },
  { daysAgo: 46, hour: 12, with: ["Emma Schulz"], channel: "in_person", contexts: ["other"], initiator: "them", notes: "Stairwell chat; she'll teach Leo a German song for his birthday." },
];

export const demoInteractions: readonly DemoInteraction[] = [
  ...familyCalls,
  ...nanaPatCalls,
  ...jessChats,
  ...portoVisits,
  ...oneToOnes,
  ...teamRituals,
  ...tiagoPairing,
  ...kenjiChats,
  ...skipLevels,
  ...bookClub,
  ...rustMeetups,
  ...potteryClasses,
  ...climbs,
  ...tomaszCalls,
  ...claireCalls,
  ...lenaCalls,
  ...jiWooThreads,
  ...oneOffs,
];

// ── Ties: how well they know me, since when, in what contexts, how often to keep in touch ──

export interface DemoTie {
  knowsMe?: KnowsMeLevel;
  /** YYYY-MM-DD, from the story of how we met. */
  knownSince?: string;
  /** Contexts the user states outright, beside those of the interactions. */
  contexts?: TieContext[];
  /** Their own keep-in-touch cadence in days; 0 never reminds. */
  cadenceDays?: number;
  /** A snoozed reminder: not due before this many days after loading. */
  snoozeDays?: number;
}

export const demoTies: Readonly<Record<string, DemoTie>> = {
  [MARTA]: { knowsMe: 4, knownSince: "2014-06-14", contexts: ["family"], cadenceDays: 0 },
  [LINDA]: { knowsMe: 4, knownSince: "1990-04-03", contexts: ["family"], cadenceDays: 7 },
  [GRAHAM]: { knowsMe: 4, knownSince: "1990-04-03", contexts: ["family"] },
  [JESS]: { knowsMe: 4, knownSince: "1993-09-23", contexts: ["family", "friendship"] },
  [CHIDI]: { knowsMe: 3, knownSince: "2015-12-25", contexts: ["family"] },
  [PAT]: { knowsMe: 4, knownSince: "1990-04-03", contexts: ["family"], cadenceDays: 14 },
  [RUI]: { knowsMe: 3, knownSince: "2016-07-10", contexts: ["family", "learning"] },
  [HELENA]: { knowsMe: 3, knownSince: "2016-07-10", contexts: ["family"] },
  [DUARTE]: { knowsMe: 3, knownSince: "2016-07-10", contexts: ["family", "friendship"] },

  "Danny Hughes": { knowsMe: 4, knownSince: "2001-09-05", contexts: ["friendship"], cadenceDays: 90, snoozeDays: 3 },
  "Priya Raman": { knowsMe: 3, knownSince: "2004-09-08", contexts: ["friendship"], cadenceDays: 180 },
  "Aisha Begum": { knowsMe: 3, knownSince: "2006-09-06" },

  [TOMASZ]: { knowsMe: 4, knownSince: "2009-10-01", contexts: ["friendship", "work", "learning"], cadenceDays: 30 },
  [HANNAH]: { knowsMe: 3, knownSince: "2009-09-20", contexts: ["friendship"] },
  [SEUN]: { knowsMe: 3, knownSince: "2009-09-28", contexts: ["friendship"] },
  [RHYS]: { knowsMe: 4, knownSince: "2009-10-12", contexts: ["friendship"] },

  [BEATRIZ]: { knowsMe: 3, knownSince: "2021-03-16", contexts: ["work"] },
  [TIAGO]: { knowsMe: 3, knownSince: "2021-05-10", contexts: ["work", "learning"] },
  [LEILA]: { knowsMe: 2, knownSince: "2021-09-20" },
  [KENJI]: { knowsMe: 3, knownSince: "2021-11-26", contexts: ["work", "friendship"] },
  [GONCALO]: { knowsMe: 2, knownSince: "2021-05-03", cadenceDays: 90 },
  [FATOU]: { knowsMe: 3, knownSince: "2021-05-03", contexts: ["work", "friendship"] },
  [YUSUF]: { knowsMe: 3, knownSince: "2022-06-15", contexts: ["work", "community"] },
  [SID]: { knowsMe: 3, knownSince: "2023-02-06", contexts: ["work", "friendship"] },

  "Claire Donnelly": { knowsMe: 4, knownSince: "2012-09-03", contexts: ["work", "learning"], cadenceDays: 30 },
  "Marcus Bennett": { knowsMe: 2, knownSince: "2013-01-14" },
  "Siobhan Kelly": { knowsMe: 2, knownSince: "2013-05-20" },
  "Arjun Mehta": { knowsMe: 3, knownSince: "2012-09-03", contexts: ["work"] },

  "Wei Chen": { knowsMe: 3, knownSince: "2015-02-02" },
  [LENA]: { knowsMe: 3, knownSince: "2022-03-08", contexts: ["community", "learning", "hobby"] },
  "Jonas Becker": { knowsMe: 2, knownSince: "2022-06-21" },

  "Grace Wanjiru": { knowsMe: 3, knownSince: "2016-01-11", contexts: ["work", "community"], cadenceDays: 60, snoozeDays: 10 },
  "Brian Otieno": { knowsMe: 1, knownSince: "2024-10-10" },
  "Amina Yusuf": { knowsMe: 2, knownSince: "2023-08-14", contexts: ["community"] },

  "Camila Souza": { knowsMe: 3, knownSince: "2021-05-10", contexts: ["work", "friendship"], cadenceDays: 60 },
  "Rafael Oliveira": { knowsMe: 2, knownSince: "2023-11-12" },
  "Lucas Pereira": { knowsMe: 2, knownSince: "2023-04-03", contexts: ["community"] },

  [INES]: { knowsMe: 2, knownSince: "2023-02-22", contexts: ["learning", "community"] },
  "Pedro Almeida": { knowsMe: 2, knownSince: "2023-05-18" },

  [MIGUEL]: { knowsMe: 2, knownSince: "2022-01-27", contexts: ["community"] },
  [NADIA]: { knowsMe: 2, knownSince: "2022-11-24" },

  [JOANA]: { knowsMe: 2, knownSince: "2023-10-03", contexts: ["learning", "hobby"] },
  [FILIPE]: { knowsMe: 2, knownSince: "2023-09-16" },
  [EBRU]: { knowsMe: 2, knownSince: "2023-10-03" },
  [CHLOE]: { knowsMe: 2, knownSince: "2024-01-16", contexts: ["hobby", "friendship"] },
  [LOLA]: { knowsMe: 2, knownSince: "2023-10-03" },

  "Graça Lopes": { knowsMe: 2, knownSince: "2021-04-01", cadenceDays: 14 },
  "Nuno Teixeira": { knowsMe: 3, knownSince: "2022-09-12", contexts: ["friendship"] },
  "Emma Schulz": { knowsMe: 1, knownSince: "2021-04-03" },

  [KWAME]: { knowsMe: 3, knownSince: "2022-04-10", contexts: ["hobby", "friendship"] },
  [SOFIA]: { knowsMe: 3, knownSince: "2022-04-24" },
  [JAKE]: { knowsMe: 2, knownSince: "2024-03-10" },
  [AROHA]: { knowsMe: 3, knownSince: "2022-06-05" },

  "Margaret Osei": { knowsMe: 4, knownSince: "2010-09-27", contexts: ["learning", "friendship"], cadenceDays: 180 },

  "Ji-woo Park": { knowsMe: 2, knownSince: "2021-08-02", contexts: ["community"], cadenceDays: 30 },
  "Tanvir Hossain": { knowsMe: 1, knownSince: "2022-07-19" },

  "Yuki Sato": { knowsMe: 1, knownSince: "2022-05-11" },
  "Haruka Ito": { knowsMe: 1, knownSince: "2023-09-12" },
  "Isabella Rossi": { knowsMe: 2, knownSince: "2024-05-23" },
  "Diego Hernández": { knownSince: "2024-10-10" },
};

// ── Circles ───────────────────────────────────────────────────────────────────────────────────

export interface DemoCircle {
  name: string;
  description: string;
  purpose: CirclePurpose;
  type: CircleType;
  place: string;
  space: string;
  pace: string;
  /** Default keep-in-touch cadence for members without their own. */
  cadenceDays?: number;
  members: readonly string[];
}

export const demoCircles: readonly DemoCircle[] = [
  {
    name: "Family",
    description: "Both sides: Manchester and Porto.",
    purpose: "personal",
    type: "social",
    place: "Manchester and Porto",
    space: "WhatsApp group",
    pace: "Weekly",
    cadenceDays: 30,
    members: [MARTA, LINDA, GRAHAM, JESS, CHIDI, PAT, RUI, HELENA, DUARTE],
  },
  {
    name: "Tidewright team",
    description: "Payments Core and the people around it.",
    purpose: "mission",
    type: "professional",
    place: "Office",
    space: "Slack",
    pace: "Weekly",
    cadenceDays: 30,
    members: [BEATRIZ, TIAGO, LEILA, KENJI, GONCALO, FATOU, YUSUF, SID],
  },
  {
    name: "Rust Lisbon",
    description: "The monthly-ish Rust meetup; talks, quiz nights and the borrow checker clinic.",
    purpose: "learning",
    type: "development",
    place: "Lisbon",
    space: "Meetup",
    pace: "Monthly",
    cadenceDays: 60,
    members: [MIGUEL, NADIA, INES, YUSUF],
  },
  {
    name: "Sunday climbing",
    description: "Kwame's Sunday morning group: Sintra when it's dry, the Alcântara gym when it isn't.",
    purpose: "personal",
    type: "social",
    place: "Sintra",
    space: "Signal group",
    pace: "Weekly",
    cadenceDays: 14,
    members: [KWAME, SOFIA, JAKE, AROHA],
  },
  {
    name: "Casa do Barro pottery",
    description: "Tuesday evening wheel class.",
    purpose: "learning",
    type: "development",
    place: "Casa do Barro, Lisbon",
    space: "WhatsApp group",
    pace: "Weekly",
    cadenceDays: 30,
    members: [JOANA, FILIPE, EBRU, CHLOE, LOLA],
  },
  {
    name: "Leeds friends",
    description: "Halls, the terrace off Hyde Park Road and the worst five-a-side team in Yorkshire.",
    purpose: "personal",
    type: "social",
    place: "Online",
    space: "WhatsApp group",
    pace: "Quarterly",
    cadenceDays: 90,
    members: [TOMASZ, HANNAH, SEUN, RHYS],
  },
  {
    name: "tinyledger maintainers",
    description: "Keeping a small decimal-ledger crate honest, across three time zones.",
    purpose: "idea",
    type: "development",
    place: "Online",
    space: "Discord",
    pace: "When it happens",
    members: ["Ji-woo Park", "Lucas Pereira", "Tanvir Hossain"],
  },
];

// ── Tags ──────────────────────────────────────────────────────────────────────────────────────

export interface DemoTag {
  name: string;
  colour: TagColour;
  members: readonly string[];
}

export const demoTags: readonly DemoTag[] = [
  { name: "close friend", colour: "rose", members: [TOMASZ, "Danny Hughes", "Priya Raman", RHYS, HANNAH, KWAME, FATOU] },
  { name: "mentor", colour: "violet", members: ["Claire Donnelly", "Margaret Osei", TIAGO, LENA] },
  { name: "open source", colour: "emerald", members: [LENA, "Wei Chen", "Amina Yusuf", "Ji-woo Park", "Lucas Pereira", "Tanvir Hossain", TOMASZ] },
  { name: "neighbour", colour: "amber", members: ["Graça Lopes", "Nuno Teixeira", "Emma Schulz"] },
  { name: "conference", colour: "sky", members: ["Brian Otieno", "Haruka Ito", "Isabella Rossi", "Diego Hernández", "Rafael Oliveira", "Pedro Almeida"] },
  { name: "hiring", colour: "teal", members: [SEUN, "Jonas Becker", "Grace Wanjiru", "Isabella Rossi"] },
  { name: "speaking invite", colour: "indigo", members: ["Grace Wanjiru", "Pedro Almeida", "Diego Hernández"] },
  { name: "fellow parent", colour: "pink", members: [JESS, TOMASZ, SID, "Nuno Teixeira", "Danny Hughes", "Arjun Mehta", RHYS] },
];

// ── Topics ────────────────────────────────────────────────────────────────────────────────────

export interface DemoTopic {
  name: string;
  description: string;
  /** The contacts I learn it with, each with a note on how (or none). */
  with: Readonly<Record<string, string | null>>;
}

export const demoTopics: readonly DemoTopic[] = [
  {
    name: "Rust",
    description: "From fighting the borrow checker to maintaining crates.",
    with: {
      [TOMASZ]: "Got me started; still reviews my trickier PRs.",
      [LENA]: "Co-maintaining fox-fmt: she teaches me how releases are run.",
      [YUSUF]: "We swap async war stories at work.",
      [MIGUEL]: "Runs the meetup; great on embedded.",
      [INES]: "Pair on the meetup exercises.",
      [GONCALO]: "Wants more of Tidewright in Rust: the fee engine first.",
      "Ji-woo Park": "no_std port of tinyledger.",
      "Lucas Pereira": "Decimal rounding, endlessly.",
      "Brian Otieno": null,
      "Haruka Ito": "WebAssembly component model.",
    },
  },
  {
    name: "Pottery",
    description: "Wheel throwing at Casa do Barro; glazes are a mystery.",
    with: {
      [JOANA]: "My teacher: trimming and glazing next.",
      [EBRU]: "Centering tips; studying ceramics conservation.",
      [CHLOE]: "Shares a wheel; her mugs are better than mine.",
      [LOLA]: null,
      [FILIPE]: "Might sell a couple of my bowls at the market.",
      [LENA]: "Wood-fires her pots on weekends; swap photos.",
      "Yuki Sato": "Recommended Mashiko for a pottery trip.",
    },
  },
  {
    name: "Parenting",
    description: "Two small children and a lot of questions.",
    with: {
      [MARTA]: null,
      [JESS]: "Two kids a few years ahead of ours: hand-me-down advice.",
      "Nuno Teixeira": "Same nursery group; swap babysitting.",
      [SID]: "New dad: passing on what we learned.",
      [TOMASZ]: "Zosia is a year older than Rosa.",
      [RHYS]: "First baby due in the spring.",
    },
  },
  {
    name: "Portuguese",
    description: "From restaurant Portuguese to arguing about football in Portuguese.",
    with: {
      [RUI]: "Patiently corrects me; whole calls in Portuguese now.",
      [HELENA]: null,
      [KENJI]: "We're both learning; compare notes over lunch.",
      "Graça Lopes": "Daily practice on the stairs.",
    },
  },
  {
    name: "Climbing",
    description: "Sundays in Sintra, weeknights at the gym.",
    with: {
      [KWAME]: "Taught me to lead climb.",
      [SOFIA]: "Physio: keeps my finger pulleys in one piece.",
      [JAKE]: null,
      [AROHA]: "Knows every crag between Sintra and Cascais.",
      [NADIA]: "Boulders; invite her to Sundays.",
    },
  },
  {
    name: "Event sourcing",
    description: "Ledgers, projections and the pain of replaying five years of events.",
    with: {
      "Isabella Rossi": "Promised to swap slides on event-sourcing pitfalls.",
      [TIAGO]: "Reviewed the reconciliation design.",
      [FATOU]: "Builds the projections into the data warehouse.",
      "Lucas Pereira": "tinyledger's journal format.",
    },
  },
];

// ── What I know about them, what they know about me, what we give each other ───────────────

export interface DemoFact {
  contact: string;
  kind: string;
  text: string;
  /** Days before loading that I learned it. */
  learnedDaysAgo: number;
}

export const demoFacts: readonly DemoFact[] = [
  { contact: MARTA, kind: "dates", text: "Anniversary: 9 August.", learnedDaysAgo: 700 },
  { contact: MARTA, kind: "likes", text: "Alentejo farmhouses, Siza buildings, very strong coffee.", learnedDaysAgo: 600 },
  { contact: LINDA, kind: "likes", text: "Her allotment; grows far too many courgettes.", learnedDaysAgo: 500 },
  { contact: PAT, kind: "likes", text: "Postcards of the kids' drawings.", learnedDaysAgo: 400 },
  { contact: PAT, kind: "health", text: "Had a hip replacement; no stairs if we visit.", learnedDaysAgo: 650 },
  { contact: JESS, kind: "family", text: "Amara (7) loves volcanoes; Tobi (5) loves trains.", learnedDaysAgo: 300 },
  { contact: CHIDI, kind: "likes", text: "Running: training for the Manchester half marathon.", learnedDaysAgo: 120 },
  { contact: RUI, kind: "likes", text: "Makes wine from a small plot in the Douro.", learnedDaysAgo: 690 },
  { contact: TOMASZ, kind: "family", text: "Partner Ola; daughter Zosia.", learnedDaysAgo: 400 },
  { contact: TOMASZ, kind: "work", text: "Led the Ferrous Fox 1.0 release.", learnedDaysAgo: 65 },
  { contact: RHYS, kind: "family", text: "Wife Catrin; first baby due in the spring.", learnedDaysAgo: 130 },
  { contact: "Claire Donnelly", kind: "work", text: "Writing a book on engineering management.", learnedDaysAgo: 86 },
  { contact: SID, kind: "family", text: "Wife Anjali; their first baby, Kiran.", learnedDaysAgo: 26 },
  { contact: KWAME, kind: "family", text: "Grew up in Kumasi; parents still there.", learnedDaysAgo: 350 },
  { contact: LENA, kind: "likes", text: "Wood-fired pottery; goes to a kiln in Brandenburg.", learnedDaysAgo: 7 },
  { contact: "Nuno Teixeira", kind: "family", text: "Kids Martim (4) and Clara (2).", learnedDaysAgo: 320 },
  { contact: LOLA, kind: "food", text: "Makes her own turrón every December.", learnedDaysAgo: 200 },
  { contact: "Camila Souza", kind: "food", text: "Misses pastéis de nata more than anything else about Lisbon.", learnedDaysAgo: 75 },
  { contact: "Isabella Rossi", kind: "work", text: "Vetro Data is considering Lisbon hires.", learnedDaysAgo: 210 },
  { contact: "Graça Lopes", kind: "likes", text: "Oranges, the kids waving, and gossip about the third floor.", learnedDaysAgo: 500 },
];

export interface DemoDisclosure {
  contact: string;
  text: string;
  sharedDaysAgo: number;
}

export const demoDisclosures: readonly DemoDisclosure[] = [
  { contact: TOMASZ, text: "I'd consider leaving Tidewright for a Rust-first job.", sharedDaysAgo: 155 },
  { contact: "Claire Donnelly", text: "I want to go for staff engineer this year.", sharedDaysAgo: 220 },
  { contact: "Margaret Osei", text: "Ferrous Fox might open a Lisbon office, and I'm tempted.", sharedDaysAgo: 150 },
  { contact: BEATRIZ, text: "I need Tuesday evenings free for pottery.", sharedDaysAgo: 66 },
  { contact: BEATRIZ, text: "I'd like to lead the ledger reconciliation follow-up.", sharedDaysAgo: 24 },
  { contact: KWAME, text: "My finger pulley injury is worse than I let on.", sharedDaysAgo: 130 },
  { contact: SOFIA, text: "My finger pulley injury is worse than I let on.", sharedDaysAgo: 150 },
  { contact: JESS, text: "We're barely sleeping since Rosa started teething.", sharedDaysAgo: 112 },
  { contact: LENA, text: "I'd like to become a fox-fmt co-maintainer.", sharedDaysAgo: 300 },
  { contact: GONCALO, text: "I'd like to lead the Rust adoption at Tidewright.", sharedDaysAgo: 86 },
  { contact: JOANA, text: "I want to sell a few bowls at the market one day.", sharedDaysAgo: 44 },
  { contact: SEUN, text: "Not moving to Lagos, but happy to advise on hiring.", sharedDaysAgo: 110 },
  { contact: "Danny Hughes", text: "Moving back to Manchester isn't on the cards.", sharedDaysAgo: 100 },
];

export interface DemoContribution {
  contact: string;
  direction: ContributionDirection;
  kind: ContributionKind;
  description: string;
  /** Days before loading, or a calendar date (YYYY-MM-DD) for the story's older events. */
  on: number | string;
}

export const demoContributions: readonly DemoContribution[] = [
  { contact: TOMASZ, direction: "received", kind: "advice", description: "Weekly-ish Rust tutoring when I started.", on: "2021-02-01" },
  { contact: TOMASZ, direction: "received", kind: "intro", description: "Introduced me to Jonas at Ferrous Fox.", on: "2022-06-21" },
  { contact: TOMASZ, direction: "given", kind: "help", description: "Rehearsed his RustConf talk with him.", on: 240 },
  { contact: TOMASZ, direction: "given", kind: "gift", description: "A knitted fox for baby Zosia.", on: 420 },
  { contact: DUARTE, direction: "received", kind: "intro", description: "Introduced me to Pedro and Inês at Cobalt Harbour.", on: "2023-06-01" },
  { contact: DUARTE, direction: "received", kind: "advice", description: "Talked me into moving to Portugal.", on: "2020-09-15" },
  { contact: KENJI, direction: "received", kind: "intro", description: "Introduced me to Yuki at Kumo Works.", on: "2022-05-11" },
  { contact: KENJI, direction: "given", kind: "help", description: "Portuguese conversation practice over lunch.", on: 60 },
  { contact: "Claire Donnelly", direction: "received", kind: "advice", description: "Staff-engineer path: write strategy, not just code.", on: 41 },
  { contact: "Claire Donnelly", direction: "received", kind: "advice", description: "How to negotiate the Tidewright offer.", on: "2021-04-02" },
  { contact: "Claire Donnelly", direction: "received", kind: "referral", description: "Recommended me to Tidewright's CTO.", on: "2021-02-20" },
  { contact: "Claire Donnelly", direction: "given", kind: "help", description: "Wrote interview questions for her team's hiring loop.", on: 120 },
  { contact: "Margaret Osei", direction: "received", kind: "advice", description: "What would you regret? On the Tidewright move.", on: 500 },
  { contact: "Margaret Osei", direction: "received", kind: "advice", description: "Write the migration up before you forget why you did it.", on: 150 },
  { contact: SEUN, direction: "given", kind: "advice", description: "Shared how we run interview loops at Tidewright.", on: 105 },
  { contact: "Nuno Teixeira", direction: "received", kind: "help", description: "Fixed the cargo bike's brake cable.", on: 320 },
  { contact: "Nuno Teixeira", direction: "received", kind: "help", description: "Fixed the cargo bike's chain.", on: 70 },
  { contact: SOFIA, direction: "received", kind: "advice", description: "Stretches for my finger pulley injury.", on: 150 },
  { contact: "Amina Yusuf", direction: "received", kind: "help", description: "Fixed the fox-fmt bug I'd been stuck on for a week.", on: "2023-08-14" },
  { contact: SID, direction: "given", kind: "help", description: "Onboarding buddy for his first three months.", on: "2023-02-06" },
  { contact: SID, direction: "given", kind: "gift", description: "A blanket for baby Kiran.", on: 26 },
  { contact: "Graça Lopes", direction: "received", kind: "help", description: "Keeps our spare key; took in a dozen parcels.", on: 21 },
  { contact: "Graça Lopes", direction: "given", kind: "gift", description: "A box of pastéis de nata to say thank you.", on: 20 },
  { contact: "Wei Chen", direction: "given", kind: "referral", description: "Recommended them to Ferrous Fox.", on: "2019-04-01" },
  { contact: MIGUEL, direction: "received", kind: "advice", description: "Reviewed my lightning-talk slides.", on: 80 },
  { contact: "Lucas Pereira", direction: "received", kind: "help", description: "Co-wrote the decimal rounding rewrite.", on: "2023-05-20" },
  { contact: HELENA, direction: "received", kind: "help", description: "Looked after Leo and Rosa for a whole weekend.", on: 55 },
  { contact: "Grace Wanjiru", direction: "received", kind: "other", description: "Invited me to speak at the Nairobi Rust meetup.", on: 80 },
];

// ── Companies ─────────────────────────────────────────────────────────────────────────────────

export interface DemoCompany {
  name: string;
  domain?: string;
  notes?: string;
  industry?: Industry;
  target?: CompanyTarget;
}

/** Details of companies the contacts work at (their current jobs come from their company and title). */
export const demoCompanies: readonly DemoCompany[] = [
  { name: "Tidewright", industry: "finance", domain: "tidewright.example.com", notes: "Payments infrastructure for marketplaces. My employer since 2021." },
  { name: "Brightloom Analytics", industry: "tech", domain: "brightloom.example.com", notes: "Manchester analytics firm; my first job, 2012 to 2021." },
  { name: "Ferrous Fox", industry: "tech", domain: "ferrousfox.example.net", notes: "Rust developer tooling, Berlin. Might open a small Lisbon office.", target: "work_for" },
  { name: "Kumo Works", industry: "tech", domain: "kumoworks.example.com", notes: "Tokyo. Wants a partner for their payments API.", target: "collaborate" },
  { name: "Vetro Data", industry: "tech", domain: "vetrodata.example.com", notes: "Milan data platform; considering Lisbon hires.", target: "work_for" },
  { name: "Savanna Grid", industry: "energy", domain: "savannagrid.example.com", notes: "Pay-as-you-go solar, Nairobi." },
  { name: "Mirador Saúde", industry: "health", domain: "mirador.example.org", notes: "Health tech, São Paulo." },
  { name: "Cobalt Harbour", industry: "tech", domain: "cobaltharbour.example.com", notes: "Logistics routing, Porto; remote-friendly." },
  { name: "Kora Ledger", industry: "finance", domain: "koraledger.example.com", notes: "Lagos fintech; hiring senior backend engineers." },
  { name: "Casa do Barro", industry: "arts", domain: "casadobarro.example.com", notes: "Pottery studio in Lisbon." },
];

export interface DemoFormerJob {
  contact: string;
  company: string;
  title: string;
  /** YYYY-MM-DD; kept to the month. */
  startedOn: string;
  endedOn: string;
}

export const demoFormerJobs: readonly DemoFormerJob[] = [
  { contact: "Wei Chen", company: "Brightloom Analytics", title: "Software Engineer", startedOn: "2014-09-01", endedOn: "2019-05-01" },
  { contact: "Grace Wanjiru", company: "Brightloom Analytics", title: "Senior Software Engineer, Payments", startedOn: "2015-10-01", endedOn: "2019-02-01" },
  { contact: "Camila Souza", company: "Tidewright", title: "Senior Engineer", startedOn: "2020-11-01", endedOn: "2023-06-01" },
  { contact: KENJI, company: "Kumo Works", title: "Site Reliability Engineer", startedOn: "2016-04-01", endedOn: "2021-06-01" },
  { contact: "Arjun Mehta", company: "Brightloom Analytics", title: "Software Engineer", startedOn: "2012-09-01", endedOn: "2021-03-01" },
  { contact: "Claire Donnelly", company: "Brightloom Analytics", title: "Engineering Manager", startedOn: "2010-01-01", endedOn: "2018-03-01" },
];

/** Where the owner of the sample network lives. */
export const DEMO_HOME = "Lisbon, Portugal";
