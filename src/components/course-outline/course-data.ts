import type { Course, Lesson } from '../../content/schema.js';

export const minutesOf = (lessons: readonly Lesson[]) => lessons.reduce((sum, lesson) => sum + (lesson.minutes ?? 0), 0);
export const lessonsOf = (course: Course) => course.sections.flatMap((section) => section.lessons);
