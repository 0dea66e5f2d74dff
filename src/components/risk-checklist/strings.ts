import type { PluralMessage } from '../../internal/i18n.js';

/** A risk level the checklist falls back on when its bundle defines none. */
export interface DefaultLevel {
  min: number;
  label: string;
  advice: string;
}

/**
 * Every text `<pip-risk-checklist>` shows that does not come from the bundle, including the
 * default levels. Replace any of them through the `strings` property.
 */
export interface RiskChecklistStrings {
  /** The button under a loading error. */
  retry: string;
  privacyNote: string;
  otherCategory: string;
  resultHeading: string;
  scoreLabel: string;
  /** Announced politely when the level changes: `{level}`. */
  levelChanged: string;
  drivers: string;
  ticked: PluralMessage;
  copySummary: string;
  copied: string;
  copyFailed: string;
  summaryLabel: string;
  clearAnswers: string;
  cleared: string;
  /** The summary's first line: `{title}`, `{level}`, `{score}`. */
  summaryTitle: string;
  summaryChecked: string;
  summaryAdvice: string;
  levels: DefaultLevel[];
}

export const defaultStrings: RiskChecklistStrings = {
  retry: 'Try again',
  privacyNote: 'Your answers stay on this device. Nothing you tick is sent anywhere.',
  otherCategory: 'Other signs',
  resultHeading: 'Your result',
  scoreLabel: 'Risk score',
  levelChanged: 'Risk level: {level}',
  drivers: 'What drove this',
  ticked: { one: '{count} sign ticked', other: '{count} signs ticked' },
  copySummary: 'Copy summary',
  copied: 'Summary copied to the clipboard.',
  copyFailed: 'Could not copy. Select the summary below and copy it yourself.',
  summaryLabel: 'Summary',
  clearAnswers: 'Clear my answers',
  cleared: 'Your answers were cleared.',
  summaryTitle: '{title}: {level} ({score})',
  summaryChecked: 'Signs that apply to me:',
  summaryAdvice: 'What to do:',
  levels: [
    {
      min: 0,
      label: 'Low',
      advice: 'Few warning signs so far. Keep your wins written down and ask for feedback early and often.',
    },
    {
      min: 30,
      label: 'Elevated',
      advice:
        'Several signs point the same way. Ask your manager for clear, written expectations and check in on them every week.',
    },
    {
      min: 60,
      label: 'High',
      advice:
        'A plan may be close. Keep a dated record of your work and feedback, learn your options, and consider quiet advice from someone outside your team.',
    },
  ],
};
