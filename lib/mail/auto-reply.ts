// Automatic replies (out of office) are not the mentor writing back. Told from the subject or
// the first line of the body, in the languages a medical student's mentors are likely to use.
// Pure: the adapters pass the text in and keep only the answer, never the body.

/** Said in a subject ("Automatic reply: Letter for ...", "AW: Abwesenheitsnotiz"). */
const SUBJECT_MARKERS = [
  // English (Outlook, Exchange, Gmail's vacation responder, other servers)
  /\bautomatic reply\b/,
  /\bauto[- ]?(?:reply|response|responder)\b/,
  /\bautoreply\b/,
  /\bout of (?:the )?office\b/,
  /\bvacation reply\b/,
  // German
  /\babwesenheitsnotiz\b/,
  /\bautomatische antwort\b/,
  // French
  /réponse automatique/,
  /\babsence du bureau\b/,
  // Spanish, Italian, Portuguese, Dutch
  /respuesta automática/,
  /\brisposta automatica\b/,
  /resposta automática/,
  /\bautomatisch antwoord\b/,
];

/**
 * Said at the start of a body. Stricter than the subject: a mentor who writes "I am out of
 * office this week, but yes" has replied; an auto-responder announces itself first.
 */
const FIRST_LINE_MARKERS = [
  /^(?:this is an )?(?:automatic|auto(?:mated)?)[- ]?(?:reply|response)\b/,
  /^autoreply\b/,
  /^abwesenheitsnotiz\b/,
  /^(?:dies ist eine )?automatische antwort\b/,
  /^(?:ceci est une )?réponse automatique/,
  /^(?:esta es una )?respuesta automática/,
];

/**
 * Whether a message is an automatic reply: its subject ("Automatic reply: ...", "Out of Office:
 * ...", "Abwesenheitsnotiz: ...", "Réponse automatique : ...", "Respuesta automática: ...",
 * "AW: Automatische Antwort") or its first body line says so.
 */
export function isAutomaticReply(subject: string | null | undefined, firstLine?: string | null): boolean {
  const fold = (s: string | null | undefined) => (s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const subjectText = fold(subject);
  const line = fold(firstLine);
  return SUBJECT_MARKERS.some((m) => m.test(subjectText)) || FIRST_LINE_MARKERS.some((m) => m.test(line));
}
