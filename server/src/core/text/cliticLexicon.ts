// Frequent words that begin with a letter that could be a proclitic (و ف ب ل ك س) but are whole words:
// وزير is not و+زير, بيروت is not ب+يروت. Written in plain spelling, normalized at load. A word is
// treated as lexical when it is listed, or is a listed word plus a common suffix (وطنية = وطن + ية).
// The list is deliberately about news vocabulary and frequent names; a gazetteer passed as isKnownStem
// covers the long tail.
import { normalizeForMatch } from './normalize';

const WAW = `وزير وزارة وزراء وكالة وكالات وكيل ولاية ولاي واشنطن وطن وضع وصول وصف وفاة وفد وفود وقت وقف
وقائع وثائق وثيقة وجه وجود وحدة وحد واحد وادي والد والدة والدت والدي واقع واضح وارد واجب ورق ورقة ورشة وسائل
وسيلة وسط وعد ولد وليد وليام ويلز وهران وائل وديع وجيه وهب وسام وفاء وداد ورد ولي وقود وظيفة وراء وزن وصل
وقع وجد وافق واصل ورث وحيد ودائع واتساب ويكيبيديا وارسو ولاء ولكن وهو وهي وفق وفقا وزاري وفيات وهم وحي
وجبة وجهة وسيط وساطة وعي وباء ولادة واسع وقوع وقعت واجهة وظائف ودية وتيرة وجيزة ويندوز وورلد وينفري
ويمبلدون ويلكس وايتهول وئام وضاح وليم ويليام ويلسون وينستون ويكيليكس واتفورد وولفسبورغ ووهان ووترغيت
ويسكونسن وايومنغ ويلينغتون ويستمنستر`;

const FAA = `فرنسا فلسطين فيينا فنزويلا فنلندا فيتنام فلوريدا فيصل فهد فاطمة فؤاد فريق فرقة فترة فرصة فكرة فعل
فيلم فندق فصل فقر فقط فيما فوق فور فوز فائز فاز فتح فتحي فراس فارس فالح فايز فرج فرح فرع فروع فرد فيروس
فيسبوك فيفا فلاديمير فرانس فيلق فاعل فعالية فضل فضاء فساد فشل فني فنان فن فيها فيه فئة فئات فوضى فائدة
فاتورة فاس فريد فاروق فتوى فجر فدرالي فيدرالي فلبين فرنسي فلسطيني فبراير فصيل فصائل فريدريك فلورنسا فرانكفورت`;

const BAA = `بغداد بيروت بريطانيا بلجيكا بولندا بلغاريا باكستان بنغلاديش برلين باريس بكين بروكسل بوسطن برشلونة
بافاريا بنغازي بعقوبة بيت بين بعد بعض بعيد بلد بلاد بلدة بلدية بنك بنوك بحر بحري بحث برنامج برامج بيان
بيانات بناء بطولة بطل بقاء باب بوابة بديل بداية بريد برلمان برلماني بورصة بنزين بترول بوتين بايدن بوش بلير
بشار بسام باسل بكر بدر بلال بشير بهاء بطرس بولس بنيامين بندر بابا بطاقة بضع بالغ بالغة بارز بسيط بشري بشر
بقية بحيرة باخرة برج بئر بيئة بيع برد بلوغ بريكس بلومبرغ بوليفيا بورما بيرو بنما بنين بيلاروس بلينكن بومبيو
براون بعث بوغدانوف بيونغ بيونغيانغ بوخارست بودابست براغ بلغراد باماكو بانكوك بيشاور بلوشستان بغدادي بيروتي
بريطاني باكستاني بلجيكي بولندي بحرين بنجامين برهان بيار بيير بيتر بوريس بول برونو باراك برميل بعدما بعلبك بجماليون بكنغهام`;

const LAM = `لبنان ليبيا لندن لاهاي لوس لشبونة لوكسمبورغ لاتفيا ليتوانيا لاغوس لجنة لجان لقاء لقاءات لحظة
لون لغة لعب لاعب لائحة لواء لؤي لطفي ليلى ليلة ليل لين لورانس لويس ليونيل لطيف لبيب لحم لجوء لاجئ ليس ليست
لدى لكن لقد لذلك لهذا لعل لقب لوحة لوبي لباس لازم لاحق لبناني ليبي لندني لافروف لولا لوكاشينكو ليون ليفربول
لوس لحج لازقية لبنانيون`;

const KAF = `كندا كوريا كوبا كينيا كولومبيا كازاخستان كردستان كرواتيا كمبوديا كاليفورنيا كابول كراتشي كربلاء
كركوك كويت كيان كبير كبيرة كبار كثير كثيرة كافة كامل كان كانت كانوا كلمة كلمات كلفة كتاب كتب كتيبة كتلة
كرسي كرامة كرة كأس كهرباء كمية كيلو كيلومتر كما كل كلا كيف كمال كريم كاظم كيري كلينتون كارتر كاميرون كيم
كرم كوفي كولن كاتب كنيسة كلية كوادر كوارث كارثة كسب كشف كفاح كندي كوري كويتي كردي كرد كورونا كييف كراكاس
كوسوفو كشمير كوناكري كمبالا كيغالي كاتالونيا كريستيانو`;

// Short words that often follow و or ب in names (وأبو، وعبد، وابن); listed as they are, without suffixes.
const NAME_PARTS = `أبو ابو ابن عبد بنت بني بن`;

// Only relevant to the future prefix س, which is peeled only before ي ت ن أ.
const SIN = `سياسة سياسي سياسات سيارة سيارات سيطرة سيد سيدة سيدات سيناء سيول سينما سيف ستار سنة سنوات سنتين
سيريلانكا سيراليون سيئول ستوكهولم ستراسبورغ ستيف ستالين سيرة سيرك سياق سياحة سياحي سيدني سيبيريا سيادة
سياج سيطر ستة ستين سنغافورة سنغال سيتي سيمون ستيفن سيناريو ستوديو سيرغي سيسي سيلفا ستيفاني ستانلي
سيغولين سيزار سيجارة سيمفونية سنتيمتر سيرين سيباستيان سيدتي سنوي سنويا`;

// Whole words that also end in something that looks like an enclitic pronoun.
const ENCLITIC_LOOKALIKES = `فيينا أثينا كورونا مساهم محاكم أماكن مساكن درهم متهم مبارك ملك شريك بنك سمك
ديك تركيا انتباه اتجاه اشتباه مياه يواجه تواجه نواجه أواجه وجه توجه يتوجه يشتبه مشابه متشابه تشابه
منوها موجها مشابها نزيه وجيه فقيه نبيه تنبيه توجيه ترفيه تشويه سيبويه شبيه`;

// ا: accusative tanween (كثيرا); ت: past-tense feminine (وقعت); ات after a word in ة is tried as ه (بطاقات)
const SUFFIXES = ['ه', 'ات', 'ي', 'يه', 'ون', 'ين', 'ان', 'يات', 'يون', 'يين', 'ها', 'هم', 'ا', 'ت'];

function wordSet(...lists: string[]): Set<string> {
  const set = new Set<string>();
  for (const list of lists) {
    for (const w of list.split(/\s+/)) if (w) set.add(normalizeForMatch(w));
  }
  return set;
}

const LEXICAL = wordSet(WAW, FAA, BAA, LAM, KAF, SIN);
const NOT_ENCLITIC = wordSet(ENCLITIC_LOOKALIKES);

/** Listed words with every suffix attached, precomputed so that a lookup is one Set probe. */
function inflectedForms(words: Set<string>): Set<string> {
  const forms = new Set(words);
  for (const w of words) {
    for (const suffix of SUFFIXES) {
      if (w.length < 2) continue;
      forms.add(w + suffix);
      if (suffix === 'ات' && w.endsWith('ه')) forms.add(w.slice(0, -1) + suffix); // بطاقة -> بطاقات
    }
  }
  return forms;
}

const LEXICAL_FORMS = inflectedForms(LEXICAL);
for (const part of wordSet(NAME_PARTS)) LEXICAL_FORMS.add(part); // exact: ابوا or الي are not name parts

/** True when a normalized string is a listed whole word, or a listed word plus a common suffix. */
export function isLexicalWord(norm: string): boolean {
  return LEXICAL_FORMS.has(norm);
}

/** True when a normalized word is listed as a whole word or only looks like it ends in a pronoun (فيينا). */
export function isEncliticLookalike(norm: string): boolean {
  return NOT_ENCLITIC.has(norm) || LEXICAL.has(norm);
}
