import { describe, expect, it } from 'vitest';
import { isAutomaticReply } from '../../../lib/mail/auto-reply';

describe('isAutomaticReply', () => {
  it.each([
    'Automatic reply: Letter of recommendation for EM residency',
    'AUTOMATIC REPLY: Letter',
    'Auto-Reply: Letter',
    'Autoreply: Letter',
    'Auto Response: Letter',
    'Out of Office: Letter',
    'Out of the office until 1 December',
    'Abwesenheitsnotiz: Empfehlungsschreiben',
    'AW: Automatische Antwort: Empfehlungsschreiben',
    'Réponse automatique : Lettre de recommandation',
    'Respuesta automática: Carta de recomendación',
    'Risposta automatica: Lettera',
  ])('knows the subject %j', (subject) => {
    expect(isAutomaticReply(subject, '')).toBe(true);
  });

  it.each([
    'This is an automatic reply. I am away until December 1.',
    'Automatic reply: I am on leave.',
    'Autoreply - limited access to email',
    'Dies ist eine automatische Antwort. Ich bin bis 1. Dezember abwesend.',
    'Ceci est une réponse automatique.',
    'Esta es una respuesta automática.',
  ])('knows the first line %j', (line) => {
    expect(isAutomaticReply('Re: Letter of recommendation', line)).toBe(true);
  });

  it.each([
    ['Re: Letter of recommendation', 'I am out of office this week, but yes, I will write it.'],
    ['Re: Out-patient clinic schedule', 'Jordan, see you Monday.'],
    ['Re: Your auto replies are on', 'Jordan, thanks, I turned them off.'],
    ['Letter', ''],
    ['', undefined],
  ])('leaves a person writing back alone: %j', (subject, line) => {
    expect(isAutomaticReply(subject, line)).toBe(false);
  });
});
