import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { ContentBundleInput } from '../src/content/schema.js';

interface FeedArgs {
  query: string;
  sort: 'relevance' | 'newest' | 'likes';
  'page-size': number;
  'heading-level': number;
  'hide-header': boolean;
}

const meta: Meta<FeedArgs> = {
  title: 'Elements/pip-qa-feed',
  component: 'pip-qa-feed',
  args: { query: '', sort: 'relevance', 'page-size': 20, 'heading-level': 2, 'hide-header': false },
  argTypes: {
    sort: { control: 'inline-radio', options: ['relevance', 'newest', 'likes'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => html`<pip-qa-feed
    query=${args.query}
    sort=${args.sort}
    page-size=${args['page-size']}
    heading-level=${args['heading-level']}
    ?hide-header=${args['hide-header']}
  ></pip-qa-feed>`,
};

export default meta;
type Story = StoryObj<FeedArgs>;

/** The built-in content: 24 questions about performance improvement plans. */
export const Default: Story = {};

const SUBJECTS = ['my manager', 'the plan', 'HR', 'my review', 'the goals', 'my team lead', 'the deadline', 'severance'];
const VERBS = ['changed', 'surprised me', 'keeps moving', 'is vague about', 'asked about', 'ignored', 'rewrote', 'doubled'];

/** Five hundred generated questions: paging keeps the first render short; search stays instant. */
function longBundle(count: number): ContentBundleInput {
  return {
    version: 1,
    topic: { id: 'long-feed', title: 'A long feed', about: `${count} generated questions.` },
    questions: Array.from({ length: count }, (_, i) => ({
      id: `generated-${i}`,
      title: `Question ${i + 1}: ${SUBJECTS[i % SUBJECTS.length]} ${VERBS[(i * 7) % VERBS.length]} the plan`,
      body: `This is generated question ${i + 1}.\n\n- First point about ${SUBJECTS[(i * 3) % SUBJECTS.length]}\n- Second point`,
      tags: [['pip', 'hr', 'severance', 'visa'][i % 4]],
      createdAt: `2026-0${(i % 9) + 1}-1${i % 10}`,
      likes: (i * 37) % 200,
    })),
  };
}

export const LongFeed: Story = {
  name: 'Long feed',
  render: (args) => html`<pip-qa-feed .bundle=${longBundle(500)} page-size=${args['page-size']}></pip-qa-feed>`,
};

/** A query set by the host, as from `?q=` in the page URL; "severence" is misspelled on purpose. */
export const Searching: Story = { args: { query: 'severence' } };

export const NoResults: Story = { name: 'No results', args: { query: 'xylophone quartz' } };

export const LoadError: Story = {
  name: 'Error',
  render: () => html`<pip-qa-feed src="does-not-exist.json"></pip-qa-feed>`,
};

/** Themed from outside with `--pip-*` custom properties and `::part()`, never by reaching inside. */
export const CustomTheme: Story = {
  name: 'Custom theme',
  render: () => html`
    <style>
      .themed {
        --pip-font-family: Georgia, serif;
        --pip-color-accent: #7c2d12;
        --pip-color-link: #9a3412;
        --pip-color-border: #fdba74;
        --pip-color-surface: #fff7ed;
        --pip-color-highlight: #fed7aa;
        --pip-radius: 2px;
        --pip-focus-ring-color: #c2410c;
      }
      .themed::part(question-title) {
        letter-spacing: 0.01em;
      }
    </style>
    <pip-qa-feed class="themed"></pip-qa-feed>
  `,
};
