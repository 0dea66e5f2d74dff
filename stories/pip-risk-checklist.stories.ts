import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import defaultBundle from '../src/content/default-bundle.json';
import type { ContentBundleInput } from '../src/content/schema.js';

const meta: Meta = {
  title: 'Elements/pip-risk-checklist',
  component: 'pip-risk-checklist',
};

export default meta;
type Story = StoryObj;

/**
 * The checklist keeps answers in localStorage under `pip-widgets:checklist:<id>`; a story starts
 * from given answers by writing them there, under a checklist id of its own.
 */
function withAnswers(id: string, ticked: string[]): ContentBundleInput {
  localStorage.setItem(`pip-widgets:checklist:${id}`, JSON.stringify({ version: 1, ids: ticked }));
  return { version: 1, checklist: { ...defaultBundle.checklist, id } };
}

/** The built-in checklist, nothing ticked: Low. */
export const Default: Story = {
  render: () => html`<pip-risk-checklist></pip-risk-checklist>`,
};

export const PartlyAnswered: Story = {
  name: 'Partly answered',
  render: () =>
    html`<pip-risk-checklist .bundle=${withAnswers('story-partly', ['vague-feedback', 'new-manager', 'solo-project'])}></pip-risk-checklist>`,
};

export const HighRisk: Story = {
  name: 'High risk',
  render: () =>
    html`<pip-risk-checklist
      .bundle=${withAnswers('story-high', [
        'two-low-ratings',
        'ranked-near-bottom',
        'manager-written-summaries',
        'tasks-reassigned',
        'hr-in-conversation',
        'informal-plan',
        'one-on-ones-changed',
      ])}
    ></pip-risk-checklist>`,
};

const customLevels: ContentBundleInput = {
  version: 1,
  checklist: {
    id: 'story-custom-levels',
    title: 'Is my project at risk?',
    intro: 'Two levels only, set by the bundle.',
    items: [
      { id: 'no-owner', text: 'Nobody owns the launch date', weight: 3, advice: 'Ask who decides, in writing.' },
      { id: 'scope-grew', text: 'The scope grew twice this month', weight: 2 },
      { id: 'no-demo', text: 'We have not shown a demo in six weeks', weight: 4 },
    ],
    levels: [
      { min: 0, label: 'On track', advice: 'Keep the weekly demo.' },
      { min: 50, label: 'Slipping', advice: 'Raise it **this week**, with dates.' },
    ],
  },
};

export const CustomLevels: Story = {
  name: 'Custom levels',
  render: () => html`<pip-risk-checklist .bundle=${customLevels}></pip-risk-checklist>`,
};

export const LoadError: Story = {
  name: 'Error',
  render: () => html`<pip-risk-checklist src="does-not-exist.json"></pip-risk-checklist>`,
};
