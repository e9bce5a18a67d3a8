import { describe, expect, it } from 'vitest';
import { chipFigures, panelStatus, type PageReport } from '@/lib/messaging/payloads';
import type { SidebarView, MentorCardView } from '@/lib/views/sidebar';
import type { DueItem } from '@/lib/schedule';

const people = [
  { name: 'Elena Ruiz', email: 'eruiz@university.example.edu' },
  { name: 'Maya Patel', email: 'mpatel@med.example.edu' },
];
const due = (severity: DueItem['severity']) => ({ severity }) as DueItem;
const card = (emails: string[], items: DueItem[]) => ({ mentor: { emails }, due: items }) as unknown as MentorCardView;
const view = (cards: MentorCardView[]): SidebarView => ({ cards, unknown: [], templates: [] });
const report = (over: Partial<PageReport> = {}): PageReport => ({
  provider: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox', thread: null, people, composeCount: 0, readable: true, dark: false, ...over,
});

describe('chipFigures: all the page is told', () => {
  it('points at the page\'s own person for the first tracked mentor and counts what is due now', () => {
    expect(chipFigures(view([card(['MPatel@med.example.edu'], [due('due'), due('overdue'), due('upcoming')])]), people)).toEqual({ personIndex: 1, dueCount: 2 });
  });
  it('says nothing when no one on screen is tracked', () => {
    expect(chipFigures(view([]), people)).toEqual({ personIndex: -1, dueCount: 0 });
  });
});

describe('panelStatus', () => {
  it('is "none" before the tab reported (not a webmail tab)', () => {
    expect(panelStatus(undefined, undefined)).toEqual({ kind: 'none' });
  });
  it('tells an empty readable view from one it cannot read', () => {
    expect(panelStatus(report({ people: [] }), undefined)).toEqual({ kind: 'idle' });
    expect(panelStatus(report({ people: [], readable: false }), undefined)).toEqual({ kind: 'unreadable' });
  });
  it('shows the view when people are on screen', () => {
    const v = view([]);
    expect(panelStatus(report(), v)).toEqual({ kind: 'ready', view: v });
  });
});
