import type { z } from 'astro/zod';

/**
 * Turns schema issues into plain sentences in both languages. The schemas in
 * `schemas.ts` write their own messages as "English / Tiếng Việt"; issues
 * zod raises by itself (unknown field, wrong type, value not in a list) get a
 * sentence here, so no editor ever sees "Invalid input".
 */

export interface FieldMessage {
  field: string;
  en: string;
  vi: string;
}

/** `sources[0].title`: how editors see a nested field in YAML. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['text', 'văn bản'],
  number: ['a number, such as 21.327', 'một số, ví dụ 21.327'],
  int: ['a whole number', 'một số nguyên'],
  boolean: ['true or false', 'true hoặc false'],
  array: ['a list (lines starting with "- ")', 'một danh sách (các dòng bắt đầu bằng "- ")'],
  object: [
    'a group of fields (indented lines below it)',
    'một nhóm trường (các dòng thụt vào bên dưới)',
  ],
  date: ['a date written YYYY-MM-DD', 'một ngày dạng NNNN-TT-NN'],
};

function describeValue(value: unknown): [string, string] {
  if (value instanceof Date) return ['a date', 'một ngày'];
  if (Array.isArray(value)) return ['a list', 'một danh sách'];
  if (value === null) return ['an empty value', 'giá trị rỗng'];
  if (typeof value === 'string') return [`the text "${value}"`, `văn bản "${value}"`];
  if (typeof value === 'object') return ['a group of fields', 'một nhóm trường'];
  return [`${String(value)}`, `${String(value)}`];
}

/** Schema messages carry both languages as "English / Tiếng Việt". */
function ownMessage(message: string): [string, string] | undefined {
  const at = message.indexOf(' / ');
  return at > 0 ? [message.slice(0, at), message.slice(at + 3)] : undefined;
}

export function issueToMessages(issue: z.core.$ZodIssue, data: unknown): FieldMessage[] {
  const field = fieldPath(issue.path);
  const value = valueAt(data, issue.path);
  const own = ownMessage(issue.message);

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const at = field ? `${field}.${key}` : key;
      return {
        field: at,
        en: `"${key}" is not a field of this page type, so it would be ignored: check its spelling (see docs/content-model.md) or remove it`,
        vi: `"${key}" không phải là trường của loại trang này nên sẽ bị bỏ qua: kiểm tra chính tả (xem docs/content-model.md) hoặc xóa dòng này`,
      };
    });
  }
  if (value === undefined && issue.code !== 'custom') {
    const name = String(issue.path.at(-1) ?? field);
    const [hintEn, hintVi] = own ?? ['', ''];
    return [
      {
        field,
        en: `is required but missing: add a line "${name}: …"${hintEn ? ` (${hintEn})` : ''}`,
        vi: `bắt buộc nhưng đang thiếu: hãy thêm dòng "${name}: …"${hintVi ? ` (${hintVi})` : ''}`,
      },
    ];
  }
  if (own) return [{ field, en: own[0], vi: own[1] }];

  switch (issue.code) {
    case 'invalid_type': {
      const [expEn, expVi] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
      const [gotEn, gotVi] = describeValue(value);
      const dateHint: [string, string] =
        value instanceof Date && issue.expected === 'string'
          ? [
              ': put the date in quotes, e.g. "2025-07-01"',
              ': đặt ngày trong dấu ngoặc kép, ví dụ "2025-07-01"',
            ]
          : ['', ''];
      return [
        {
          field,
          en: `must be ${expEn}, but it is ${gotEn}${dateHint[0]}`,
          vi: `phải là ${expVi}, nhưng đang là ${gotVi}${dateHint[1]}`,
        },
      ];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => String(v)).join(', ');
      return [
        {
          field,
          en: `"${String(value)}" is not allowed: use one of ${options}`,
          vi: `"${String(value)}" không hợp lệ: hãy dùng một trong các giá trị ${options}`,
        },
      ];
    }
    case 'invalid_format':
      if (issue.format === 'url') {
        return [
          {
            field,
            en: 'must be a full web address starting with https://',
            vi: 'phải là địa chỉ web đầy đủ, bắt đầu bằng https://',
          },
        ];
      }
      return [
        {
          field,
          en: `is not in the expected format (${issue.format})`,
          vi: `không đúng định dạng (${issue.format})`,
        },
      ];
    case 'too_small':
    case 'too_big': {
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const [en, vi] =
        issue.code === 'too_small'
          ? [`at least ${String(limit)}`, `ít nhất ${String(limit)}`]
          : [`at most ${String(limit)}`, `nhiều nhất ${String(limit)}`];
      const unit: [string, string] =
        issue.origin === 'string'
          ? [' characters', ' ký tự']
          : issue.origin === 'array'
            ? [' items', ' mục']
            : ['', ''];
      return [{ field, en: `must be ${en}${unit[0]}`, vi: `phải có ${vi}${unit[1]}` }];
    }
    default:
      return [
        { field, en: `is not valid: ${issue.message}`, vi: `không hợp lệ: ${issue.message}` },
      ];
  }
}
