// Checks arabic-news.tmLanguage.json without VS Code: the JSON parses, every regex stays in the subset
// that Oniguruma and JavaScript read alike, and a small TextMate-style scanner (earliest match wins,
// ties go to the first rule, a begin/end rule's end is tried first) gives the expected scopes on
// lines taken from samples/ and test/fixtures/. Exits non-zero on the first failure list.
// Run: node syntaxes/check-grammar.mjs
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const grammarPath = fileURLToPath(new URL('./arabic-news.tmLanguage.json', import.meta.url));
const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));
const failures = [];

/** Constructs whose meaning differs between Oniguruma and JavaScript, or that one of them lacks. */
const NON_PORTABLE = [/\(\?<[=!]/, /\\[dwbhDWBHAzZGK]/, /\\x\{/, /\\p\{/, /\(\?[imx]/, /\[\[:/];

function checkPortable(where, source) {
  for (const pattern of NON_PORTABLE) {
    if (pattern.test(source)) failures.push(`${where}: non-portable construct ${pattern}`);
  }
  try {
    new RegExp(source);
  } catch (error) {
    failures.push(`${where}: JavaScript cannot compile it: ${error.message}`);
  }
}

function visitRegexes(rule, where) {
  for (const key of ['match', 'begin', 'end']) if (rule[key] !== undefined) checkPortable(`${where}.${key}`, rule[key]);
  (rule.patterns ?? []).forEach((child, i) => visitRegexes(child, `${where}.patterns[${i}]`));
}

function resolve(patterns) {
  const out = [];
  for (const p of patterns) {
    if (p.include) {
      const target = grammar.repository[p.include.slice(1)];
      if (!target) throw new Error(`unknown include ${p.include}`);
      if (target.match || target.begin) out.push(target);
      else out.push(...resolve(target.patterns));
    } else out.push(p);
  }
  return out;
}

function firstMatch(rules, line, pos) {
  let best = null;
  for (const rule of rules) {
    const re = new RegExp(rule.match ?? rule.begin, 'gd');
    re.lastIndex = pos;
    const m = re.exec(line);
    if (m && (best === null || m.index < best.m.index)) best = { rule, m };
  }
  return best;
}

/** Splits a match at its (disjoint, ordered) capture groups, giving each the capture's scope. */
function pushWithCaptures({ rule, m }, scopes, push) {
  let pos = m.index;
  const end = m.index + m[0].length;
  for (const [group, capture] of Object.entries(rule.captures ?? {})) {
    const span = m.indices[Number(group)];
    if (!span || Number(group) === 0) continue;
    push(pos, span[0], scopes);
    push(span[0], span[1], [...scopes, capture.name]);
    pos = span[1];
  }
  push(pos, end, scopes);
}

/** Tokenizes one line into [text, scopes] segments (captures are ignored: whole-match scopes only). */
function tokenizeLine(line) {
  const segments = [];
  const push = (start, end, scopes) => {
    if (end > start) segments.push([line.slice(start, end), scopes.join(' ').replaceAll('.arabic-news', '')]);
  };
  const scan = (rules, pos, stack, endRe) => {
    while (pos <= line.length) {
      let endMatch = null;
      if (endRe) { endRe.lastIndex = pos; endMatch = endRe.exec(line); }
      const found = firstMatch(rules, line, pos);
      if (endMatch && (!found || endMatch.index <= found.m.index)) {
        push(pos, endMatch.index, stack);
        push(endMatch.index, endMatch.index + endMatch[0].length, stack);
        return endMatch.index + endMatch[0].length;
      }
      if (!found) { push(pos, line.length, stack); return line.length + 1; }
      push(pos, found.m.index, stack);
      const scopes = found.rule.name ? [...stack, found.rule.name] : stack;
      const after = found.m.index + found.m[0].length;
      if (found.rule.match) { pushWithCaptures(found, scopes, push); pos = after === found.m.index ? after + 1 : after; continue; }
      push(found.m.index, after, scopes);
      pos = scan(resolve(found.rule.patterns ?? []), after, scopes, new RegExp(found.rule.end, 'g'));
    }
    return pos;
  };
  scan(resolve(grammar.patterns), 0, [], null);
  return segments;
}

/** [line, [[text, scope fragment], ...]]: each text must get a scope containing the fragment. */
const EXPECTATIONS = [
  ['2024.05.12 | 12:52 دمشق', [['2024.05.12', 'meta.dateline constant.numeric.date'], ['12:52', 'constant.numeric.time'], ['دمشق', 'variable.other.location.dateline']]],
  ['القاهرة - 3 مارس 2024 (أ ف ب) -', [['القاهرة', 'variable.other.location.dateline'], ['3 مارس 2024', 'constant.numeric.date.worded'], ['(أ ف ب)', 'entity.name.tag.agency']]],
  ['تونس في 14 جانفي 2024 (وات) - على الساعة 14:05', [['تونس', 'variable.other.location.dateline'], ['14 جانفي 2024', 'date.worded'], ['(وات)', 'entity.name.tag'], ['14:05', 'constant.numeric.time']]],
  ['الدوحة، الخميس 8-2-2024 (قنا) -', [['الخميس', 'weekday'], ['8-2-2024', 'constant.numeric.date'], ['(قنا)', 'agency']]],
  ['عَمَّانُ، ١٠ نِيسَانَ ٢٠٢٤', [['١٠ نِيسَانَ ٢٠٢٤', 'date.worded']]],
  ['الرياض 14 ربيع الآخر 1446 هـ الموافق 17 أكتوبر 2024 م واس', [['14 ربيع الآخر 1446 هـ', 'date.worded'], ['17 أكتوبر 2024 م', 'date.worded'], ['واس', 'agency']]],
  ['وأطلقت الوزارة في ١٢/٥/٢٠٢٤ خطة وفي ۱۲/۵/۲۰۲۴ و2024-05-12 أخرى.', [['١٢/٥/٢٠٢٤', 'constant.numeric.date'], ['۱۲/۵/۲۰۲۴', 'constant.numeric.date'], ['2024-05-12', 'constant.numeric.date']]],
  ['وصل عند الساعة 06:30 بتوقيت غرينتش.', [['06:30', 'constant.numeric.time'], ['بتوقيت غرينتش', 'timezone']]],
  ['تراجع التضخم إلى 35.7% و٤٠٪ و78 بالمائة و3 في المئة.', [['35.7%', 'percentage'], ['٤٠٪', 'percentage'], ['78 بالمائة', 'percentage'], ['3 في المئة', 'percentage']]],
  ['يوم 5 ذو القعدة 1445 هـ، الموافق 13 أيار/مايو الجاري، وعام 1445هـ.', [['5 ذو القعدة 1445 هـ', 'date.worded'], ['13 أيار/مايو', 'date.worded'], ['1445', 'constant.numeric.year'], ['هـ', 'calendar.hijri']]],
  ['وقال: «منفتحة على كل مبادرة» و“هكذا نبدأ” و"ترجمان" في 22 من تموز المقبل', [['«منفتحة على كل مبادرة»', 'string.quoted.other.guillemets'], ['“هكذا نبدأ”', 'string.quoted.double.curly'], ['"ترجمان"', 'string.quoted.double'], ['22 من تموز', 'date.worded']]],
  ['نقلت (رويترز) و/قنا/ و(د ب أ) الخبر', [['(رويترز)', 'agency'], ['/قنا/', 'agency'], ['(د ب أ)', 'agency']]],
  ['«قال إن الاجتماع في 12/5/2024 عند 10:30', [['12/5/2024', 'string.quoted.other.guillemets constant.numeric.date'], ['10:30', 'string.quoted.other.guillemets constant.numeric.time']]],
];
/** [line, text]: the text must get no scope at all. */
const MUST_STAY_PLAIN = [
  ['فاز الهلال على النصر 3-2 في موسم 2019-2020 بطائرة A320.', '320'],
  ['فاز الهلال على النصر 3-2 في موسم 2019-2020 بطائرة A320.', '3-2'],
  ['وشهدت الحدود موجات نزوح متكررة في مارسيليا وليس في مارس.', 'مارس'],
  ['وقال الوزير في 12/5/2024 إن المحادثات ستستمر طوال الأسبوع المقبل في جنيف.', 'الوزير'],
];

visitRegexes({ patterns: grammar.patterns }, 'patterns');
for (const [name, rule] of Object.entries(grammar.repository)) visitRegexes(rule, `repository.${name}`);
if (grammar.scopeName !== 'text.arabic-news') failures.push(`scopeName is ${grammar.scopeName}`);

for (const [line, expected] of EXPECTATIONS) {
  const segments = tokenizeLine(line);
  for (const [text, fragment] of expected) {
    const joined = segments.filter(([, scopes]) => scopes.includes(fragment)).map(([t]) => t).join('');
    if (!joined.includes(text)) failures.push(`"${line}": expected "${text}" in ${fragment}; got ${JSON.stringify(segments)}`);
  }
}
for (const [line, text] of MUST_STAY_PLAIN) {
  const scoped = tokenizeLine(line).filter(([t, scopes]) => scopes !== '' && t.includes(text));
  if (scoped.length > 0) failures.push(`"${line}": "${text}" should stay plain; got ${JSON.stringify(scoped)}`);
}

if (failures.length > 0) {
  console.error(failures.join('\n'));
  console.log(`${EXPECTATIONS.length + MUST_STAY_PLAIN.length - failures.length} passed, ${failures.length} failed`);
  process.exit(1);
}
console.log(`grammar ok: ${EXPECTATIONS.length + MUST_STAY_PLAIN.length} lines checked`);
