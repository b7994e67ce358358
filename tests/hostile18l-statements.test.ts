/**
 * Hostile 18l (the 18k answers' regressions): "limited" of the evidence was refused after a citation bracket, with a
 * comma phrase before the verb or a lead-in before the subject (H18l-1); a phase's own length was refused after "from
 * <event>", in "3-hour blocks", or with "effects" in a comma phrase (H18l-2); "forty-five minutes" was 5 (H18l-3);
 * "suggested a dose", "mixed with saline", "early in the morning" were taken as hedges (H18l-4).
 */
import { describe, expect, it } from 'vitest';
import { phaseLengthOf, scopedOf as scoped } from './seeded-writes.js';

const LENGTH = ['duration_min_minutes', 'duration_max_minutes'];

describe('"limited" of the evidence in study-report wordings is a hedge (H18l-1)', () => {
  it.each([
    'The data are limited (Smith et al., 2022).',
    'The data are limited (Smith, 2022).',
    'Research is limited (Tsang et al., 2023; Lee et al., 2024).',
    'Evidence for group KAT is limited [3].',
    'The study was limited by its small sample.',
    'The evidence, according to Dr. Smith, is limited.',
    'The evidence, per the authors, is limited.',
    'Evidence, however, is limited.',
    'The evidence base, though growing, is limited.',
    'According to Dr. Smith, the evidence is limited.',
    'Smith et al. found the data are limited.',
    'The authors concluded that the evidence is limited.',
    'The data are limited.',
  ])('%j takes "limited"', (excerpt) => {
    expect(scoped(excerpt, 'hedge', 'limited')).toEqual([]);
  });
  it.each([
    ['Seating is limited (10 spots).', 'limited'],
    ['The fee is modest [1].', 'modest'],
  ])('%j does not take %j', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual(['scope.hedge']);
  });
});

describe('words that are no hedge of the evidence (H18l-4)', () => {
  it.each([
    ['The study suggested a dose of 0.5 mg/kg.', 'suggested'],
    ['Research suggested participants arrive early.', 'suggested'],
    ['The data were mixed with saline.', 'mixed'],
    ['The study was early in the morning.', 'early'],
    ['The study was limited to veterans.', 'limited'],
    ['The sample was limited to adults aged 18-65.', 'limited'],
  ])('%j does not take %j', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual(['scope.hedge']);
  });
  it.each([
    ['Data suggested a benefit.', 'suggested'],
    ['The study suggested that group sessions help.', 'suggested'],
    ['The evidence is mixed.', 'mixed'],
    ['Research is early.', 'early'],
    ['Results are mixed across studies.', 'mixed'],
    ['Results were mixed in the 2023 trial.', 'mixed'],
    ['Data are limited to case reports.', 'limited'],
  ])('%j takes %j', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual([]);
  });
});

describe("a phase's own length after 'from <event>', in 'N-hour blocks', past a comma phrase (H18l-2)", () => {
  it.each([
    ['dosing-experience', 'The session lasts about 3 hours from dosing to discharge.', 180],
    ['dosing-experience', 'Each session lasts 3 hours from intake to discharge.', 180],
    ['dosing-experience', 'Expect the session to last 3 hours from check in to check out.', 180],
    ['dosing-experience', 'The session lasts 3 hours from the moment you arrive.', 180],
    ['dosing-experience', 'Dosing sessions are held in 3-hour blocks.', 180],
    ['dosing-experience', 'Dosing takes place in 3-hour group sessions.', 180],
    ['post-session-integration', 'Integration takes place in 90-minute circles.', 90],
    ['post-session-integration', 'Integration circles of 90 minutes after each dosing session.', 90],
    ['dosing-experience', 'The session, including time for effects to wear off, lasts 3 hours.', 180],
    ['dosing-experience', 'The whole experience, from dosing until effects fade, takes about 3 hours.', 180],
  ])('%s with %j takes %i', (id, description, length) => {
    expect(phaseLengthOf(id, length, length, description)).toEqual([]);
  });
  it.each([
    ['post-session-integration', 'The clinic is 60 minutes from Calgary.', 60],
    ['dosing-experience', 'Effects peak at 20 minutes.', 20],
    ['dosing-experience', 'Participants arrive 45 minutes early.', 45],
    ['dosing-experience', 'Ketamine takes effect in 5 minutes.', 5],
  ])('%s with %j does not take %i', (id, description, length) => {
    expect(phaseLengthOf(id, length, length, description)).toEqual(LENGTH);
  });
});

describe('compound number words are read whole (H18l-3)', () => {
  it.each([
    ['Check-in calls last forty-five minutes.', 45],
    ['Check-in calls last twenty-five minutes.', 25],
    ['Check-in calls last thirty minutes.', 30],
    ['Check-in calls last ninety minutes.', 90],
    ['Half-hour check-in calls are offered.', 30],
    ['Check-in calls last two-and-a-half hours.', 150],
  ])('%j takes %i', (description, length) => {
    expect(phaseLengthOf('ongoing-integration-support', length, length, description)).toEqual([]);
  });
  it.each([
    ['Check-in calls last forty-five minutes.', 5],
    ['Check-in calls last twenty-five minutes.', 5],
    ['Check-in calls last twenty-five minutes.', 20],
    ['Half-hour check-in calls are offered.', 60],
    ['Check-in calls last two-and-a-half hours.', 120],
  ])('%j does not take %i', (description, length) => {
    expect(phaseLengthOf('ongoing-integration-support', length, length, description)).toEqual(LENGTH);
  });
});

describe('what a study lacked qualifies what it found (H18l-8)', () => {
  it.each([
    ['The trial was small (n=20) and uncontrolled.', 'small'],
    ['The trial was small (n=20) and uncontrolled.', 'uncontrolled'],
    ['The trial was not randomized.', 'not randomized'],
    ['Results have not been replicated.', 'not been replicated'],
    ['Limitations include a small sample and no control group.', 'no control group'],
    ['Mixed results were reported.', 'Mixed results'],
    ['The evidence is low quality.', 'low quality'],
    ['Evidence quality is low.', 'low'],
    ['The certainty of the evidence is low.', 'low'],
    ['Group KAT has not been studied in adolescents.', 'not been studied'],
    ['Further research is warranted.', 'Further research is warranted'],
    ['Anecdotally, participants report feeling connected.', 'Anecdotally'],
  ])('%j takes %j', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual([]);
  });
  it.each([
    ['Uncontrolled blood pressure is a contraindication.', 'Uncontrolled'],
    ['Participants with uncontrolled hypertension were excluded from the trial.', 'uncontrolled'],
    ['The room was small and quiet.', 'small'],
    ['Fees are low for veterans.', 'low'],
    ['Mixed groups meet on Fridays.', 'Mixed groups'],
  ])('%j does not take %j', (excerpt, hedge) => {
    expect(scoped(excerpt, 'hedge', hedge)).toEqual(['scope.hedge']);
  });
});
