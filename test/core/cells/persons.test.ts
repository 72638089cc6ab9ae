import { splitPersons } from '../../../src/core/cells/persons';

describe('splitPersons', () => {
  it('splits names and reads a title in brackets', () => {
    expect(splitPersons('张伟（副局长）、李明', 'direct')).toEqual([
      { name: '张伟', role: 'direct', title: '副局长' },
      { name: '李明', role: 'direct', title: null },
    ]);
  });

  it('reads half-width brackets and keeps the role', () => {
    expect(splitPersons('王芳(科长)；赵红', 'handler')).toEqual([
      { name: '王芳', role: 'handler', title: '科长' },
      { name: '赵红', role: 'handler', title: null },
    ]);
  });

  it('drops phone numbers after a name', () => {
    expect(splitPersons('李明 13800138000\n周涛：0731-8888 6666', 'handler')).toEqual([
      { name: '李明', role: 'handler', title: null },
      { name: '周涛', role: 'handler', title: null },
    ]);
  });

  it('keeps a name that is a title as written', () => {
    expect(splitPersons('刘副市长', 'leader')).toEqual([{ name: '刘副市长', role: 'leader', title: null }]);
  });

  it('lists a person once', () => {
    expect(splitPersons('张敏、张敏', 'direct')).toHaveLength(1);
  });
});
