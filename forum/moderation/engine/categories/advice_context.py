"""Context that clears a post of individual advice when the advice rules found none.

The learned model reads words, so a parent's report of their own doctor's plan ("our
neuro put him on 2 ml of Keppra") or a reply that sends the reader to their own doctor
or to emergency help can score like advice. These posts have a shape of their own: a
clinician of the writer's family, the writer's own doctor or the reader's own doctor
is the one who decides, and nothing in the post tells the reader what to take or do
about a treatment. :func:`clears` recognises that shape; the engine then drops a
finding that only the model made (a rule hit is never cleared).

Any directive form keeps the post held: an imperative about a treatment, a modal aimed
at the reader ("you should", "she needs to"), an advisory first person ("I'd..."), a
suggestion question ("why not...", "have you tried..."), an endorsement ("+1", "do what
we did"), or the same in Spanish, French or German.
"""

from __future__ import annotations

import functools

from forum.moderation.engine.text import Span, normalize, rx
from forum.moderation.engine.words import (
    ADVISORY_FIRST_PERSON,
    CLINICIAN,
    DOSE_QTY_RE,
    DRUG,
    DRUG_RE,
    FIRST_PERSON_RE,
    LIST_MARKER,
    MODAL,
    NOT_A_DRUG_REQUEST,
    QUOTED_RE,
    REGIMEN_WORD_RE,
    english,
)

# The writer's (or the writer's family's) own clinician, or a prescription reported as such.
_OWN_CLINICIAN_RE = rx(
    rf"""
    \b(?:my|our|his|her|their|mum's|mom's|dad's|the|her\s+own|his\s+own|our\s+own)\s+
      (?:[\w']+\s+){{0,2}}?{CLINICIAN}s?\b(?:'s)?
      (?:\s+[\w']+){{0,3}}?\s+(?:gave|prescribed|put|started|said|told|advised|recommended|suggested|did
        |wants|wanted|asked|has\s+(?:him|her|me|us|them|[a-z]+\s+on)|upped|increased|lowered|reduced|changed
        |switched|added|set|showed|explained|agreed|plan|trial|referred|was\s+clear|were\s+clear
        |dropped|weaned|stopped|took\s+(?:him|her|them|me|us)\s+off|bumped|moved
        # "our pediatrician okayed 1 mg", "her GP signed off on it"
        |okayed|ok'?d|ok'ed|approved|cleared|signed\s+off|allowed)
    |(?:^|[.!?]\s+)(?:\w+\s+)?{CLINICIAN}s?(?:'s|\s+has|\s+have)?\s+(?:gave|given|prescribed|put
      |started|said|told|advised|recommended|suggested|wants|wanted|asked|upped|increased|lowered
      |reduced|changed|switched|added|referred|okayed|ok'?d|ok'ed|approved|signed\s+off|dropped
      |weaned|stopped|took\s+(?:him|her|them|me|us)\s+off)\b
    # the clinician as a bare subject after a comma: "ferritin very low, PD gave iron drops"
    |(?:[,;.!?]|^)\s*{CLINICIAN}s?\s+(?:gave|prescribed|put|started|said|say|told|advised|recommended|suggested
      |checked
      |found|did|changed|switched|upped|increased|lowered|reduced|dropped|weaned|stopped)\b
    |\b{CLINICIAN}s?(?:'s|\s+has|\s+have)\s+(?:given|prescribed|put|started|upped|increased
      |lowered|reduced|changed|switched|added)\b
    # present tense and non-native forms, after "my/our/his/her" only ("the GP gives" is no report):
    # "my own doctor tells me 200 mg", "her doctor give her now clonazepam"
    |\b(?:my|our|his|her|their)\s+(?:own\s+)?(?:[\w']+\s+){{0,2}}?{CLINICIAN}s?\s+(?:now\s+|also\s+)?(?:tells
      |says|give|gives|prescribes|keeps)\b
    # the writer's own treatment: "GP has me on magnesium", "neuro is keeping me on ropinirole"
    # "I'm on pramipexole 0.125", "ours is on 3 ml twice a day", "...from my neuro",
    # "my doctor's idea"
    |\b(?:i'?m|i\s+am|we'?re|ours\s+is|mine\s+is|(?:my|our)\s+(?:\w+\s+){{0,2}}?(?:is|are))\s+(?:now\s+
      |currently\s+|still\s+|also\s+|only\s+)?on\s+(?:(?:the|a|her|his)\s+)?(?:{DRUG}|\d)
    |\bfrom\s+(?:my|our|his|her)\s+(?:own\s+)?{CLINICIAN}s?\b
    |\b(?:my|our|his|her)\s+(?:own\s+)?{CLINICIAN}'s\s+(?:idea|suggestion|advice|plan|call|orders)\b
    |\b{CLINICIAN}s?\s+(?:has|have|had|is\s+keeping|keeps|kept|is\s+putting)\s+(?:me|us)\s+on\b
    # the writer asking about their own child: "is it safe to give my 3 year old..."
    |\b(?:is\s+it\s+(?:safe|ok|okay|alright|fine|normal)|should\s+(?:i|we)|can\s+(?:i|we)
      |could\s+(?:i|we)|do\s+(?:i|we)|would\s+it\s+be\s+(?:ok|okay|safe))\s+(?:to\s+)?(?:give|use|try
      |start|stop)\s+(?:\w+\s+)?(?:my|our)\b[^.!?]*\?
    # ... or about their own tablets: "since I started on co-codamol ... Should I stop it?"
    |\b(?:should|can|could|do|must)\s+(?:i|we)\s+(?:just\s+)?(?:stop|start|keep\s+taking|keep|come\s+off|cut
      |take)\s+(?:it|them|taking\s+(?:it|them))\s*\?
    # the writer's own plan to ask their doctor: "I'll mention it to the GP"
    |\b(?:i'll|ill|i\s+will|we'll|we\s+will|i'm\s+going\s+to|we're\s+going\s+to|i\s+need\s+to
      |i\s+should|i'd\s+better|gonna)\s+(?:\w+\s+)?(?:mention|ask|bring|raise|show|talk|call|ring
      |see|book|take|check)\b[^.!?]{{0,40}}\b{CLINICIAN}s?\b
    |\b(?:was|were|been|got|is|am|are)\s+(?:\w+\s+)?(?:prescribed|started\s+on|put\s+on)\b
    |\bon\s+(?:the|my|our|his|her)\s+(?:\w+\s+)?{CLINICIAN}'s\s+(?:plan|advice|orders)
    |\bunder\s+(?:the|my|our|his|her)\s+(?:\w+\s+)?{CLINICIAN}
    # Spanish, French and German reports of one's own doctor.
    |\b(?:nuestro|nuestra|mi)\s+(?:m[eé]dico|m[eé]dica|neur[oó]logo|neur[oó]loga|pediatra|doctor
      |doctora)\b
    |\b(?:mon|ma|notre)\s+(?:m[eé]decin|neurologue|p[eé]diatre|docteur|g[eé]n[eé]raliste)\b
    # "hablamos con la pediatra", "on a parlé au pédiatre"
    |\b(?:hablamos|habl[eé]|consultamos|consult[eé])\s+con\s+(?:la|el|su|nuestr[oa])\s+(?:pediatra|m[eé]dic[oa]
      |neur[oó]log[oa]|doctora?)\b
    |\b(?:on\s+a|nous\s+avons|j'ai)\s+(?:parl[eé]|vu|consult[eé])\s+(?:au|[aà]\s+(?:la|notre)|le|la|notre)\s+
      (?:m[eé]decin|neurologue|p[eé]diatre|docteur|g[eé]n[eé]raliste)\b
    |\b(?:m'a|nous\s+a|lui\s+a)\s+(?:prescrit|donn[eé]|conseill[eé])
    # "chez nous, le pédiatre a regardé la vidéo et a dit...", "la pediatra nos dijo..."
    |\b(?:le|la)\s+(?:m[eé]decin|p[eé]diatre|neurologue)\s+[^.!?]{{0,60}}?\ba\s+dit\b
    |\b(?:el|la)\s+(?:m[eé]dico|m[eé]dica|pediatra|neur[oó]logo|neur[oó]loga)\s+(?:nos|me|le)\s+(?:dijo|explic[oó])\b
    |\b(?:unser|unsere|mein|meine)\s+(?:arzt|[aä]rztin|neurologe|neurologin|kinderarzt
      |kinder[aä]rztin)\b|\bder\s+(?:neurologe|arzt|kinderarzt)\b[^.]{{0,60}}\bverordnet
    """
)
# The reader sent to their own doctor, a pharmacist or a helpline.
_DEFER_RE = rx(
    rf"""
    (?:\b(?:i'd|id|i\s+would|(?:you|u)\s+(?:should|could|might\s+want\s+to|need\s+to|must|can
      |'d\s+better))\s+(?:just\s+|definitely\s+|really\s+|honestly\s+)?)?
    \b(?:ask(?:ing)?|see(?:ing)?|talk(?:ing)?\s+to|speak(?:ing)?\s+to|check(?:ing)?\s+with|call|ring
      |phone|tell|go\s+back\s+to|run\s+it\s+by|be\s+on\s+the\s+phone\s+to|get\s+on\s+to|get\s+onto
      |(?:get|take|bring)\s+(?:him|her|them|the\s+(?:baby|child|kid)|\w+)\s+(?:in\s+)?(?:to\s+see|to
        |seen\s+by|checked\s+(?:out\s+)?by)
      |run\s+(?:that|this)\s+(?:past|by)|with|from|by|for)\s+(?:your|his|her|their|the\s+child's
      |the)\s+
      (?:own\s+)?(?:\w+\s+)?(?:{CLINICIAN}s?|prescriber|surgery|practice|health\s+cent(?:re|er))\b
    |\bask\s+(?:your|their)\s+own\b|\bwith\s+(?:your|her|his|their)\s+own\b
    # waiting for the doctor's result: "wait for the ferritin result", "wait till the appointment"
    |\bwait\s+(?:for|until|till|til)\s+(?:the|your|his|her|their)\s+(?:\w+\s+){{0,2}}?(?:results?|bloods?
      |tests?|appointment|review|referral|{CLINICIAN}s?)\b
    # who decides: "your neuro would be the one to say", "only her GP can say", "the GP will go
    # through all the tablets with you"
    |\b(?:your|his|her|their|the)\s+(?:own\s+)?(?:\w+\s+)?{CLINICIAN}s?\s+(?:would|will|'d|'ll|is|'s|can|could)\s+
      (?:(?:be\s+)?(?:the\s+(?:one|person|best\s+person|people)|best\s+placed)\s+to\s+(?:say|decide|ask|know|judge
        |advise|tell)\b|(?:\w+\s+)?(?:go\s+through|look\s+(?:at|over)|review|want\s+(?:a|an|some|to))\b[^.!?,]*)
    |\bonly\s+(?:your|his|her|their|the)\s+(?:own\s+)?(?:\w+\s+)?{CLINICIAN}s?\s+(?:can|could|would)\s+(?:say|decide
      |tell|know|judge)\b
    # the writer's own caution: "I'd want to check before giving...", "I'd be careful changing..."
    |\bi'?d\s+(?:want\s+to\s+|need\s+to\s+)?(?:check|be\s+(?:careful|wary|cautious)|think\s+twice|hesitate)\b
      [^.!?,]*
    |\b(?:pregunt[ae]|consult[ae])\s+(?:a\s+)?(?:tu|su)\s+(?:m[eé]dico|pediatra|neur[oó]logo)
    |\b(?:demandez|voyez)\s+(?:[aà]\s+)?votre\s+(?:m[eé]decin|p[eé]diatre|neurologue)
    |\bmontrez(?:-la|-le|-les)?\s+(?:au|[aà]\s+(?:votre|la|le))\s+(?:m[eé]decin|p[eé]diatre|neurologue)
    |\bens[eé][nñ]a(?:selo|sela|selos)?\s+a\s+(?:tu|la|el|su)\s+(?:m[eé]dic[oa]|pediatra|neur[oó]log[oa])
    |\bbeim\s+eigenen\s+arzt\b
    """
)
# A test asked for, no treatment: "your mum should get her iron checked first" (read only beside
# TEST_WORDS).
_TEST_REQUEST_RE = rx(
    rf"""(?:{MODAL})?\b(?:get|have)\s+(?:(?:her|his|their|your|the)\s+)?(?:\w+\s+)?(?:iron|ferritin|bloods?|blood
      |levels|b12|vitamin\s+d|thyroid|magnesium|calcium)\s+(?:levels?\s+)?(?:checked|tested|looked\s+at|measured)\b"""
)
_TEST_WORDS = ("checked", "tested", "looked at", "measured")


# A reply that sends the reader to emergency help (first aid in it is no treatment advice).
_SEND_FOR_HELP_RE = rx(
    r"""\b(?:call|ring|phone|dial|appelez|appelle|llama|llame)\s+(?:\w+\s+){0,2}?
        (?:999|911|000|112|108|111|15|ambulance|emergency|an\s+ambulance|triple\s+zero|le\s+15
        |le\s+112|el\s+112|urgencias|samu)\b
    # "000 now mate", "that's straight to A&E or 999"
    |(?:^|[.!?,]\s*)(?:999|911|000|112|108)\s+(?:now|right\s+now|straight\s+away|immediately|asap)\b
    # the number as a clause of its own: "999, press a towel on it", "911. Now."
    |(?:^|[.!?]\s*)(?:999|911|000|112|108)\s*[,.!:]
    |\bstraight\s+(?:to|into)\s+(?:a&e|the\s+er|er|casualty|emergency|hospital)\b
    # "go to the nearest ER", "bring him to A&E now", "stay on the line with dispatch"
    |\b(?:go|head|get)\s+(?:straight\s+)?to\s+(?:the\s+)?(?:nearest\s+)?(?:a&e|er|ed|emergency(?:\s+room)?
      |hospital|casualty)\b
    |\b(?:bring|take|carry|drive)\s+(?:him|her|them|the\s+baby|your\s+\w+)\s+(?:straight\s+)?(?:to|into)
      \s+(?:the\s+)?(?:nearest\s+)?(?:a&e|er|ed|emergency|hospital|casualty)\b
    |\bstay\s+on\s+the\s+(?:line|phone)\b"""
)
# Filming the episodes for the doctor is what every doctor asks for, never a treatment: "film
# it", "take a video", "faites une vidéo", "grábalo", "mach ein Video".
_FILMING_RE = rx(
    r"""\b(?:film(?:ing)?|record(?:ing)?|video)\s+(?:it|him|her|them|the\s+\w+|a\s+few\s+\w+)\b
    |\b(?:take|get|make|grab|send|bring|show)\s+(?:\w+\s+){0,2}?(?:videos?|clips?|recordings?|footage)\b
    |\b(?:faites|fais|prenez)\s+(?:une|la|des)\s+vid[eé]os?\b|\bfilmez(?:-le|-la)?\b
    |\b(?:keep|make|write)\s+(?:a\s+)?(?:note|notes|diary|log|record)\b
    |\bgr[aá]ba(?:lo|la|los)?\b|\bhaz\s+un\s+v[ií]deo\b|\bmach\s+ein\s+video\b|\bfilme?\s+es\b
    |\bfa[zç]a?\s+um\s+v[ií]deo\b|\bfilma\b"""
)
_FIRST_AID_RE = rx(
    r"""\b(?:put|lay|roll|turn|keep|place)\s+(?:him|her|them|the\s+baby|your\s+\w+)\s+(?:\w+\s+)?
          on\s+(?:his|her|their|its|the)\s+side\b
        |\bnothing\s+in\s+(?:his|her|their)\s+mouth\b|\btime\s+(?:it|the\s+\w+)\b
        |\bstay\s+with\s+(?:him|her|them)\b|\bstart\s+(?:going|driving|heading)\b
        |\bdon'?t\s+wait\b|\bmettez-?(?:le|la)\s+sur\s+le\s+c[oô]t[eé]\b
        # while help comes: "keep him still", "keep her face uncovered", "nothing by mouth",
        # "press a clean towel on the cut", "unlock the door", "tell them the exact time",
        # "carry her on your chest", "they'll tell you what to do"
        |\bkeep\s+(?:him|her|them|the\s+baby)\s+(?:still|warm|calm|safe|upright|awake|cool|there)\b
        |\bkeep\s+(?:his|her|their|the\s+baby's)\s+(?:face|head|airway|mouth|nose|neck)\s+(?:\w+\s+)?(?:uncovered
          |clear|free|up|still|straight)\b
        |\b(?:don'?t|do\s+not)\s+(?:give|put)\s+(?:him|her|them)\s+anything(?:\s+(?:by|in\s+(?:his|her|their))
          \s+mouth|\s+to\s+(?:eat|drink))?|\bnothing\s+(?:by|in\s+the)\s+mouth\b
        |\bpress\s+(?:\w+\s+){0,3}?(?:on|against|onto)\s+(?:the|his|her|their)\s+(?:cut|wound|bleed\w*|graze)\b
        |\bunlock\s+the\s+(?:\w+\s+)?(?:door|gate)\b|\bput\s+(?:the|a)\s+(?:\w+\s+)?lights?\s+on\b
        |\btell\s+(?:them|the\s+(?:operator|dispatch\w*|call\s+handler|paramedics?|ambos?|crew))\b
          (?![^.!?,]*\b(?:want|prescribe|give|start|stop|put)\b)[^.!?,]*
        |\b(?:carry|hold|bring)\s+(?:him|her|them|the\s+baby)\s+(?:on|against|in)\s+(?:your|ur)\s+(?:chest|arms|lap)\b
        |\b(?:they|dispatch|the\s+(?:operator|dispatcher|call\s+handler))(?:'ll|\s+will)\s+(?:tell|talk|walk|guide)
          \s+(?:you|u)\s+(?:through\s+(?:it|\w+)|what\s+to\s+do)\b"""
)

# Any of these keeps a post held: a directive about a treatment, in any form.
_TREATMENT_VERB = r"""
    (?:give(?!\s+(?:it\s+|him\s+|her\s+|them\s+)?(?:some\s+|more\s+)?time\b)|giving|take|try|start|stop|put
    |use|get|cut|switch|swap|avoid|skip|add|drop|double
    |up|increase|reduce|wean|lower|raise|taper|halve|crush|mix|dissolve|rub|apply|massage|pop
    |stick|whack|bump|quit|ditch|bin|come\s+off|go\s+(?:up|down|off|on|with|for)|keep|let|make
    |swaddle|wrap|lay|feed|limit|ban|remove|change|consider|bring|buy|order|grab|demand|insist
    |push|request|pull|leave|cancel|ignore|forget|trust|listen|bother|prop|elevate
    # "sleep on her side" orders; "Sleep study showed PLMD" reports
    |sleep(?!\s+(?:study|studies|tests?|clinic|doctor|consultant|specialist|lab|centre|center|tech
      |medicine|apn\w+|diary|tracker|deprivation|walking|talking|hygiene|pattern|cycles?|quality
      |issues?|problems?|regression|training|nurse|team|is|was|has|had)\b)
    |thicken|alternate|shift|time|space|split|dilute|combine|pair|follow)
"""
_DIRECTIVE_RE = rx(
    rf"""
    (?:^|[.!?]\s+|[,;:(•]\s*|\s-+\s|{LIST_MARKER}\s*
      |\b(?:and|then|so|but|or|also|plus|honestly|seriously|mate
      |please|pls|plz|kindly|maybe|definitely|simply|really|instead|yeah|ok|okay|madam|sir|mommy
      |mummy|mate|hun|love|dear|friend|you)\s+)
      {_TREATMENT_VERB}\b
    |{MODAL}|{ADVISORY_FIRST_PERSON}
    |\bwhy\s+not\b|\bwhy\s+don'?t\b|\bhave\s+(?:you|u)\s+(?:tried|thought|considered|looked)
    |\b(?:what|how)\s+about\b|\bworth\s+(?:a\s+(?:try|go|shot)|trying|giving)\b|\bgive\s+it\s+a\s+go\b
    |\btry\s+it\b|\byou\s+(?:could|can|might|may)\b|\b(?:i|we)\s+(?:recommend|suggest|swear\s+by)\b
    |(?<!n't\s)(?<!not\s)(?<!saying\s)\bdo\s+(?:what|the\s+same|exactly|it|that|this)\b|\bsame\s+(?:as|for)\s+(?:us|you)\b|\+1|\bthis\s*!
    |\bagree\s+with\b|\bthe\s+(?:trick|answer|secret|key)\s+is\b|\bbest\s+(?:thing|bet)\b
    |\b(?:your|ur)\s+(?:\w+\s+)?(?:needs?|should)\b|\bfor\s+(?:you|u|your)\b|\btell\s+(?:him|her|them|(?:your|ur)\s+\w+)\b|\b(?:take|give|use|try|do)\s+(?:the\s+)?same\b
    |\bif\s+i\s+were\b|\bin\s+your\s+(?:shoes|place)\b|\bwill\s+(?:sort|fix|help|calm|settle|work|solve|cure|stop)\b
    |\b(?:sort|fix|calm|settle)\s+(?:it|him|her|them)\b|\bworks?\s+(?:wonders|a\s+treat|every\s+time)\b
    |\b(?:is|was|are)\s+(?:the|your)\s+(?:answer|way\s+to\s+go|trick|key|cure|solution|one\s+to)\b
      (?!\s+(?:for|with)\s+(?:us|me|mine|ours|my|our)\b)
    |\b(?:life-?saver|game-?\s?changer|miracle|changed\s+(?:our|my|his|her)\s+li(?:fe|ves))\b
    |\b(?:yours|theirs|ur\s+\w+)\s+(?:should|needs?|must|could|would|will|too|as\s+well)\b
    |(?<!\btake\s)(?<!\bwork\s)(?<!\blast\s)\b(?:for|to|give|giving|put)\s+yours\b|\bcopy\s+(?:that|this|us|what|me)\b|\bask\s+for\b
    |\bsweet\s+spot\b|\bspot\s+on\b|\b(?:perfect|ideal|right)\s+(?:dose|amount)\b
    |\b(?:you|u)'?ll\s+(?:see|notice|thank|be\s+amazed|sleep|never)\b
    |\band\s+(?:he|she|they|it)'?ll\s+(?:sleep|settle|stop|be\s+fine)\b
    |\bmagic\b|\bthe\s+way\s+to\b|\bfirst\s+thing\b|\bwhat\s+(?:you|u)\s+do\s+is\b
    |\b(?:about|just|exactly)\s+right\b|\bis\s+(?:plenty|enough|fine|safe)\s+for\b
    # Spanish, French and German orders and modals.
    |\b(?:dale|dele|denle|dadle|prueba|pruebe|empieza|empiece|deja|deje|quita|quite|toma|tome
      |tomate|t[oó]mate|p[ií]de\w*|ponle|p[oó]ngale|haz|haga|hazle|debes|deber[ií]as|tienes\s+que|tiene\s+que
      |hay\s+que|mejor\s+(?:dale|que)|donnez|essayez|arr[eê]tez|commencez|mettez|prenez|faites
      # (not the writer's own "je prends", "on lui donne", "elle fait")
      |(?<!je\s)(?<!on\s)(?<!il\s)(?<!lle\s)(?<!lui\s)(?:donne|essaie|arr[eê]te|mets|prends|fais)
      |il\s+faut|vous\s+devez|tu\s+dois|devriez|gib|gebt
      |geben\s+sie|nehmt|nehmen\s+sie|probier|versucht?|sollte|solltet|m[uü]sst)\b
    """
)


_NEGATED_ORDER_RE = rx(
    r"(?:^|[.!?,;:]\s*|\b(?:and|but|so|please|just)\s+)(?:don'?t|do\s+not|never)\s+(?:\w+\s+)?"
    + _TREATMENT_VERB
    + r"\b"
)
# A drug asked of their doctor on their behalf: "ask the GP to put him on clonazepam".
_BEHALF_RE = rx(
    rf"""
    \btell\s+(?:your|the|his|her|their)\s+(?:\w+\s+)?{CLINICIAN}s?\s+(?:that\s+)?(?:you|u|she|he|they)
      \s+(?:want|need|would\s+like)|
    \bask(?:ing)?\s+(?:yours|theirs|them|him|her)\s+(?:to\s+(?:prescribe|start|put|give|swap|switch|try)|for\s+(?:it
      |that|this|the\s+same|some|them))\b|
    \b(?:ask|tell|get|request|push|beg|make)\s+(?:your|the|his|her|their)\s+(?:\w+\s+)?{CLINICIAN}s?
      \s+(?:to|for)\s+{NOT_A_DRUG_REQUEST}
    """
)
# A negated order that names who decides is a caution: "don't change it without her neuro".
_CAUTION_RE = rx(
    rf"\b(?:without|unless|until|before|first|{CLINICIAN}s?|prescriber|yourself|alone)\b"
)


# Once deferral, help and courtesies are set aside, a statement that still names the
# reader or their person ("your son would do well on that", "yours can have it too") or
# every child ("every baby should have that") carries the treatment over to them.
_COURTESY_RE = rx(
    r"""\bthank\s+(?:you|u)\b|\b(?:hope|wish)\s+(?:you|u|your|yours)\b[^.!?,]*|\bif\s+(?:you|u)'?(?:re|\s+are)
        \s+(?:worried|unsure|not\s+sure|scared|anxious|in\s+doubt)\b|\byou'?re\s+not\s+alone\b
        # the reader's state, not a treatment: "if you're both not sleeping"
        |\bif\s+(?:you|u)'?(?:re|\s+are)\s+(?:both\s+|all\s+|still\s+)*(?:not\s+)?(?:sleeping|coping|struggling
          |exhausted|tired|shattered|worn\s+out|getting\s+no\s+sleep)\b[^.!?,]*
        |\b(?:for|with)\s+you\s+(?:both|all)\b|\benjoy\s+(?:your|the)\b[^.!?,]*
        |\b(?:you|u)'?ll\s+(?:get|come)\s+(?:there|through\s+(?:it|this))\b
        |\bhave\s+an?\s+(?:good|lovely|nice|great|restful|quiet)\b[^.!?,]*
        |\b(?:not\s+crazy|good|great|understandable|fair|natural|no\s+wonder)\s+(?:that\s+)?(?:you|u)\b[^.!?,]*
        |\b(?:you|u)'?(?:re|\s+are)\s+(?:not\s+)?(?:right|imagining\s+(?:it|things)|crazy|paranoid)\b[^.!?,]*
        |\bevery\s+(?:kid|child|baby|bub|one|body|person|family)(?:'s|\s+is)\s+(?:\w+\s+)?different\b|\bif\s+(?:you|u)\s+(?:want|like|need)\s+to\s+(?:chat|talk)\b
        |\b(?:you|u)'?(?:re|\s+are)\s+(?:\w+\s+)?(?:heroes|a\s+hero|amazing|a\s+star|a\s+legend|so\s+strong
          |brave|doing\s+(?:great|amazing|brilliantly|so\s+well|a\s+(?:great|good)\s+job))\b"""
)
_READER_RE = rx(
    r"""\b(?:you|u|your|yours|ur|y'all)\b
        |\b(?:every|any|all|most)\s+(?:\w+\s+)?(?:baby|babies|kid|kids|child|children|toddlers?|parents?
          |mums?|moms?|adults?|one|person|people)\b"""
)


def _orders(text: str) -> bool:
    """Does ``text`` tell someone what to do about a treatment (see the module docstring)?"""
    if _DIRECTIVE_RE.search(text):
        return True
    for sentence in rx(r"[^.!?]+[.!?]*").findall(text):
        if _NEGATED_ORDER_RE.search(sentence) and not _CAUTION_RE.search(sentence):
            return True
        statement = not sentence.rstrip().endswith("?")
        if statement and _READER_RE.search(_COURTESY_RE.sub(" ", sentence)):
            return True
    return False


# What a treatment directive is about: a medicine, an amount, or a regimen (food, sleep
# position, wrapping, bath, blanket, a routine). A post naming none of these and ordering
# nothing ("my daughter jerks so hard she falls out of bed, idk what to do") advises nobody.
_TREATMENT_RE = rx(
    rf"""\b{DRUG}|\d[.,/]\d|\d\s*(?:mg|ml|mcg|iu|drops?|tabs?|g)\b
    |\b(?:half|quarter|dose|doses|dosage|it|them|that|this|those|these|give|giving|gave|take|taking
      |took|tablet|tab|capsule|pill|globules?|gummy|sachet|spray|cream|lotion|ointment|vaccines?)\b
    |\b(?:dairy|gluten|wheat|sugar|caffeine|coffee|diet|food|foods|formula|milk|feeds?|swaddl\w*|wrap\w*
      |blanket|tummy|stomach|side|pillow|wedge|bath|baths|massage|oils?|tea|honey|screens?|routine
      |bedtime|sleep\s+(?:on|in|with)|co-?sleep\w*|upright|elevat\w*|remedy|remedies|herbal|syrup)\b"""
)

# A treatment the writer tried, told in the past ("we swaddled ours but it didn't change the
# jerks", "I tried cutting dairy"): their own experience, not an order.
_OWN_PAST_RE = rx(
    r"""\b(?:i|we|ours|mine|(?:my|our)\s+(?:\w+\s+)?\w+)\s+(?:\w+\s+)?(?:\w+ed|tried|gave|took|did|had|got
        |put|cut|kept|stopped|swapped|switched|went|made|let|used|started|quit|dropped|brought)\b
    # "defo the magnesium for ours", "melatonin with mine was useless", "it helped us to..."
    |\b(?:for|with)\s+(?:us|ours|me|mine)\b|\b(?:helped|worked\s+for)\s+(?:us|me|mine|ours)\b"""
)
# What one's own clinician said, up to the end of the clause: "our paed said melatonin is fine
# for her at 1mg" reports the doctor's words.
_OWN_CLINICIAN_SAID_RE = rx(
    rf"""\b(?:my|our|his|her|their)\s+(?:\w+\s+)?{CLINICIAN}s?\s+(?:\w+\s+)?(?:said|says|told\s+(?:us|me)
    |tells\s+(?:us|me)|advised|recommended|suggested|thinks|reckons)\b[^,.;!?]*"""
)


# The writer's own story, feelings or question: every statement speaks in the first person
# ("ours stopped by 8", "my husband still does it at 40 lol"), is a kind word or a laugh, or
# names nobody ("the 4:45 one is always the cruelest").
_KIND_RE = rx(
    r"""\b(?:lol|lmao|haha\w*|hehe|hugs?|xx*|sending|hang\s+in|hope|glad|sorry|congrat\w*|yay
    |brilliant|amazing|lovely|thanks?|thank\s+you|well\s+done|good\s+luck|take\s+care|welcome
    |bless|aw+|oh\s+(?:no|love|god)|ugh|same|sympathy|solidarity|love|you'?re\s+(?:doing|not\s+alone))\b
    |[\U0001F300-\U0001FAFF\u2600-\u27BF]"""
)
_PERSON_RE = rx(
    r"""\b(?:you|u|ur|your|yours|y'all|he|she|him|her|hers|his|they|them|their|it'?ll|baby|babies
    |bub|kids?|child|children|toddlers?|son|daughter|boy|girl|husband|wife|partner|mum|mom|dad
    |people|everyone|everybody|anyone|parents?|mothers?|fathers?|sister|brother)\b"""
)
# A clause opened by a verb is an order, whatever it is about ("tie her hands", "wake her").
_IMPERATIVE_OPEN_RE = rx(
    rf"""^\W*(?:(?:just|honestly|seriously|please|pls|always|never|don'?t|do\s+not|yes|no|ok|okay
      |so|then|and|but|mate|mommy|mummy|mum|mom|sister|sis|dear|hun|love|friend|madam|sir)\W+)*
      (?:{_TREATMENT_VERB}|tie|bind|wake|watch|do|go|steam|hold|pick|film|record|write|note|check
      |read|look|see|call|ring|wait|tell|say|be|have|stay|sit|run|move|turn|cover|wash|rock|sing
      |dim|pat|shush|hide|lock|set|play|let's|lets)\b"""
)
_CLAUSE_SPLIT_RE = rx(r"[,;:(]|\s-+\s")
_SENTENCE_RE = rx(r"[^.!?\n]+[.!?]*")
# Amounts without a digit, and obligations laid on anyone but the writer.
_AMOUNT_WORD_RE = rx(
    r"""\b(?:half(?![\s-]+(?:term|an?\s+hour|hour|way|asleep|the\s+night))|halve|halving|quarters?
    |spoon\w*|teaspoon\w*|tsp|capful|scoop\w*|double|doubling|every\s+other|dose\w*)\b"""
)
_OBLIGATION_RE = rx(
    r"""\b(?!i\b|we\b)[\w']+\s+(?:(?:should|shud|must|ought|needs?\s+to|ha(?:s|ve)\s+to|gotta
    |might\s+want)\b(?!\s+(?:i|we)\b)
    # not what a thing can be: "this condition can be a real headache"
    |(?:can|could)\b(?!\s+(?:i|we|be|happen|feel|seem|last)\b))"""
)
# Numbers that are ages, times of day and counts of days, not amounts.
_NUMBER_RE = rx(r"\d+(?:[.,:/]\d+)*")
_CLOCK_RE = rx(r"\d{1,2}:\d\d$")
_AGE_TIME_AFTER_RE = rx(
    r"""\s*(?:-|to|or)?\s*\d*\s*(?:months?|mo|mths?|weeks?|wks?|years?|yrs?|y/?o|days?|nights?
    |hours?|hrs?|mins?|minutes?|seconds?|secs?|am|pm|times|o'?clock|th|st|nd|rd|s|%)\b"""
)
# ..."my daughter 9 jerks so hard": a number straight after the child is an age.
_AGE_BEFORE_RE = rx(
    r"""\b(?:at|by|age|aged|since|until|till|til|turned|turning|is|was|now|son|daughter|boy|girl
    |kid|child|ds|dd|lo)\s+$"""
)


def _amount_free(norm: str) -> bool:
    """No number in ``norm`` but ages, times of day and counts of days."""
    for m in _NUMBER_RE.finditer(norm):
        if (
            _CLOCK_RE.match(m.group(0))
            or _AGE_TIME_AFTER_RE.match(norm, m.end())
            or _AGE_BEFORE_RE.search(norm, 0, m.start())
        ):
            continue
        return False
    return True


def _names_amount(norm: str) -> bool:
    """An amount or a change of amount, with or without a digit: an own story that holds
    one is left to the model."""
    return bool(DOSE_QTY_RE.search(norm) or _AMOUNT_WORD_RE.search(norm) or not _amount_free(norm))


def _own_talk(norm: str) -> bool:
    """True when ``norm`` is English, names no medicine, amount or regimen, gives no order,
    and every statement is the writer's own story, a kind word or about nobody: "we've all
    done it, waking a sleeping baby is a rite of passage", "my husband still does it at 40"."""
    if (
        DRUG_RE.search(norm)
        or REGIMEN_WORD_RE.search(norm)
        or _BEHALF_RE.search(norm)
        or _OBLIGATION_RE.search(norm)
        or _names_amount(norm)
    ):
        return False
    if not english(norm):
        return False
    return _own_statements(QUOTED_RE.sub(" ", norm), about_nobody=True)


def _own_statements(bare: str, *, about_nobody: bool) -> bool:
    """True when ``bare`` (quotes removed) gives no order, no clause of it opens like one, and
    every statement (questions aside) is the writer's own, a kind word, or, with
    ``about_nobody``, names no person at all."""
    if _orders(bare):
        return False
    for sentence in _SENTENCE_RE.findall(_COURTESY_RE.sub(" ", bare)):
        if not sentence.strip(" .!?"):
            continue
        if any(map(_IMPERATIVE_OPEN_RE.search, _CLAUSE_SPLIT_RE.split(sentence))):
            return False
        if sentence.rstrip().endswith("?"):
            continue
        if not (
            FIRST_PERSON_RE.search(sentence)
            or _KIND_RE.search(sentence)
            or (about_nobody and not _PERSON_RE.search(sentence))
        ):
            return False
    return True


def _own_past_story(norm: str) -> bool:
    """True when ``norm`` is told in the writer's own voice, in English (the treatment words
    of other languages are not all listed), holds no amount, and every
    sentence naming a treatment tells of one the writer tried ("we swaddled ours but it
    didn't change the jerks"), with no order anywhere."""
    return bool(
        FIRST_PERSON_RE.search(norm)
        and english(norm)
        and not _names_amount(norm)
        and all(
            _OWN_PAST_RE.search(sentence)
            for sentence in _SENTENCE_RE.findall(norm)
            # (a kind word naming coffee or tea is no treatment: "sending coffee vibes")
            if _TREATMENT_RE.search(sentence)
            and (DRUG_RE.search(sentence) or not _KIND_RE.search(sentence))
        )
        and not _orders(norm)
    )


# The writer asks the others for their ideas or experience: "... We stopped swaddling because she
# hates it. Any ideas?", "What have other spouses done?"
_ASKS_OTHERS_RE = rx(
    r"""\b(?:any\s+(?:ideas|tips|advice|thoughts|suggestions|experiences?)|any(?:one|body)(?:\s+else)?
    |what\s+(?:do|would|did)\s+(?:you\s+all|others|people|y'all)|what\s+have\s+(?:others|other\s+\w+)
    \s+done
    # the other member's own child asked about: "what time does he take the guanfacine?"
    |(?:what\s+time|how\s+(?:much|many|long|often)|when)\s+(?:does|do|did|is|are)\s+(?:he|she|they|you|yours
      |(?:your|ur)\s+\w+))\b[^.!?]*\?"""
)


def _own_question(norm: str) -> bool:
    """True when ``norm`` is English, in the writer's own voice, holds no amount, asks the others
    for their ideas or experience, gives no order, and every statement is the writer's own
    story or a kind word: an opening post about their own child, whatever treatment it names."""
    if not (
        "?" in norm
        and ("any" in norm or "what" in norm or "how" in norm or "when" in norm)
        and _ASKS_OTHERS_RE.search(norm)
        and FIRST_PERSON_RE.search(norm)
        and english(norm)
        and not _names_amount(norm)
    ):
        return False
    bare = QUOTED_RE.sub(" ", norm)
    return not _BEHALF_RE.search(bare) and _own_statements(bare, about_nobody=False)


@functools.lru_cache(maxsize=64)
def clears(text: str) -> bool:
    """True when ``text`` reports its own clinician's plan, or sends the reader to their own
    doctor or to emergency help, and tells nobody what to do about a treatment; or when it
    is the writer's own story or a kind word that speaks of no treatment at all, or tells of a
    treatment the writer tried in the past."""
    norm = normalize(text)
    if _own_talk(norm) or _own_past_story(norm) or _own_question(norm):
        return True
    tests = any(map(norm.__contains__, _TEST_WORDS)) and _TEST_REQUEST_RE.search(norm)
    own = _OWN_CLINICIAN_RE.search(norm) or _DEFER_RE.search(norm) or tests
    help_ = _SEND_FOR_HELP_RE.search(norm)
    if (not own and not help_) or _BEHALF_RE.search(norm):
        return False
    # Strip the safe directives (deferral, emergency help, first aid) before looking for others.
    # Words in quotation marks are someone else's, quoted to disagree with them.
    rest = QUOTED_RE.sub(" ", norm)
    rest = _DEFER_RE.sub(" ", rest)
    rest = _TEST_REQUEST_RE.sub(" ", rest) if tests else rest
    rest = _SEND_FOR_HELP_RE.sub(" ", rest)
    rest = _FIRST_AID_RE.sub(" ", rest)
    rest = _FILMING_RE.sub(" ", rest)
    rest = _OWN_CLINICIAN_SAID_RE.sub(" ", rest)
    return not _orders(rest)


# A reply that only agrees with the post it answers: "+1", "this x1000", "^^ what she said",
# "ditto, do exactly that", "agree with everything above". Its own words carry no advice, so
# it is read with the post it endorses (the engine's ``replied_text``). A disagreement or a
# deferral ("agreed, but ask your GP first") is no endorsement.
_ENDORSE_LEAD_RE = rx(
    r"""
    ^\W*(?:\+\s*\d+|\^+|ditto\b|co-?sign(?:ed)?\b|agreed?\b
      # "this" alone or said louder ("this!", "this x1000", "this ^", "this, do it"), not "this is"
      |this(?=\s*(?:$|[\^!,.x*+]|so\s+much|times|all\s+day|100))
      |second(?:ed|ing)?(?=\W*$|\W+(?:this|that|what|the\s+above|everything|all)\b)
      |100\s*%|(?:yes|yep|yup|yeah)\W+this\b|exactly\s+(?:this|that|what)\b
      # "correct.", "spot on, ...", "she's dead right"
      |correct\b|spot\s+on\b|bang\s+on\b|nailed\s+it\b|(?:exactly|precisely)(?=\s*(?:$|[,.!]))
      |(?:you'?re|she'?s|he'?s|they'?re)\s+(?:so\s+|absolutely\s+|dead\s+|quite\s+)?right\b
      |what\s+(?:she|he|they|\w+)\s+said\b|listen\s+to\s+(?:her|him|them)\b
      |do\s+(?:exactly\s+)?what\s+(?:she|he|they|the\s+\w+(?:\s+\w+)?)\s+(?:said|says)\b)
    """
)
_ENDORSE_AGAINST_RE = rx(
    r"""\b(?:not|no|never|don't|dont|doesn't|wouldn't|wouldnt|disagree|but|though|however
    |instead|careful|unless|ask\s+(?:your|his|her|their|the)|check\s+with)\b|n't\b|\?"""
)
ENDORSEMENT_WORDS = 12  # longer replies say something of their own, which the rules read


def endorses(text: str) -> Span | None:
    """The span of ``text`` if it is a bare endorsement of the post it answers, else None."""
    norm = normalize(text)
    if len(norm.split()) > ENDORSEMENT_WORDS or not _ENDORSE_LEAD_RE.search(norm):
        return None
    if _ENDORSE_AGAINST_RE.search(norm):
        return None
    stripped = norm.strip()
    start = norm.index(stripped[0]) if stripped else 0
    return (start, start + len(stripped))
