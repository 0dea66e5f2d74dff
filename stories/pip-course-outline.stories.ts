import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { ContentBundleInput } from '../src/content/schema.js';

interface OutlineArgs {
  current: string;
  'track-progress': boolean;
  'heading-level': number;
}

const meta: Meta<OutlineArgs> = {
  title: 'Elements/pip-course-outline',
  component: 'pip-course-outline',
  args: { current: '', 'track-progress': false, 'heading-level': 2 },
  argTypes: { 'heading-level': { control: { type: 'number', min: 1, max: 6 } } },
  render: (args) => html`<pip-course-outline
    current=${args.current}
    ?track-progress=${args['track-progress']}
    heading-level=${args['heading-level']}
  ></pip-course-outline>`,
};

export default meta;
type Story = StoryObj<OutlineArgs>;

/** The built-in course: six sections, their lessons, and the instructor. */
export const Default: Story = {};

/** The reader is on a lesson: it is marked, and its section is open. */
export const CurrentLesson: Story = { name: 'Current lesson', args: { current: 'weekly-check-ins' } };

/** Each lesson gets a "done" checkbox; progress stays on this device, per course, across reloads. */
export const ProgressTracking: Story = { name: 'Progress tracking', args: { 'track-progress': true } };

const oneSection: ContentBundleInput = {
  version: 1,
  course: {
    id: 'first-week-on-a-plan',
    title: 'Your first week on a plan',
    summary: 'Three short steps for the days right after a plan is handed over.',
    instructor: { name: 'Sam Rivera', bio: 'Career coach for people in tech.' },
    sections: [
      {
        id: 'first-week',
        title: 'The first week',
        lessons: [
          { id: 'read-it-twice', title: 'Read the plan twice', kind: 'article', minutes: 5, preview: true },
          { id: 'ask-for-measures', title: 'Ask how each goal is measured', kind: 'video', minutes: 8 },
          { id: 'book-check-ins', title: 'Book your weekly check-ins', kind: 'exercise', minutes: 4 },
        ],
      },
    ],
  },
};

export const OneSection: Story = {
  name: 'One section',
  render: () => html`<pip-course-outline .bundle=${oneSection}></pip-course-outline>`,
};

export const LoadError: Story = {
  name: 'Error',
  render: () => html`<pip-course-outline src="does-not-exist.json"></pip-course-outline>`,
};
