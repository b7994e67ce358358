/**
 * Hostile 18j (the statement and session-phase write rules): a participants-per-facilitator ratio, or the staff count,
 * was taken as a group size (H18j-5, H18j-9) and number words were no figures (H18j-6); a phase length was taken from
 * any time figure (H18j-7) and truthful lengths were refused (H18j-8); "limited", "modest", "still early" qualified
 * seating and fees (H18j-13), and evidence hedges were refused (H18j-12).
 */
import { describe, expect, it } from 'vitest';
import {
  type Doc,
  KAIR,
  phaseLengthOf,
  refusedOf,
  practicalRuleOf as rule,
  scopedOf as scoped,
} from './seeded-writes.js';

const BOTH = ['practical_rules.4.value_min', 'practical_rules.4.value_max'];

describe('a ratio is participants per facilitator, never a group size (H18j-5, H18j-9)', () => {
  it.each([
    ['4 participants per facilitator', 4, 4],
    ['3-4 participants per facilitator', 3, 4],
    ['6 participants per therapist', 6, 6],
    ['4 people per facilitator', 4, 4],
    ['4 participants to each facilitator', 4, 4],
    ['4 participants for every facilitator', 4, 4],
    ['1 facilitator: 4 participants.', 4, 4],
    ['1 facilitator:4 participants', 4, 4],
    ['1 facilitator/4 participants', 4, 4],
    ['1 facilitator / 4 participants', 4, 4],
    ['A ratio of one facilitator to every 4 participants', 4, 4],
    ['Groups of 8 with 2 facilitators (4 participants per facilitator).', 4, 4],
  ])('%j is %i-%i per facilitator, not a group', (text, min, max) => {
    expect(rule(text, 'participants', min, max)).toEqual(BOTH);
    expect(rule(text, 'participants_per_facilitator', min, max)).toEqual([]);
  });
  it.each([
    ['Each group has 2 facilitators and 8 participants.', 2],
    ['Groups of 8 with 2 facilitators (4 participants per facilitator).', 2],
  ])('%j: the staff count %i is no participants', (text, n) => {
    expect(rule(text, 'participants', n, n)).toEqual(BOTH);
    expect(rule(text, 'participants_per_facilitator', n, n)).toEqual(BOTH);
  });
  it.each([
    ['Groups of 8 with 2 facilitators (4 participants per facilitator).', 8, 8],
    ['Small groups of 4 to 8.', 4, 8],
  ])('%j: "groups of" with no unit word after is a group of %i-%i', (text, min, max) => {
    expect(rule(text, 'participants', min, max)).toEqual([]);
    expect(rule('Groups of 8 weeks.', 'participants', 8, 8)).toEqual(BOTH);
  });
  it('"Each group has 2 facilitators and 8 participants." is a group of 8', () => {
    expect(rule('Each group has 2 facilitators and 8 participants.', 'participants', 8, 8)).toEqual([]);
  });
  it.each([
    ['A 1:4 facilitator-to-participant ratio.', 4, 4],
    ['1:4 facilitator ratio', 4, 4],
  ])('%j stays a ratio', (text, min, max) => {
    expect(rule(text, 'participants_per_facilitator', min, max)).toEqual([]);
  });
});

describe('number words are figures of ratios and groups (H18j-6)', () => {
  it.each([
    'One facilitator per four participants.',
    'one facilitator to four participants',
    'One facilitator to four.',
    'one facilitator for every four participants',
    'four participants per facilitator',
  ])('%j is 4 per facilitator', (text) => {
    expect(rule(text, 'participants_per_facilitator', 4, 4)).toEqual([]);
    expect(rule(text, 'participants', 4, 4)).toEqual(BOTH);
  });
  it('"Small groups of four to eight participants." is a group of 4-8, no ratio', () => {
    expect(rule('Small groups of four to eight participants.', 'participants', 4, 8)).toEqual([]);
    expect(rule('Small groups of four to eight participants.', 'participants_per_facilitator', 4, 8)).toEqual(BOTH);
  });
});

describe('a phase length is a figure written as the length of this phase (H18j-7)', () => {
  const LENGTH = ['duration_min_minutes', 'duration_max_minutes'];
  it.each([
    ['post-session-integration', 'The clinic is 60 minutes from Calgary.', 60],
    ['post-session-integration', 'Arrive 60 minutes early.', 60],
    ['post-session-integration', 'Follow-up calls are booked within 60 minutes of the session.', 60],
    ['dosing-experience', 'Sessions last 1 h 30 min.', 30],
    ['dosing-experience', 'Sessions last 1 h 30 min.', 60],
  ])('%s with %j does not take %i', (id, description, minutes) => {
    expect(phaseLengthOf(id, minutes, minutes, description)).toEqual(LENGTH);
  });
  it("the dosing phase's seeded 45-90 minutes is the active phase's, no length of it (audit 18 A18-2)", () => {
    expect(phaseLengthOf('dosing-experience', 45, 90)).toEqual(LENGTH);
  });
  it.each([
    'Participants attended 30-minute group therapy sessions weekly.',
    'A case report describes 30-minute group therapy sessions.',
    '30-minute group therapy sessions were offered in one case report.',
  ])('an excerpt that does not name the integration phase (%j) gives it no length', (excerpt) => {
    const refused = refusedOf('session_phases', 'post-session-integration', (r) => {
      (r.citations as Doc[]).push({ source_id: KAIR, excerpt, section: 'What the research says' });
      r.duration_min_minutes = 30;
      r.duration_max_minutes = 30;
    });
    expect(refused).toEqual(LENGTH);
  });
  it('an excerpt that names it does ("Integration circles run 90 minutes.")', () => {
    const refused = refusedOf('session_phases', 'post-session-integration', (r) => {
      (r.citations as Doc[]).push({ source_id: KAIR, excerpt: 'Integration circles run 90 minutes.', section: 'X' });
      r.duration_min_minutes = 90;
      r.duration_max_minutes = 90;
    });
    expect(refused).toEqual([]);
  });
  it.each([
    ['post-session-integration', 'Integration circles run 90 minutes.', 90, 90],
    ['post-session-integration', 'The group meets for 90-minute integration circles.', 90, 90],
    ['post-session-integration', 'Integration sessions last 60 minutes; do not drive for 24 hours.', 60, 60],
    ['dosing-experience', 'Dosing sessions last 2–3 hours in total.', 120, 180],
    ['dosing-experience', 'Sessions of 90 minutes.', 90, 90],
    ['dosing-experience', 'Sessions last 1 h 30 min.', 90, 90],
  ])('%s with %j takes %i-%i', (id, description, min, max) => {
    expect(phaseLengthOf(id, min, max, description)).toEqual([]);
  });
});

describe('truthful lengths in words, halves and "between … and" are taken (H18j-8)', () => {
  it.each([
    ['The dosing session lasts about three hours.', 180, 180],
    ['The session lasts two hours.', 120, 120],
    ['Sessions last 2½ hours.', 150, 150],
    ['Sessions last 2h.', 120, 120],
    ['Sessions last between 2 and 3 hours.', 120, 180],
    ['Sessions last 2 or 3 hours.', 120, 180],
    ['The session lasts an hour and a half.', 90, 90],
  ])('%j is %i-%i minutes', (description, min, max) => {
    expect(phaseLengthOf('dosing-experience', min, max, description)).toEqual([]);
  });
  it('"Sessions last two hours." is not 2 minutes', () => {
    expect(phaseLengthOf('dosing-experience', 2, 2, 'Sessions last two hours.')).toEqual([
      'duration_min_minutes',
      'duration_max_minutes',
    ]);
  });
});

describe('"limited", "modest", "early" qualify only what is said of the evidence (H18j-13)', () => {
  it.each([
    ['Seating is limited.', 'limited'],
    ['Seating is limited.', 'is limited'],
    ['Parking is very limited.', 'very limited'],
    ['Spots are limited; book early.', 'limited'],
    ['The fee is modest.', 'modest'],
    ['The program is still limited to Alberta.', 'still limited'],
    ['Availability remains limited.', 'remains limited'],
    ['The program is still early in its rollout.', 'still early'],
  ])('%j: "%s" is a 422 naming scope.hedge', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual(['scope.hedge']);
  });
});

describe('evidence hedges are taken (H18j-12)', () => {
  it.each([
    ['A small open-label study found improvement.', 'small open-label study'],
    ['A small, open-label study found improvement.', 'small, open-label study'],
    ['Research on group KAT is in its early stages.', 'early stages'],
    ['Research on group KAT is in its early stages.', 'in its early stages'],
    ['The evidence base is thin.', 'thin'],
    ['Evidence for group formats is still thin.', 'still thin'],
    ['The evidence is mixed.', 'mixed'],
    ['Evidence is inconclusive.', 'inconclusive'],
    ['Larger trials are needed.', 'Larger trials are needed'],
    ['More research is needed.', 'More research is needed'],
    ['Data are limited to case reports.', 'limited to case reports'],
    ['Findings come from a single case report.', 'single case report'],
    ['A pilot study of 12 veterans suggested benefit.', 'suggested'],
    ['results are modest', 'modest'],
  ])('%j: "%s" is taken', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual([]);
  });
});
