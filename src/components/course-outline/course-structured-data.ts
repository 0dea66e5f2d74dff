import { richTextToPlain } from '../../content/rich-text.js';
import type { Course } from '../../content/schema.js';
import { safeUrl } from '../../content/url.js';
import { lessonsOf, minutesOf } from './course-data.js';

/** What the outline shows of a course, in schema.org terms; `pageUrl` is the page without its hash. */
export function courseData(course: Course, lang: string, pageUrl: string): object {
  const duration = (minutes: number) => (minutes > 0 ? isoDuration(minutes) : undefined);
  return {
    '@type': 'Course',
    name: course.title,
    description: richTextToPlain(course.summary) || undefined,
    url: safeUrl(course.url) ?? pageUrl,
    inLanguage: lang,
    author: course.instructor ? { '@type': 'Person', name: course.instructor.name } : undefined,
    timeRequired: duration(minutesOf(lessonsOf(course))),
    syllabusSections: course.sections.map((section) => ({
      '@type': 'Syllabus',
      name: section.title,
      timeRequired: duration(minutesOf(section.lessons)),
    })),
  };
}

/** An ISO 8601 duration for schema.org: 125 minutes is "PT2H5M". */
export function isoDuration(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  return `PT${hours ? `${hours}H` : ''}${whole % 60 || !hours ? `${whole % 60}M` : ''}`;
}
