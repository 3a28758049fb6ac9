import { v } from '..'

/** The issues of a rejected value, or a failure when it was accepted. */
function issuesOf<T>(schema: v.Schema<T>, input: unknown): v.Issue[] {
  const result = v.parse(schema, input)
  if (result.ok) throw new Error(`expected ${String(input)} to be rejected`)
  return result.issues
}

const accepts = <T>(schema: v.Schema<T>, input: unknown) => v.parse(schema, input).ok

describe('parse', () => {
  it('returns the checked value, or every issue with its path and message', () => {
    expect(v.parse(v.boolean(), true)).toEqual({ ok: true, value: true })
    expect(v.parse(v.boolean('not a flag'), 1)).toEqual({
      ok: false,
      issues: [{ path: [], message: 'not a flag' }],
    })
  })

  it('leaves the message undefined where the schema was given none', () => {
    expect(issuesOf(v.string(), 1)).toEqual([{ path: [], message: undefined }])
  })
})

describe('boolean', () => {
  it.each([true, false])('accepts %p', (input) => {
    expect(v.parse(v.boolean(), input)).toEqual({ ok: true, value: input })
  })

  it.each(['true', 0, 1, null, undefined, {}])('rejects %p', (input) => {
    expect(issuesOf(v.boolean('flag'), input)).toEqual([{ path: [], message: 'flag' }])
  })
})

describe('oneOf', () => {
  const colour = v.oneOf(['red', 'green'], 'pick a colour')

  it.each(['red', 'green'])('accepts %p', (input) => {
    expect(v.parse(colour, input)).toEqual({ ok: true, value: input })
  })

  it.each(['blue', 'Red', 'red ', '', 'toString', undefined, null, 1, ['red']])(
    'rejects %p with the one message',
    (input) => {
      expect(issuesOf(colour, input)).toEqual([{ path: [], message: 'pick a colour' }])
    },
  )
})

describe('string', () => {
  it('accepts any string without rules, and rejects everything else', () => {
    expect(accepts(v.string(), '')).toBe(true)
    for (const input of [1, null, undefined, ['a'], { a: 'a' }, new String('a')]) {
      expect(accepts(v.string(), input)).toBe(false)
    }
  })

  it('counts max in UTF-16 units: an emoji takes two', () => {
    const four = v.string({ max: 4 })
    expect(accepts(four, 'abcd')).toBe(true)
    expect(accepts(four, 'abcde')).toBe(false)
    expect(accepts(four, '😀😀')).toBe(true)
    expect(accepts(four, '😀😀a')).toBe(false)
    expect(accepts(v.string({ max: 0 }), '')).toBe(true)
  })

  it('tests the whole pattern, and the same answer every time even with a global flag', () => {
    const id = v.string({ pattern: /^[a-z]+$/ })
    expect(accepts(id, 'abc')).toBe(true)
    expect(accepts(id, 'ab c')).toBe(false)
    const sticky = v.string({ pattern: /a/g })
    expect([accepts(sticky, 'a'), accepts(sticky, 'a'), accepts(sticky, 'a')]).toEqual([
      true,
      true,
      true,
    ])
  })

  it('checks the length before the pattern, with the one message for either', () => {
    const s = v.string({ max: 2, pattern: /^a+$/ }, 'bad text')
    expect(issuesOf(s, 'bbb')).toEqual([{ path: [], message: 'bad text' }])
    expect(issuesOf(s, 'b')).toEqual([{ path: [], message: 'bad text' }])
  })
})

describe('number', () => {
  const messages = {
    missing: 'missing',
    type: 'type',
    finite: 'finite',
    int: 'int',
    min: 'min',
    max: 'max',
  }
  const messageOf = (rules: v.NumberRules, input: unknown) =>
    issuesOf(v.number(rules, messages), input).map((i) => i.message)

  it('tells a missing value from one of the wrong type; NaN is never a number', () => {
    expect(messageOf({}, undefined)).toEqual(['missing'])
    expect(messageOf({}, null)).toEqual(['type'])
    expect(messageOf({}, '1')).toEqual(['type'])
    expect(messageOf({}, NaN)).toEqual(['type'])
    expect(messageOf({}, BigInt(1))).toEqual(['type'])
  })

  it('lets infinities through unless asked for finite or integer numbers', () => {
    expect(accepts(v.number(), Infinity)).toBe(true)
    expect(accepts(v.number(), -Infinity)).toBe(true)
    expect(messageOf({ finite: true }, Infinity)).toEqual(['finite'])
    expect(messageOf({ finite: true }, -Infinity)).toEqual(['finite'])
    expect(messageOf({ int: true }, Infinity)).toEqual(['int'])
    expect(v.parse(v.number({ finite: true }), 19.99)).toEqual({ ok: true, value: 19.99 })
  })

  it('refuses fractions when asked for integers', () => {
    expect(messageOf({ int: true }, 1.5)).toEqual(['int'])
    expect(messageOf({ int: true }, -0.000001)).toEqual(['int'])
    expect(accepts(v.number({ int: true }), 2 ** 53)).toBe(true)
  })

  it('has inclusive bounds, and keeps -0 as it is', () => {
    const range = v.number({ min: 0, max: 10 })
    expect(accepts(range, 0)).toBe(true)
    expect(accepts(range, 10)).toBe(true)
    expect(messageOf({ min: 0, max: 10 }, -1)).toEqual(['min'])
    expect(messageOf({ min: 0, max: 10 }, 10.5)).toEqual(['max'])
    const zero = v.parse(v.number({ int: true, min: 0 }), -0)
    expect(zero.ok && Object.is(zero.value, -0)).toBe(true)
    expect(messageOf({ int: true, min: 1 }, -0)).toEqual(['min'])
  })

  it('reports only the first failing check, in the order finite, int, min, max', () => {
    expect(messageOf({ int: true, min: 1 }, 0.5)).toEqual(['int'])
    expect(messageOf({ int: true, min: 1, max: 5 }, Infinity)).toEqual(['int'])
    expect(messageOf({ finite: true, int: true }, -Infinity)).toEqual(['finite'])
  })
})

describe('optional', () => {
  it('lets undefined through and checks anything else', () => {
    const maybe = v.optional(v.number({}, { type: 'type' }))
    expect(v.parse(maybe, undefined)).toEqual({ ok: true, value: undefined })
    expect(v.parse(maybe, 3)).toEqual({ ok: true, value: 3 })
    expect(issuesOf(maybe, null)).toEqual([{ path: [], message: 'type' }])
  })
})

describe('array', () => {
  const ids = v.array(v.string({ pattern: /^[a-z]$/ }), { max: 3 })

  it('returns a copy of a valid list', () => {
    const input = ['a', 'b']
    const result = v.parse(ids, input)
    expect(result).toEqual({ ok: true, value: ['a', 'b'] })
    expect(result.ok && result.value).not.toBe(input)
    expect(v.parse(ids, [])).toEqual({ ok: true, value: [] })
  })

  it('rejects what is not a list, as a whole', () => {
    for (const input of [undefined, null, 'abc', { 0: 'a', length: 1 }]) {
      expect(issuesOf(ids, input)).toEqual([{ path: [], message: undefined }])
    }
  })

  it('accepts exactly max items and rejects one more as a whole, before any item', () => {
    expect(accepts(ids, ['a', 'b', 'c'])).toBe(true)
    expect(issuesOf(ids, ['a', 'b', 'c', 'd'])).toEqual([{ path: [], message: undefined }])
    expect(issuesOf(ids, ['A', 'B', 'C', 'D'])[0].path).toEqual([])
  })

  it('puts each bad item at its position, in order', () => {
    expect(issuesOf(ids, ['a', 'B', 'c']).map((i) => i.path)).toEqual([[1]])
    expect(issuesOf(ids, ['A', 'b', 7]).map((i) => i.path)).toEqual([[0], [2]])
  })
})

describe('object', () => {
  const person = v.object({
    name: v.string({}, 'name'),
    age: v.optional(v.number({ int: true }, { type: 'age', int: 'age' })),
  })

  it('returns a copy without the keys the shape does not name', () => {
    const input = { name: 'Li', age: 30, extra: 1, nested: { a: 1 } }
    const result = v.parse(person, input)
    expect(result).toStrictEqual({ ok: true, value: { name: 'Li', age: 30 } })
    expect(result.ok && result.value).not.toBe(input)
    expect(input).toHaveProperty('extra', 1)
  })

  it('keeps a missing optional field missing, and an explicit undefined as given', () => {
    const missing = v.parse(person, { name: 'Li' })
    expect(missing.ok && Object.keys(missing.value)).toEqual(['name'])
    const given = v.parse(person, { name: 'Li', age: undefined })
    expect(given.ok && Object.keys(given.value)).toEqual(['name', 'age'])
  })

  it('refuses unknown keys when asked, after checking the fields', () => {
    const strict = v.object({ flag: v.optional(v.boolean('flag')) }, { unknownKeys: 'refuse' })
    expect(v.parse(strict, {})).toEqual({ ok: true, value: {} })
    expect(v.parse(strict, { flag: true })).toEqual({ ok: true, value: { flag: true } })
    expect(issuesOf(strict, { other: true })).toEqual([{ path: [], message: undefined }])
    expect(issuesOf(strict, { flag: 1, other: true })).toEqual([
      { path: ['flag'], message: 'flag' },
      { path: [], message: undefined },
    ])
  })

  it('copies unknown keys when asked, except __proto__ and undefined values', () => {
    const open = v.object({ a: v.number() }, { unknownKeys: 'keep' })
    const input = JSON.parse('{"a":1,"b":"x","__proto__":{"polluted":true}}')
    input.c = undefined
    const result = v.parse(open, input)
    expect(result).toStrictEqual({ ok: true, value: { a: 1, b: 'x' } })
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype)
    expect(result.ok && 'polluted' in result.value).toBe(false)
  })

  it('reads inherited enumerable keys as its own', () => {
    const strict = v.object({ flag: v.optional(v.boolean()) }, { unknownKeys: 'refuse' })
    expect(accepts(strict, Object.create({ other: true }))).toBe(false)
    expect(accepts(strict, Object.create({ flag: true }))).toBe(true)
  })

  it('reports one issue per field, in the shape order, each with its own message', () => {
    expect(issuesOf(person, { age: 1.5, name: 3 })).toEqual([
      { path: ['name'], message: 'name' },
      { path: ['age'], message: 'age' },
    ])
  })

  it.each([
    ['null', null],
    ['a list', [{ name: 'Li' }]],
    ['a date', new Date(0)],
    ['a map', new Map([['name', 'Li']])],
    ['a set', new Set()],
    ['a promise', Promise.resolve({ name: 'Li' })],
    ['a string', 'Li'],
  ])('rejects %s as a whole', (_, input) => {
    expect(issuesOf(person, input)).toEqual([{ path: [], message: undefined }])
  })

  it('names nested fields and list positions in the path', () => {
    const book = v.object({
      title: v.string(),
      authors: v.array(person, { max: 2 }),
    })
    const issues = issuesOf(book, { title: 'T', authors: [{ name: 'A' }, { name: 'B', age: 'x' }] })
    expect(issues).toEqual([{ path: ['authors', 1, 'age'], message: 'age' }])
    expect(issuesOf(book, { authors: [{}, {}, {}] }).map((i) => i.path)).toEqual([
      ['title'],
      ['authors'],
    ])
  })
})

describe('isRecord', () => {
  it('tells a record from the values that only look like one', () => {
    expect(v.isRecord({})).toBe(true)
    expect(v.isRecord(Object.create(null))).toBe(true)
    expect(v.isRecord({ then: 'not a function' })).toBe(true)
    for (const value of [null, [], new Date(), new Map(), new Set(), Promise.resolve(), 'x', 1]) {
      expect(v.isRecord(value)).toBe(false)
    }
  })
})

describe('a schema written by hand', () => {
  const even: v.Schema<number> = (input, path, issues) => {
    const n = v.number()(input, path, issues)
    if (n === v.INVALID) return v.INVALID
    return n % 2 === 0 ? n / 2 : v.invalid(issues, path, 'odd')
  }

  it('can convert a value and record its own issue at its place', () => {
    const pair = v.object({ half: even })
    expect(v.parse(pair, { half: 8 })).toEqual({ ok: true, value: { half: 4 } })
    expect(issuesOf(pair, { half: 7 })).toEqual([{ path: ['half'], message: 'odd' }])
    expect(issuesOf(pair, { half: 'x' })).toEqual([{ path: ['half'], message: undefined }])
  })
})
