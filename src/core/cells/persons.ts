/** Persons in a cell: 张伟（副局长） is name 张伟 with title 副局长; phone numbers are dropped. */
import type { Person, PersonRole } from '../model';
import { splitList } from './split-list';

const TITLE_IN_BRACKETS = /^(.+?)\s*[（(]\s*([^（）()]+?)\s*[）)]$/;
const PHONE = /[\s:：]*(?:\+?86[-\s]?)?(?:\d[\d\s-]{6,}\d)$/;

export function splitPersons(text: string, role: PersonRole): Person[] {
  const persons: Person[] = [];
  for (const item of splitList(text)) {
    const withoutPhone = item.replace(PHONE, '').trim();
    if (!withoutPhone) continue;
    const m = TITLE_IN_BRACKETS.exec(withoutPhone);
    const person: Person = m
      ? { name: m[1].trim(), role, title: m[2].trim() }
      : { name: withoutPhone, role, title: null };
    if (!persons.some((p) => p.name === person.name)) persons.push(person);
  }
  return persons;
}
