/**
 * Hostile 18k (the 18j answers' regressions): a phase length in the record's own description was refused in common
 * wordings (H18k-1) and "half an hour" was 60 minutes (H18k-4); "per guided session" was a ratio (H18k-3); evidence
 * hedges said of knowledge, follow-up, reports or experience were refused and "St."/"Dr." ended a sentence (H18k-5),
 * while "suggested", "early dropouts", "mixed groups", "Thin mats" were taken (H18k-6); "Two groups of eight" was a group
 * of 2 (H18k-8); "the last 30 minutes" was a length (H18k-9).
 */
import { describe, expect, it } from 'vitest';
import { phaseLengthOf, practicalRuleOf as rule, scopedOf as scoped } from './seeded-writes.js';

const LENGTH = ['duration_min_minutes', 'duration_max_minutes'];
const BOTH = ['practical_rules.4.value_min', 'practical_rules.4.value_max'];

describe("a length in the record's own description is taken in any wording (H18k-1)", () => {
  it.each([
    ['dosing-experience', 'The dosing session is 2-3 hours long.', 120, 180],
    ['dosing-experience', 'Each dosing session is about 3 hours.', 180, 180],
    ['dosing-experience', 'Dosing sessions: 2-3 hours.', 120, 180],
    ['dosing-experience', 'Duration: 2-3 hours.', 120, 180],
    ['dosing-experience', 'The session lasts about 3 hours from arrival to discharge.', 180, 180],
    ['dosing-experience', 'Each session lasts 3 hours from start to finish.', 180, 180],
    ['dosing-experience', 'Each session lasts 3 hours of music, rest and sharing.', 180, 180],
    ['dosing-experience', 'Including the rest period after the effects fade, the session lasts 3 hours.', 180, 180],
    ['dosing-experience', 'Dosing sessions have a duration of 3 hours.', 180, 180],
    ['dosing-experience', 'Dosing sessions take about three hours.', 180, 180],
    ['dosing-experience', 'The session lasts two and a half hours.', 150, 150],
    ['post-session-integration', 'The integration group meets weekly for 90 minutes.', 90, 90],
    ['post-session-integration', 'Integration circles are 90 minutes.', 90, 90],
    ['post-session-integration', 'Each integration session takes 60 minutes.', 60, 60],
    ['post-session-integration', 'Integration sessions are held weekly, 90 minutes each.', 90, 90],
    ['post-session-integration', 'Integration: 90 minutes per session.', 90, 90],
    ['post-session-integration', 'After the effects fade, the integration circle runs for 90 minutes.', 90, 90],
    ['post-session-integration', 'Integration circles (90 minutes) follow each dosing session.', 90, 90],
    ['post-session-integration', 'Integration sessions last 60 minutes after each dosing session.', 60, 60],
    ['ongoing-integration-support', 'Integration group meetings last 60 minutes of the evening.', 60, 60],
    ['ongoing-integration-support', 'Check-in calls last half an hour.', 30, 30],
    ['pre-session-preparation', 'Preparation takes about 90 minutes.', 90, 90],
  ])('%s with %j takes %i-%i', (id, description, min, max) => {
    expect(phaseLengthOf(id, min, max, description)).toEqual([]);
  });
  it.each([
    ['dosing-experience', 'The session lasts 3 hours, and the active phase 45-90 minutes.', 45, 90],
    ['dosing-experience', 'Sessions last 3 hours (the active phase lasts 45-90 minutes).', 45, 90],
    ['dosing-experience', 'The session lasts 2 hours, with effects peaking at 45 minutes.', 45, 45],
    ['dosing-experience', 'Dosing runs 2 hours; arrive 30 minutes early.', 30, 30],
    ['dosing-experience', 'The session lasts 1 hour, 30 minutes of which is rest.', 90, 90],
    ['dosing-experience', 'The last 30 minutes are for quiet rest.', 30, 30],
    ['dosing-experience', 'In the last 30 minutes participants rest.', 30, 30],
    ['dosing-experience', 'The session lasts half an hour.', 60, 60],
    ['dosing-experience', 'The session lasts two and a half hours.', 120, 120],
    ['post-session-integration', 'Integration circles run for half an hour.', 60, 60],
    ['post-session-integration', 'Integration lasts 90 minutes with a break every 15 minutes.', 15, 15],
    ['post-session-integration', 'The clinic is 60 minutes from Calgary.', 60, 60],
    ['post-session-integration', 'Follow-up calls are booked within 60 minutes of the session.', 60, 60],
    ['post-session-integration', 'Participants fast for 3-4 hours before the session.', 180, 240],
    ['dosing-experience', 'Participants are checked at 30 minutes.', 30, 30],
    ['dosing-experience', 'Sessions are held 2 hours apart.', 120, 120],
    ['dosing-experience', 'Ketamine takes effect in 5 minutes.', 5, 5],
  ])('%s with %j does not take %i-%i', (id, description, min, max) => {
    expect(phaseLengthOf(id, min, max, description)).toEqual(LENGTH);
  });
});

describe('a staff word ends its word: "per guided session" is no ratio (H18k-3)', () => {
  it.each([
    'Groups of 4-8 participants per guided session.',
    'Groups of 4-8 participants per guidelines.',
    '4-8 participants per clinician-supervised session.',
    '4-8 people per staffed session.',
    '4-8 people per guide-led circle.',
    '4-8 participants per therapist-led session.',
  ])('%j is a group of 4-8, no ratio', (text) => {
    expect(rule(`KAIR article: ${text}`, 'participants', 4, 8)).toEqual([]);
    expect(rule(`KAIR article: ${text}`, 'participants_per_facilitator', 4, 8)).toEqual(BOTH);
  });
  it('"4 participants per facilitator" stays a ratio', () => {
    expect(rule('KAIR article: 4 participants per facilitator.', 'participants_per_facilitator', 4, 4)).toEqual([]);
  });
});

describe('a count of groups or of people per mat is no group size (H18k-8)', () => {
  it.each([
    ['Two groups of eight participants each.', 2, 2],
    ['One participant per mat, up to 8 participants.', 1, 8],
    ['One group of 8 participants.', 1, 8],
    ['Two participants per mat, groups of eight.', 2, 8],
  ])('%j is not %i-%i participants', (text, min, max) => {
    expect(rule(`KAIR article: ${text}`, 'participants', min, max)).not.toEqual([]);
  });
  it('"Facilitators work in groups of 2 with 8 participants." is no group of 2 (#446)', () => {
    expect(rule('KAIR article: Facilitators work in groups of 2 with 8 participants.', 'participants', 2, 2)).toEqual(
      BOTH,
    );
  });
  it.each([
    ['Two groups of eight participants each.', 8, 8],
    ['One group of 8 participants.', 8, 8],
    ['Small groups of 4-8 receive ketamine together.', 4, 8],
    ['20–40 participants per cohort, 6–9 per process group.', 6, 9],
    ['Facilitators work in groups of 2 with 8 participants.', 8, 8],
  ])('%j is a group of %i', (text, min, max) => {
    expect(rule(`KAIR article: ${text}`, 'participants', min, max)).toEqual([]);
  });
});

describe('evidence hedges said of knowledge, follow-up, reports, experience are taken (H18k-5)', () => {
  it.each([
    ['What we know about group formats is still limited.', 'still limited'],
    ['Our understanding of group KAT remains limited.', 'remains limited'],
    ['Knowledge of long-term outcomes is limited.', 'is limited'],
    ['Long-term follow-up is limited.', 'is limited'],
    ['Published reports remain limited.', 'remain limited'],
    ['Clinical experience with group dosing is still early.', 'still early'],
    ["The data from St. Michael's Hospital are limited.", 'are limited'],
    ["Evidence is, in Dr. Lee's view, limited.", 'limited'],
    ['Results from Tsang et al. are mixed.', 'mixed'],
    ['Results (e.g. remission rates) are mixed.', 'mixed'],
    ['Early data suggested a benefit.', 'suggested'],
    ['Seating is limited, and the evidence is limited.', 'limited'],
  ])('%j: "%s" is taken', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual([]);
  });
});

describe('words that hedge nothing are refused (H18k-6)', () => {
  it.each([
    ['Participants suggested changes to the schedule.', 'suggested'],
    ['The facilitator suggested a break.', 'suggested'],
    ['A single patient was dosed per mat.', 'single patient'],
    ['The trial had early dropouts.', 'early'],
    ['The study used mixed groups of men and women.', 'mixed'],
    ['The study was published early in 2023.', 'early'],
    ['Thin mats are provided for the study sessions.', 'Thin'],
    ['Seating is limited and the evidence is strong.', 'limited'],
    ['Fees are modest; research is growing.', 'modest'],
  ])('%j: "%s" is a 422 naming scope.hedge', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual(['scope.hedge']);
  });
});
