import { z } from 'astro/zod';

/**
 * Korean error messages for editors, in one place. Every schema imports this module
 * (through `common.ts`), so the build, the tests and the validator all speak the same
 * language. Field-specific messages set with `{ error }` on a schema take precedence.
 */
const korean = z.locales.ko();
const koreanFallback = korean.localeError;

const typeNames: Record<string, string> = {
  string: '글자',
  number: '숫자',
  int: '정수',
  boolean: 'true 또는 false',
  array: '목록',
  object: '항목 묶음',
  date: '날짜',
};

export const koreanErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '필수 항목이 없습니다. 이 항목을 추가하세요.';
      return `형식이 맞지 않습니다. ${typeNames[issue.expected] ?? issue.expected} 값으로 적으세요.`;
    case 'unrecognized_keys':
      return `알 수 없는 항목입니다: ${issue.keys.join(', ')}. 철자를 확인하거나 지우세요.`;
    case 'invalid_value':
      return `허용되지 않는 값입니다. 다음 중 하나로 적으세요: ${issue.values.map(String).join(', ')}`;
    case 'too_big':
      if (issue.origin === 'string') return `${issue.maximum}자 이하로 줄이세요.`;
      if (issue.origin === 'number' || issue.origin === 'int') return `${issue.maximum} 이하의 값이어야 합니다.`;
      break;
    case 'too_small':
      if (issue.origin === 'array') return `하나 이상 적어야 합니다.`;
      if (issue.origin === 'string') return `비어 있습니다. 내용을 적으세요.`;
      if (issue.origin === 'number' || issue.origin === 'int') return `${issue.minimum} 이상의 값이어야 합니다.`;
      break;
  }
  return koreanFallback(issue);
};

z.config({ localeError: koreanErrorMap });
