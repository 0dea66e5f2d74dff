import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

const meta: Meta = {
  title: 'Elements/pip-content',
  component: 'pip-content',
};

export default meta;

type Story = StoryObj;

/** No source: the element falls back to the built-in default content and shares it with all three widgets. */
export const DefaultContent: Story = {
  name: 'Default content',
  render: () => html`
    <pip-content>
      <pip-qa-feed></pip-qa-feed>
      <pip-course-outline></pip-course-outline>
      <pip-risk-checklist></pip-risk-checklist>
    </pip-content>
  `,
};

/**
 * The bundle sits in the page, in a `<script type="application/json">` child. Inside such a
 * script, write `<` as `\u003c`, or a `</script>` in the text would end the element early.
 */
export const InlineBundle: Story = {
  name: 'Inline bundle',
  render: () => html`
    <pip-content>
      <script type="application/json">
        {
          "version": 1,
          "topic": { "id": "first-week", "title": "My first week on a plan" },
          "questions": [
            {
              "id": "what-to-ask-first",
              "title": "What should I ask in the first meeting?",
              "body": "My manager just handed me a 60-day plan. What do I ask before I sign anything?",
              "tags": ["pip", "first-meeting"],
              "answers": [
                {
                  "id": "ask-for-measures",
                  "body": "Ask how each goal will be **measured**, and who decides whether it was met."
                }
              ]
            }
          ],
          "course": {
            "id": "plan-basics",
            "title": "Plan basics",
            "sections": [
              {
                "id": "reading-the-plan",
                "title": "Reading the plan",
                "lessons": [
                  { "id": "goals-and-dates", "title": "Goals, dates and check-ins", "kind": "article", "minutes": 5 }
                ]
              }
            ]
          },
          "checklist": {
            "id": "quick-check",
            "title": "Quick check",
            "items": [
              { "id": "vague-goals", "text": "The goals in my plan have no clear measure.", "weight": 3 },
              { "id": "no-check-ins", "text": "No regular check-ins are scheduled.", "weight": 2 }
            ]
          }
        }
      </script>
      <pip-qa-feed></pip-qa-feed>
      <pip-course-outline></pip-course-outline>
      <pip-risk-checklist></pip-risk-checklist>
    </pip-content>
  `,
};

/** The bundle URL answers 404: the error shows once, in `<pip-content>`, and `pip-error` fires. */
// Not named `Error`: that would shadow the global in this module.
export const LoadError: Story = {
  name: 'Error',
  render: () => html`
    <pip-content src="does-not-exist.json">
      <pip-qa-feed></pip-qa-feed>
    </pip-content>
  `,
};
