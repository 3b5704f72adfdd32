"""Words shared by the advice categories: medicines, persons, modals, doses.

Used by the rules of dose_advice, medication_directive and diagnosis (whose hits are
also features of the learned model). Text is lowercased by ``normalize`` first.
"""

from __future__ import annotations

import functools
import re

from forum.moderation.engine import trie
from forum.moderation.engine.text import Prepared, rx, wordset

# Medicines and supplements people in this community name. A directive needs one of these
# as its object, which keeps "stop the car" or "give him a cuddle" out.
DRUG = r"""
    (?:melatonin|clonazepam|klonopin|rivotril|diazepam|valium|lorazepam|midazolam|benzos?
    |gabapentina?|pregabalina?|lyrica|keppra|levetiracetam|valproate|epilim|topiramate
    |ropinirol(?:e)?|pramipexol(?:e)?|trazodone|amitriptyline|propranolol|sertraline|fluoxetine
    # the usual misspellings: "gabapenton", "kepra", "klonopen", "benadril", "magnisium"
    |gabapent[ao]n|kepp?ra|klonop[ae]n|benadr[iy]l+|magn[ie]s+i?um|clonaz[ae]p[ae]m|melatonine?s?
    |citalopram|anti-?depressants?|anti-?histamines?|cetirizine|diphenhydramine|benadryl
    |piriton|calpol|paracetamol|tylenol|ibuprofen|nurofen|magnesium|iron|zinc|b6|b12
    |vitamin\s+[a-z]\d*|5-?htp|l-?theanine|valerian|cbd|gripe\s+water|chamomile|meds
    |medications?|medicines?|pills|tablets|supplements?|drops|stimulants?|ritalin
    |methylphenidate|steroids|opioids|tramadol|codeine|modafinil|ambien|zolpidem|xanax
    |depakote|vigabatrin|sabril|clobazam|frisium|clonidine|carbamazepine|tegretol|lamotrigine
    |lamictal|ethosuximide|zonisamide|topamax|prednisolone|acth|ashwagandha|hydroxyzine
    |promethazine|quetiapine|mirtazapine
    # brand names of the UK, US, Australia and India, and the usual words in other languages
    |panadol|restavit|phenergan|motrin|advil|zyrtec|claritin|unisom|nytol|sominex|zzzquil
    |crocin|dolo|vicks|ssris?|snris?|m[eé]latonine|magn[eé]sium|sleeping\s+(?:pills|tablets)|(?:schlaf)?tabletten|magnesio|hierro|magn[eé]sio|antial[eé]rgicos?|antihistam[ií]nicos?|antihistaminiques?
    |melatonina|m[eé]dicaments?|medicamentos?|pastillas|comprim[eé]s|tropfen
    # more medicines and the supplement brands families name with a count ("one Kalms tablet")
    |doxylamine|ferrous(?:\s+(?:sulph|sulf|fumar|glucon)\w*)?
    |methylcobalamin|calcium|probiotics?|omega[\s-]?3s?|fish\s+oil|kalms|floradix|spatone
    |neurobion|blackmores|epsom\s+salts?|lavender\s+oil|panadeine|endone|oxycodone|morphine
    # medicines and remedies named in outside voices: Indian, Filipino and US brands, ADHD
    # medicines, herbal tinctures and homeopathic remedies
    |atarax|guanfacine|intuniv|concerta|sytron|shelcal|clonotril|pacitane|depakine|ceelin|gamot
    |tinctures?|passion\s?flower|rescue\s+remedy|arnica|kali\s+phos|globuli|granules|hyland'?s
    # the forms Indian English names a medicine by: "iron syrup band karo", "give him vitamins"
    |syrups?|vitamins
    # dewormers, Indian brand and form names ("Syp. Levipil"), a slow-release melatonin
    |albendazole|mebendazole|vermox|ovex|dewormers?|deworming\s+(?:tablets?|medicines?|syrup)
    |levipil|valparin|syp|circadin|(?:slow|modified|extended|prolonged)[\s-]release
    # the sleeping tablets, antidepressants and other tablets adults (a partner, a parent) take,
    # and antimalarials and painkillers named in African and Asian voices
    |zopiclone|zimovane|stilnox|temazepam|nitrazepam|venlafaxine|effexor|duloxetine|cymbalta
    |paroxetine|escitalopram|lexapro|prozac|zoloft|statins?|atorvastatin|simvastatin|aspirin
    |disprin|antimalarials?|fansidar|coartem|chloroquine|zyrtec
    # more antidepressants, muscle relaxants, antipsychotics, antiseizure and ADHD medicines
    |bupropion|wellbutrin|baclofen|tizanidine|seroquel|aripiprazole|abilify|risperidone
    |oxcarbazepine|trileptal|primidone|phenobarbit(?:al|one)|doxepin|nortriptyline|vyvanse
    |elvanse|lisdexamfetamine|adderall|dexamfetamine|atomoxetine|strattera
    # Parkinson's and restless-legs patches and tablets, and the "water tablets" of the old
    |sedatives?|rescue\s+med(?:s|ication)?|rotigotine|neupro|thyronorm|levothyroxine|eltroxin|synthroid
    |manzanilla|camomille|levodopa|sinemet|madopar|co-?careldopa|diuretics?|furosemide|lasix
    |(?:fluid|water)\s+(?:tablets?|pills?)
    # "mag spray", "mag gly" (magnesium), and Spain's over-the-counter doxylamine
    |mag\s+(?:spray|oil|gly\w*|citrate|flakes|lotion|bath)|dormidina
    |dose|dosage)\b
"""
# A medicine named anywhere in a sentence: every pattern that ends with DRUG needs one, and
# this search is cheap: it tries the alternatives only where a word starts.
DRUG_RE = rx(r"\b" + DRUG)


@functools.lru_cache(maxsize=64)
def names_drug(sentence: str) -> bool:
    """Does ``sentence`` name a medicine (DRUG_RE)? Cached: the dose and directive rules
    ask it of the same sentences of a post."""
    return DRUG_RE.search(sentence) is not None


# Regimens that name no medicine (sleep position, swaddling, diets, formulas, remedies,
# gadgets): a post with none of these, no DRUG and no amount speaks of no treatment.
REGIMEN_WORD_RE = rx(
    r"""\b(?:tumm(?:y|ies)|stomach|belly|front|side|swaddl\w*|wrap\w*|gluten|dairy|wheat|sugar
    |milk|formula|diet|food|foods|eat\w*|drink\w*|feed\w*|bottle|oils?|lavender|tea|herbs?|herbal
    |remed(?:y|ies)|homeopath\w*|ayurved\w*|syrup|ghutti|thread|monitors?|pillow|wedge|blanket
    |co-?sleep\w*|bed|cot|crib|caffeine|coffee|screens?|bath|massage|lotion|cream|spray|gummies
    |vitamins?|minerals?|omega|probiotics?|essential|natural|cure[sd]?|treat\w*|therap\w*
    |exercise|routine|schedule|white\s+noise|light|dark)\b"""
)
# Who treats: the clinicians a family sees, in the words parents use ("our paed", "the neuro").
CLINICIAN = r"""
    (?:doctor|doc|dr|gp|paed|paediatrician|pediatrician|ped|peds|pedi|neuro|neurologist|consultant
    |specialist|nurse|hv|health\s+visitor|midwife|pharmacist|chemist|prescriber|team|psychiatrist
    |sleep\s+(?:doctor|clinic|specialist)|epilepsy\s+nurse|registrar|clinic|allergist|dermatologist
    |cardiologist|surgeon|camhs|psych
    # Singapore and Malaysia "PD" (the paediatrician), the Philippines "pedia"
    |pd|pedia
    # the obstetric team a pregnant or nursing mother sees: "tell gynaec to give her..."
    |gynae|gynaec|gynaecologist|gynecologist|obgyn|ob-gyn|obstetrician)
"""
# What a family may fairly ask a clinician for, which is no medicine: "ask the GP for a
# referral", "ask the paed to watch the video". Follows "ask ... for" / "ask ... to".
NOT_A_DRUG_REQUEST = r"""
    (?!(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:plan|referral|review|leaflet|letter|appointment)\b)
    (?!(?:a\s+|an\s+|the\s+)?(?:referral|eeg|sleep\s+study|video|second|blood|tests?|scan|mri
      |check|appointment|advice|help|review|plan|leaflet|explanation|chat|written|letter|copy|word
      |proper|look|see|explain|watch|refer|write|go\s+over|be\s+seen))
"""
PERSON = r"""
    (?:him|her|them|me|us|the\s+(?:baby|kids?|child)
      |your\s+(?:little\s+(?:one|boy|girl|man|lad|lass|guy|fella)|\w+))
"""
# An order passed on to the reader's person: "tell him to", "get her to", "have him", "make her".
CAUSATIVE = rf"""(?:(?:(?:tell|get|ask)\s+{PERSON}\s+to|(?:have|make)\s+{PERSON})\s+
    (?:(?:just|also|maybe)\s+)?)?"""
# Words that may open a clause before an imperative verb ("honestly just give him ...").
FILLER = (
    r"(?:(?:just|honestly|seriously|mate|please|maybe|definitely|simply|really|also|now|then"
    r"|first|instead|so|and|but|or|plus|oh|yeah|ok|okay|meanwhile|for\s+now|in\s+the\s+meantime"
    # forms of address that open an order: "Sir kindly start him on...", "hun give her..."
    r"|kindly|sir|madam|ma'?am|hun|hon|dear|sister|brother|bro|sis|aunty|auntie|uncle|bhai|didi"
    # a member addressed by name: "@u3 give him 400 IU"
    r"|@[\w.-]+"
    # the permission that is an order: "sir you can ask doctor for Syp. Levipil"
    r"|(?:you|u)\s+(?:can|may)(?:\s+(?:also|just|even))?)\W+)*" + CAUSATIVE
    # the order passed on through the bed partner or parent: "get him to drop the zopiclone",
    # "tell her to take it earlier", "have him cut it", "make her stop the iron"
)
# (a list item opens a clause too: "1) stop the Benadryl 2) start magnesium", "b) ...", "• ...")
# (French "et", Spanish "y" join clauses too: "achetez un moniteur et couchez-la sur le ventre")
CLAUSE_START = (
    r"(?:^|[,;:(•]|\s-+\s|\b(?:and|then|so|but|or|also|plus|et)\b|(?<![\w'])y\s|&)\s*" + FILLER
)
# A list marker ("1) stop the Benadryl 2) start magnesium", "b) ...") opens a clause: the
# advice detectors read it as a ";" (same length, so spans keep their offsets). Not "2.5)".
LIST_MARKER = r"(?<![\w.])(?:\d{1,2}|[a-f])\)"
_LIST_MARKER_RE = trie.compile(LIST_MARKER)


def list_items_as_clauses(prep: Prepared) -> Prepared:
    if ")" not in prep.norm:
        return prep
    norm = _LIST_MARKER_RE.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), prep.norm)
    return prep._replace(norm=norm)


# The clinician who is the subject of the verbs that follow: "GP did bloods, low ferritin, put
# him on ferrous sulphate 200mg twice a day", "PD did blood test found iron a bit low, then give
# iron syrup" report what the doctor did, in the past or in a bare present.
_CLINICIAN_DID_RE = rx(
    rf"""\b{CLINICIAN}s?\s+(?:\w+\s+)?(?:did|put|gave|started|ran|sent|checked|found|prescribed|upped
    |increased|lowered|reduced|changed|switched|added|took|tested|has|had|have)\b"""
)
_YOU_WORD_RE = rx(r"\b(?:you|u|your|ur|yours)\b")


def clinician_did(sentence: str, index: int) -> bool:
    """True when a clinician earlier in ``sentence`` did what the verb at ``index`` tells, with
    no "you" between them: the order is the doctor's, reported."""
    did = _CLINICIAN_DID_RE.search(sentence, 0, index)
    return bool(did and not _YOU_WORD_RE.search(sentence, did.end(), index))


# Second or third person with a modal of obligation: "you should", "your son needs to".
MODAL = r"""
    (?:\b(?:you|u|ya|he|she|they|your\s+(?:little\s+one|\w+))
       \s+(?:really\s+|definitely\s+|honestly\s+|just\s+)?
       (?:should|shud|need(?:s)?(?:\s+to)?|must|ha(?:ve|s)\s+to|ought\s+to|gotta|better
          |'d\s+better|'ll\s+want|want\s+to|could)
       \s+(?:really\s+|definitely\s+|just\s+|also\s+)?(?:be\s+|try\s+)?
     |\byou'd\s+|\byou\s+would\s+|\b(?:you|u)'ll\s+(?:want|need)(?:\s+to)?\s+)
"""
# A change floated rather than ordered, with no "you" in it: "worth dropping him to 1 mg?",
# "might be worth giving the Piriton a miss", "wouldn't hurt to stop the iron", "maybe just
# stop the Benadryl?" (not "it was worth trying", not "I could always stop it").
SUGGESTION = r"""
    (?:\b(?:(?:might|may|could|would)(?:n'?t)?\s+(?:it\s+)?|it'?d\s+)be\s+worth\s+(?:just\s+|maybe\s+)?
     |(?<!\bwas\s)(?<!\bwere\s)(?<!wasn't\s)(?<!\bwasnt\s)\bworth\s+(?:just\s+|maybe\s+)?(?=[a-z]+ing\b)
     |\b(?:wouldn'?t|won'?t|can'?t|couldn'?t|doesn'?t)\s+hurt\s+to\s+(?:just\s+|maybe\s+)?
     |(?<!\bi\s)(?<!\bwe\s)\bcould\s+always\s+(?:just\s+)?
     |(?:^|[,;:(]\s*|\b(?:so|and|but|or|then|ok|okay|hmm)\s+)(?:maybe|perhaps|possibly)\s+(?:just\s+)?)
"""
# Substrings every SUGGESTION form holds: a sentence without one never scans for it.
SUGGESTION_MARKS = ("worth", "hurt", "always", "maybe", "perhaps", "possibly")


def suggests(sentence: str) -> bool:
    return any(map(sentence.__contains__, SUGGESTION_MARKS))


ADVISORY_FIRST_PERSON = r"""
    (?:(?:\bif\s+i\s+were\s+you\b,?\s*|\bpersonally,?\s+)?\b(?:i'd|id|i\s+would)
       (?:\s+(?:recommend|suggest|say|definitely|honestly|just|be))*\s+
       # the writer's own caution is no advice: "I'd want to check first", "I'd be careful with..."
       (?!(?:want\s+to\s+|need\s+to\s+)?(?:check|be\s+(?:careful|wary|cautious)|careful|wary|cautious
         |hesitate|think\s+twice)\b)
       # nor the writer's own wishes and news: "figured I'd share", "I'd love to know"
       (?!(?:share|post|love|like|guess|imagine|hate|forgotten|have\s+(?:thought|guessed|known)|update
         |report\s+back)\b)
     |\bif\s+i\s+were\s+you\b,?\s*
     |\bmy\s+advice(?:\s+would\s+be|\s+is|\s*:|\s*-)\s*(?:to\s+)?
     |\b(?:your|ur|yr)\s+best\s+bet\s+is\s+(?:to\s+)?)
"""


UNIT = r"""
    (?:mgs?|milligrams?|mcg|ug|micrograms?|g|grams?|ml|mls|millilit(?:re|er)s?|iu|units?
    |drops?|tabs?|tablets?|capsules?|caps|pills?|gummies|teaspoons?|tsp|spoonfuls?|spoons?
    |sachets?|puffs?|gotas|gotitas|gouttes|tropfen|cucharaditas?|teel[oö]ffel|comprimidos?
    |comprim[eé]s?|pastillas?)\b
"""
NUMBER = r"(?:\d+(?:[.,]\d+)?|\d+\s*/\s*\d+|one|two|three|four|five|six|ten|a|an)"
# (each form starts at a word boundary, the numbers after a non-word character: the shared \b
# first lets the scan pass the middles of words)
DOSE_QTY_RE = rx(
    rf"""
    \b(?:\b(?:half|a\s+half|a\s+quarter|quarter|\d\s*/\s*\d)\s+(?:of\s+)?an?\s+
        (?:{UNIT}|{DRUG})
      # without the article: "a quarter teaspoon", "half tablet of Neurobion"
      |\b(?:half|a\s+quarter|quarter)\s+{UNIT}
      |(?<![\w.])\d+(?:[.,]\d+)?\s*(?:-|to|or)\s*\d+(?:[.,]\d+)?\s*{UNIT}
      |(?<![\w.]){NUMBER}\s*(?:x\s*\d+\s*)?{UNIT}
    )
    """
)
# Words without which a sentence holds no amount (bare counts and measures included).
DOSE_GATE_RE = trie.compile(
    r"\d|half|halve|double|triple|quarter|spoon|tsp|capful|scoop|sachet|dropper|couple"
    r"|\b(?:one|two|three|cap)\b|\ban?\s+(?:hour|hr|min)|every\s+other"
)
# A timing moved with no number ("in the morning not at night"): read only where the gate above
# found nothing and the sentence holds one of TIMING_SWAP_WORDS.
TIMING_SWAP_RE = trie.compile(r"(?:morning|evening|night|bedtime)\s+(?:not|instead|rather)\b")
TIMING_SWAP_WORDS = ("not ", "instead", "rather")
# A bare count is not a dose ("a tablet", "one drop") unless a number or mass unit is there.
MASS_UNIT_RE = rx(r"\d|half|quarter|mg|ml|mcg|gram|iu\b|teaspoon|tsp|spoon")


# The one thing to do, announced: "the fix is", "the trick's", "best thing to do is".
FIX_LEAD = (
    r"(?:the\s+(?:fix|trick|answer|key|cure|solution|secret)|(?:the\s+)?(?:best|easiest|only|first)"
    r"\s+thing)(?:\s+to\s+do)?(?:\s+is|'s)"
)


# The writer speaking of themselves or their own ("ours stopped by 8", "we'd tried it").
# The writer in French and Spanish ("je", "moi", "nous", "mon", "yo", "mi"), for the rules
# that tell the writer's own story from advice in those languages.
FIRST_PERSON_FR_ES = r"je|j'ai|j'|moi|nous|mon|ma|mes|yo|mi|mis|nosotros|nosotras"
FIRST_PERSON_RE = rx(
    r"\b(?:i|i'm|im|i've|ive|i'd|i'll|my|me|mine|we|we've|we're|we'd|our|ours|us)\b"
)
FIRST_PERSON_SUBJECT_RE = rx(
    # (not "if I were you, I'd...": a condition, the writer's advice)
    r"""(?<!\bif\s)\b(?:i|we)\s+(?:\w+ed|started|give|gave|take|took|use|used|tried|put|got|get|do|did
        |have|had|just|always|usually|now|then|still|also|were|was
        # the writer's own routine: "I cut dairy and eat more greens", "we feed her every 3 hours"
        |cut|quit|eat|ate|drink|drank|feed|fed|keep|kept|make|made|let|went|bought)\b"""
)


def narrative_before(sentence: str, index: int) -> bool:
    """True when a first-person subject earlier in the clause owns the verb at ``index``.

    "We started at 1 mg and give it at 7pm" is a report; the "give" shares "we".
    """
    clause_start = max(sentence.rfind(ch, 0, index) for ch in ",;:(")
    return bool(FIRST_PERSON_SUBJECT_RE.search(sentence[clause_start + 1 : index]))


def first_imperative(pattern: re.Pattern[str], sentence: str) -> re.Match[str] | None:
    for m in pattern.finditer(sentence):
        if not narrative_before(sentence, m.start("verb")):
            return m
    return None


# Double quotes, guillemets, or single quotes that open before a word and close after one (the
# apostrophes of "can't" and "that's" inside them stay part of the quote).
QUOTED_RE = rx(
    r""""[^"]*"|«[^»]*»|(?:^|(?<=[\s:(\[]))'(?=[^\s'])(?:[^']|'(?=\w))*?(?<=\S)'(?=[\s.,!?;:)\]-]|$)"""
)


def quoted(sentence: str, index: int) -> bool:
    """True when ``index`` falls inside quotation marks: someone else's words, usually
    quoted to disagree with them ("'5 ml of Piriton' isn't something I'd do")."""
    return any(m.start() <= index < m.end() for m in QUOTED_RE.finditer(sentence))


# Function words of the other languages members write in, and of English. Context rules that
# clear a model-only finding read English only: a post in another language is left to the
# model and the rules.
_FOREIGN_WORDS = wordset(
    """le les des du une est pas c'est nous vous que qui pour avec dans el los las una es por
    para con lo yo mi hija hijo und der das ist nicht mit ich wir ang sa mo ko ng ako nem ele ela
    pra voce com nao muy pero tambien aussi mais tres sur il elle votre ton tu se y dem sie dann
    na una dey nuestro nuestra esta este toda todo gratis semana le la unser eine ein ist mein meine
    minha meu seu sua uma você não también très ça él está"""
)
_ENGLISH_WORDS = wordset(
    """the a an and is it i to of in my we was our you he she this that all with for have what
    just well good thanks your one some get yourself be are not so but can"""
)
_TOKEN_RE = trie.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def english(norm: str) -> bool:
    """True when the normalised text reads as English (no two foreign function words)."""
    tokens = set(_TOKEN_RE.findall(norm))
    return len(tokens & _FOREIGN_WORDS) < 2 and bool(tokens & _ENGLISH_WORDS)
