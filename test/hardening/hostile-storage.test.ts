import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PipCourseOutline } from '../../src/components/course-outline/course-outline.js';
import type { PipRiskChecklist } from '../../src/components/risk-checklist/risk-checklist.js';
import { shadow, waitForStatus } from '../helpers.js';

interface SandboxReport {
  storage: string;
  status: string;
  level: string;
  checked: boolean;
  changes: { checklistId: string; score: number; level: string; checked: string[] }[];
  errors: string[];
}

describe('hostile storage', () => {
  it('works in a sandboxed frame, where touching localStorage throws', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    const report = new Promise<SandboxReport>((resolve) =>
      window.addEventListener('message', (event) => event.source === frame.contentWindow && resolve(event.data)),
    );
    frame.src = '/test/fixtures/sandboxed.html';
    document.body.append(frame);
    try {
      const result = await report;
      expect(result.storage).to.equal('throws SecurityError');
      expect(result).to.deep.include({ status: 'ready', level: 'High', checked: true, errors: [] });
      expect(result.changes).to.deep.equal([{ checklistId: 'sandboxed', score: 60, level: 'High', checked: ['a'] }]);
    } finally {
      frame.remove();
    }
  });

  it('keeps course progress in memory when setItem throws QuotaExceededError, touching no other key', async () => {
    localStorage.setItem('not-ours', 'untouched');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const outline = await fixture<PipCourseOutline>(html`<pip-course-outline track-progress></pip-course-outline>`);
      outline.bundle = {
        version: 1,
        course: { id: `quota-${Date.now()}`, title: 'Quota', sections: [{ id: 's', title: 'S', lessons: [{ id: 'l', title: 'L' }] }] },
      };
      await waitForStatus(outline, 'ready');
      shadow(outline).querySelector<HTMLInputElement>('[part="done"]')!.click();
      await outline.updateComplete;
      expect(shadow(outline).querySelector('#progress-label')!.textContent).to.equal('1 of 1 lesson done');
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(localStorage.getItem('not-ours')).to.equal('untouched');
    localStorage.removeItem('not-ours');
  });

  for (const [name, stored] of [
    ['corrupt', '{"version":1,"ids":['],
    ['from another version', '{"version":2,"ids":["a"]}'],
    ['of the wrong shape', '{"version":1,"ids":"a"}'],
    ['holding ids of other types', '{"version":1,"ids":[1,null,{"a":1},"b"]}'],
  ]) {
    it(`ignores a stored value ${name}`, async () => {
      const id = `stored-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      localStorage.setItem(`pip-widgets:checklist:${id}`, stored);
      const checklist = await fixture<PipRiskChecklist>(html`<pip-risk-checklist></pip-risk-checklist>`);
      checklist.bundle = {
        version: 1,
        checklist: { id, title: 'T', items: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] },
      };
      await waitForStatus(checklist, 'ready');
      const checked = [...shadow(checklist).querySelectorAll<HTMLInputElement>('.item input')].map((input) => input.checked);
      // Only a well-formed version 1 list counts, and only its string ids.
      expect(checked).to.deep.equal(name === 'holding ids of other types' ? [false, true] : [false, false]);
      localStorage.removeItem(`pip-widgets:checklist:${id}`);
    });
  }
});
