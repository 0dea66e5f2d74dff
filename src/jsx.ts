/**
 * JSX typings for React 19: `import type {} from 'pip-widgets/react';` once in a React project
 * makes `<pip-qa-feed>` and the other elements type-check in TSX.
 *
 * Types only: there is nothing here to run, and the elements are registered by importing
 * `pip-widgets` itself. Kept out of the main entry so that projects without React never meet
 * the `react` module.
 *
 * What React 19 does with a custom element's props (react-dom's `setPropOnCustomElement`):
 * - `on` followed by an exact event name and a function adds a listener for that name, case and
 *   dashes kept (`onpip-search` listens to `pip-search`); a `Capture` suffix listens in the
 *   capture phase.
 * - Any other name the element has as a property (`name in element`) is set as the property,
 *   so objects such as `bundle` arrive intact, provided the element is defined before React
 *   renders it.
 * - Everything else becomes an attribute: `true` as an empty attribute, `false` removes it.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PipContent } from './components/content/content.js';
import type { PipCourseOutline } from './components/course-outline/course-outline.js';
import type { PipQaFeed } from './components/qa-feed/qa-feed.js';
import type { PipRiskChecklist } from './components/risk-checklist/risk-checklist.js';
import type { PipEventMap, PipEventName } from './events.js';
import type { PipElement } from './internal/pip-element.js';

/** Listener props for the given events, typed from the one map of events (src/events.ts). */
export type PipEventProps<Names extends PipEventName> = {
  [Name in Names as `on${Name}` | `on${Name}Capture`]?: (event: CustomEvent<PipEventMap[Name]>) => void;
};

/** `ref`, `key`, `children` and the standard HTML attributes, with refs typed to the element class. */
type ElementProps<Element extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<Element>, Element>;

/** What every element shares: its content source, its theme and the two events that report loading. */
type SharedProps = Partial<Pick<PipElement, 'bundle' | 'src' | 'timeout' | 'theme' | 'strings'>> & PipEventProps<'pip-load' | 'pip-error'>;

export type PipContentProps = ElementProps<PipContent> & SharedProps;

export type PipQaFeedProps = ElementProps<PipQaFeed> &
  SharedProps &
  Partial<Pick<PipQaFeed, 'query' | 'sort' | 'pageSize' | 'headingLevel' | 'hideHeader' | 'structuredData' | 'tagFilter'>> &
  PipEventProps<'pip-search' | 'pip-question-toggle'> & {
    // Attribute spellings, for markup copied from HTML; the camelCase properties above are the same settings.
    'page-size'?: number | string;
    'heading-level'?: number | string;
    'hide-header'?: boolean;
    'structured-data'?: boolean;
  };

export type PipCourseOutlineProps = ElementProps<PipCourseOutline> &
  SharedProps &
  Partial<Pick<PipCourseOutline, 'current' | 'trackProgress' | 'headingLevel' | 'structuredData'>> &
  PipEventProps<'pip-lesson-select' | 'pip-progress'> & {
    'track-progress'?: boolean;
    'heading-level'?: number | string;
    'structured-data'?: boolean;
  };

export type PipRiskChecklistProps = ElementProps<PipRiskChecklist> &
  SharedProps &
  Partial<Pick<PipRiskChecklist, 'headingLevel'>> &
  PipEventProps<'pip-risk-change'> & {
    'heading-level'?: number | string;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'pip-content': PipContentProps;
      'pip-qa-feed': PipQaFeedProps;
      'pip-course-outline': PipCourseOutlineProps;
      'pip-risk-checklist': PipRiskChecklistProps;
    }
  }
}
