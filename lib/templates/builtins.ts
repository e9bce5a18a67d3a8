// The built-in message library: one template for each message the advice (docs/rules.md) says
// the product suggests, written in the student's own voice. Placeholders ({{...}}) are filled by
// render.ts; free-form blanks only the user can fill are written directly as fill-in markers
// ([like this]).
import type { UserTemplate } from '../data/model';

export const TEMPLATE_PURPOSES = [
  'first-contact',
  'agenda',
  'update',
  'milestone',
  'thank-you',
  'letter-request',
  'letter-packet',
  'letter-reminder',
  'letter-thanks',
  'outcome',
  'reschedule',
  'wind-down',
  'decline-reply',
  'follow-up',
] as const;
export type TemplatePurpose = (typeof TEMPLATE_PURPOSES)[number];

/** What both built-ins and the user's templates become, so the picker and suggestions treat them alike. */
export interface Template {
  /** A built-in's id, or the user template's id. */
  id: string;
  name: string;
  /** 'custom': the user's own template, which says nothing about when to use it. */
  purpose: TemplatePurpose | 'custom';
  subject: string;
  body: string;
  source: 'builtin' | 'user';
  /** On a user template that replaces a built-in: the built-in it replaces. */
  builtinId?: string;
}

export type BuiltinTemplate = Template & { purpose: TemplatePurpose; source: 'builtin' };

const SIGN_OFF = 'Best regards,\n{{user.name}}';

// Ids are stored in UserTemplate.builtinId: never rename one.
const DEFINITIONS: Omit<BuiltinTemplate, 'source'>[] = [
  {
    id: 'first-contact',
    name: 'Ask for mentorship',
    purpose: 'first-contact',
    subject: 'Introduction and request for your advice',
    body: `Dear {{mentor.salutation}},

My name is {{user.name}}, and I am a {{user.stage}} with a strong interest in [field or area of interest]. [One sentence on how you know of their work, e.g. I read your paper on ... / Dr. ... suggested I reach out.]

I would be grateful for the chance to learn from your experience as I [what you are working toward]. Would you be open to a brief 15- to 20-minute conversation in the coming weeks, in person or by video? I am happy to work around your schedule.

Thank you for considering my request.

${SIGN_OFF}`,
  },
  {
    id: 'meeting-agenda',
    name: 'Meeting agenda',
    purpose: 'agenda',
    subject: 'Agenda for our meeting on {{meeting.date}}',
    body: `Dear {{mentor.salutation}},

Thank you for making time to meet on {{meeting.date}}. So that we can make the most of it, here is what I hope to cover.

Updates since we last spoke:
- [update]
- [update]

Questions:
1. [question]
2. [question]
3. [question]

I will bring [documents, e.g. my CV or a draft of my personal statement]. Please let me know if there is anything else you would like me to prepare.

${SIGN_OFF}`,
  },
  {
    id: 'progress-update',
    name: 'Progress update',
    purpose: 'update',
    subject: 'A brief update',
    body: `Dear {{mentor.salutation}},

I hope you are doing well. I wanted to share a brief update since we last spoke on {{lastContact}}.

Since then, I have [main progress, e.g. submitted the abstract we discussed]. I have also [second item]. Next, I am focusing on [current priority], and I would value your thoughts on [one specific question].

If you have a few minutes in the coming weeks, I would be glad to find a time to talk that suits you. Thank you, as always, for your guidance.

${SIGN_OFF}`,
  },
  {
    id: 'milestone-update',
    name: 'Milestone update',
    purpose: 'milestone',
    subject: 'Some news I wanted to share',
    body: `Dear {{mentor.salutation}},

I wanted to let you know that [milestone, e.g. I received my Step 1 score / our abstract was accepted as a poster / I joined the group you recommended].

Your advice on [what they advised] made a real difference, and I wanted you to be among the first to hear. My next step is [next step], and I would welcome any thoughts you have on it.

Thank you for your continued support.

${SIGN_OFF}`,
  },
  {
    id: 'thank-you',
    name: 'Thank-you after a meeting or introduction',
    purpose: 'thank-you',
    subject: 'Thank you for your time',
    body: `Dear {{mentor.salutation}},

Thank you for [meeting with me / the introduction to ... / the invitation to ...] on {{meeting.date}}. I especially valued your advice on {{takeaway}}, and I plan to [how you will act on it].

[A second takeaway, if there is one.]

I will keep you posted on how it goes. I am grateful for your time and guidance.

${SIGN_OFF}`,
  },
  {
    id: 'letter-request',
    name: 'Letter of recommendation request',
    purpose: 'letter-request',
    subject: 'Letter of recommendation for my {{letter.purpose}} application',
    body: `Dear {{mentor.salutation}},

I hope you are well. As we discussed, I am preparing my {{letter.purpose}} application to {{letter.programs}}. Having worked with you on [project, rotation or course], I believe you know my work well.

Would you feel comfortable writing me a strong letter of recommendation? The deadline is {{letter.deadline}}. I completely understand if your schedule or other commitments do not allow it, and I am grateful either way.

If you are able to, I will send my CV, personal statement and everything else you need right away.

Thank you for considering this.

${SIGN_OFF}`,
  },
  {
    id: 'letter-packet',
    name: 'Letter packet',
    purpose: 'letter-packet',
    subject: 'Materials for my letter of recommendation',
    body: `Dear {{mentor.salutation}},

Thank you so much for agreeing to write a letter on my behalf. To make it as easy as possible, here is everything in one place:

- My updated CV (attached)
- My personal statement or current draft (attached)
- Programs: {{letter.programs}}. Why I am applying: [one or two sentences]
- Our work together: [projects, rotations, key moments]
- Attributes I hope you might highlight: [two or three qualities, with an example]
- Deadline: {{letter.deadline}}
- How to submit: {{letter.portal}}
- Waiver: I have [waived / not waived] my right to view the letter.

Please let me know if anything else would help. Thank you again for your support.

${SIGN_OFF}`,
  },
  {
    id: 'letter-reminder',
    name: 'Letter reminder',
    purpose: 'letter-reminder',
    subject: 'Gentle reminder: letter of recommendation due {{letter.deadlineShort}}',
    body: `Dear {{mentor.salutation}},

I hope your week is going well. I wanted to send a gentle reminder that the letter of recommendation for {{letter.programs}} is due on {{letter.deadline}}. It can be submitted through {{letter.portal}}.

I know how busy you are, so please let me know if there is anything I can do to help, such as resending my CV, my personal statement or a summary of our work together.

Thank you again for supporting my application.

${SIGN_OFF}`,
  },
  {
    id: 'letter-thanks',
    name: 'Thank-you for a letter',
    purpose: 'letter-thanks',
    subject: 'Thank you for my letter of recommendation',
    body: `Dear {{mentor.salutation}},

I saw that your letter for my {{letter.purpose}} application to {{letter.programs}} has been submitted, and I wanted to thank you sincerely. I know a thoughtful letter takes real time and care, especially with everything else you have on your plate.

Your support [something specific, e.g. during my rotation on your service] has meant a great deal to me. I will let you know how the application cycle goes.

With gratitude,
{{user.name}}`,
  },
  {
    id: 'outcome-update',
    name: 'Outcome update',
    purpose: 'outcome',
    subject: 'News from my {{letter.purpose}} applications',
    body: `Dear {{mentor.salutation}},

I wanted to share some news: [outcome, e.g. I matched at ... / I was accepted to ... / I have been invited to interview at ...].

Thank you again for writing on my behalf. Your letter and your guidance over the past [months or years] played a real part in this, and I am very grateful.

[What comes next, e.g. I start in July.] I hope we can stay in touch, and I will keep you updated along the way.

Warm regards,
{{user.name}}`,
  },
  {
    id: 'reschedule',
    name: 'Reschedule a meeting',
    purpose: 'reschedule',
    subject: 'Request to reschedule our meeting on {{meeting.date}}',
    body: `Dear {{mentor.salutation}},

I am writing to ask whether we could reschedule our meeting on {{meeting.date}} at {{meeting.time}}. [Brief reason, e.g. I have been assigned a call shift that day.] I am sorry for the inconvenience and wanted to let you know as early as possible.

Would one of these times work for you instead?
- [option]
- [option]
- [option]

I am also happy to work around whatever suits you best. Thank you for your understanding.

${SIGN_OFF}`,
  },
  {
    id: 'wind-down',
    name: 'Graceful wind-down',
    purpose: 'wind-down',
    subject: 'Thank you for your mentorship',
    body: `Dear {{mentor.salutation}},

I wanted to thank you for your guidance over the past [time period]. Working with you on [project or experience] taught me [what you learned], and I will carry that with me.

As my interests have shifted toward [new direction], I expect to be in touch less often. I did not want that to happen without telling you how much I appreciate the time and care you have given me.

I would be glad to share major milestones with you, and I hope our paths cross again.

With sincere thanks,
{{user.name}}`,
  },
  {
    id: 'decline-reply',
    name: 'Reply to a declined letter request',
    purpose: 'decline-reply',
    subject: 'Thank you for letting me know',
    body: `Dear {{mentor.salutation}},

Thank you for letting me know, and for being candid with me. I completely understand, and I appreciate you taking the time to consider my request.

I am grateful for your guidance [during ...], and I hope to keep you updated on my progress. If someone comes to mind who might be well placed to write on my behalf, I would welcome the suggestion, but please do not feel any obligation.

${SIGN_OFF}`,
  },
  {
    id: 'follow-up',
    name: 'Gentle follow-up',
    purpose: 'follow-up',
    subject: 'Following up: {{message.subject}}',
    body: `Dear {{mentor.salutation}},

I hope you are well. I wanted to follow up gently on my email of {{message.date}} about "{{message.subject}}", in case it was buried under everything else.

[One sentence on what you need, e.g. a short answer on ... would help me plan ...] If it is easier, I am happy to talk briefly in person or by phone instead.

Thank you for your time.

${SIGN_OFF}`,
  },
];

export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = DEFINITIONS.map((t) => ({ ...t, source: 'builtin' }));

/**
 * The library as the user sees it: each built-in, or the user's version of it in its place (the most
 * recently updated one if there are several), then the user's own templates as purpose 'custom'.
 * A user template naming a built-in that no longer exists is kept as a custom one.
 */
export function templatesWithUserOverrides(
  builtins: readonly BuiltinTemplate[],
  userTemplates: readonly UserTemplate[],
): Template[] {
  const builtinIds = new Set(builtins.map((b) => b.id));
  const overrides = new Map<string, UserTemplate>();
  const custom: Template[] = [];
  for (const u of userTemplates) {
    if (u.builtinId && builtinIds.has(u.builtinId)) {
      const current = overrides.get(u.builtinId);
      if (!current || Date.parse(u.updatedAt) > Date.parse(current.updatedAt)) overrides.set(u.builtinId, u);
    } else {
      custom.push({ id: u.id, name: u.name, purpose: 'custom', subject: u.subject, body: u.body, source: 'user' });
    }
  }
  const merged = builtins.map((b): Template => {
    const u = overrides.get(b.id);
    if (!u) return b;
    return { id: u.id, name: u.name, purpose: b.purpose, subject: u.subject, body: u.body, source: 'user', builtinId: b.id };
  });
  return [...merged, ...custom];
}
