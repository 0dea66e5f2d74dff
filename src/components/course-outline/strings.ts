import type { PluralMessage } from '../../internal/i18n.js';

/**
 * Every text `<pip-course-outline>` shows that does not come from the bundle. Replace any of them
 * through the `strings` property; `{name}` placeholders are filled in, plural forms are chosen
 * with Intl.PluralRules for the element's language.
 */
export interface CourseOutlineStrings {
  /** The button under a loading error. */
  retry: string;
  sections: PluralMessage;
  lessons: PluralMessage;
  /** Between the parts of a total: "5 sections · 13 lessons · 2 hr, 5 min". */
  separator: string;
  likes: PluralMessage;
  instructor: string;
  expandAll: string;
  collapseAll: string;
  article: string;
  video: string;
  exercise: string;
  preview: string;
  current: string;
  /** `{done}`, `{total}`. */
  progress: PluralMessage;
  /** `{done}` of `{total}` in one section. */
  sectionProgress: string;
  /** The accessible name of a lesson's checkbox: `{title}`. */
  markDone: string;
  resetProgress: string;
}

export const defaultStrings: CourseOutlineStrings = {
  retry: 'Try again',
  sections: { one: '{count} section', other: '{count} sections' },
  lessons: { one: '{count} lesson', other: '{count} lessons' },
  separator: ' · ',
  likes: { one: '{count} like', other: '{count} likes' },
  instructor: 'Instructor',
  expandAll: 'Expand all sections',
  collapseAll: 'Collapse all sections',
  article: 'Article',
  video: 'Video',
  exercise: 'Exercise',
  preview: 'Preview',
  current: 'You are here',
  progress: { one: '{done} of {total} lesson done', other: '{done} of {total} lessons done' },
  sectionProgress: '{done} of {total} done',
  markDone: 'Done: {title}',
  resetProgress: 'Reset progress',
};
